import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './helpers/fast-check-seed.js';
import * as OpenCC from 'opencc-js';
import { normalizeText } from '../src/normalize/index.js';
import { FILES, readData } from './helpers/data.js';

/** Every normalised character maps back to an original range that normalises to it. */
function expectExactMap(original: string): void {
  const n = normalizeText(original);
  for (let i = 0; i < n.text.length; i++) {
    const s = n.toOriginal(i);
    const e = n.toOriginalEnd(i + 1);
    expect(e).toBeGreaterThan(s);
    const piece = original.slice(s, e);
    if (n.text[i] === '\n') expect(piece).toMatch(/^(\r\n|\r|\n|\u2028|\u2029)$/);
    else if (n.text[i] !== ' ') expect(normalizeText(piece).text.length).toBeLessThanOrEqual(1);
  }
}

describe('normalizeText', () => {
  it('drops the BOM and turns CRLF and CR into LF, mapping ends past the pair', () => {
    const n = normalizeText('\uFEFF一、总体\r\n（一）目标\r二');
    expect(n.text).toBe('一、总体\n（一）目标\n二');
    const nl = n.text.indexOf('\n');
    expect(n.toOriginal(nl)).toBe(5); // the \r
    expect(n.toOriginalEnd(nl + 1)).toBe(7); // past \r\n
    expect(n.toOriginalSpan(0, n.text.length)).toEqual({ start: 1, end: 14 });
  });

  it('folds full-width letters, digits and symbols to ASCII', () => {
    expect(normalizeText('ＰＭ２．５下降１２％').text).toBe('PM2.5下降12%');
  });

  it('drops ideographic and other odd spaces, keeping one space between Latin words', () => {
    const n = normalizeText('　　1.加强\u3000组织\u00a0领导。\t Hello\u2003  World 5 G');
    expect(n.text).toBe('1.加强组织领导。Hello World 5 G');
    expectExactMap('　　1.加强\u3000组织\u00a0领导。\t Hello\u2003  World');
  });

  it('unifies list markers 1、 and 1． to 1. at the start of a line only', () => {
    expect(normalizeText('1、加强\n　12、推进\n１．完善\n一、总体\n甲1、乙').text).toBe('1.加强\n12.推进\n1.完善\n一、总体\n甲1、乙');
  });

  it('makes punctuation in Chinese text full-width and leaves numbers alone', () => {
    expect(normalizeText('(牵头单位:市科技局;配合单位:市财政局,市统计局)').text).toBe('（牵头单位：市科技局；配合单位：市财政局，市统计局）');
    expect(normalizeText('(1)加强 (一)推进 2023-2025年(含)').text).toBe('（1）加强（一）推进2023-2025年（含）');
    expect(normalizeText('1,000 and 8:30 (see note)').text).toBe('1,000 and 8:30(see note)') // spaces survive only between two Latin letters/digits;
  });

  it('converts traditional to simplified characters one for one', () => {
    const n = normalizeText('推進城市排水「兩清零、一提標」，加強組織領導');
    expect(n.text).toBe('推进城市排水「两清零、一提标」，加强组织领导');
    expect(n.text.length).toBe('推進城市排水「兩清零、一提標」，加強組織領導'.length);
    expect(normalizeText('加強組織領導', { simplify: false }).text).toBe('加強組織領導');
  });

  it('keeps every character in place when one conversion grows a character and another shrinks one', () => {
    // 綄 converts to an astral character (two code units), the compatibility ideograph U+2F800 to the BMP 丽:
    // the line keeps its length, but converting it whole would move everything between the two by one unit
    const line = '1.綄一一。\u{2F800}（牵头单位：县发改局）';
    const n = normalizeText(line);
    expect(n.text.length).toBe(line.length);
    expect(n.text.slice(0, 6)).toBe('1.綄一一。');
  });

  it('is idempotent on the bundled documents and on tricky snippets', () => {
    const samples = [
      ...Object.keys(FILES).map((k) => readData(k as keyof typeof FILES)),
      'a ,中',
      ',(1) x',
      ' \u3000 ( ) : ; , ! ? \r\n\r\r\n１、２、',
      'PM 2.5  和 ｘ 1,000 8:30 (1)推进',
    ];
    for (const s of samples) {
      const once = normalizeText(s).text;
      expect(normalizeText(once).text).toBe(once);
    }
  });

  it('keeps the map exact on a whole document, also after conversion to traditional with CRLF', () => {
    const county = readData('county');
    expectExactMap(county.slice(0, 4000));
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const trad = toTraditional(county).replace(/\n/g, '\r\n');
    expect(normalizeText(trad).text).toBe(normalizeText(county).text);
  });

  it('is idempotent and maps every character back (property)', () => {
    const alphabet = [...'一二三甲乙加強組織領導發展後裡於 \u3000\u00a0\t\r\n\uFEFF\u200b()（）:;,!?：；，、。.．1１2０aＡz%％-“”《》|'];
    const arb = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once.text).text).toBe(once.text);
        for (let i = 0; i < once.text.length; i++) {
          expect(once.toOriginalEnd(i + 1)).toBeGreaterThan(once.toOriginal(i));
          if (i > 0) expect(once.toOriginal(i)).toBeGreaterThanOrEqual(once.toOriginalEnd(i));
        }
        expect(once.toOriginal(once.text.length)).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
  });
});

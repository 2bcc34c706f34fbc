import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { PolicyCascadeError } from '../src/errors.js';
import type { PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { readData } from './helpers/data.js';

const county = readData('county');
const reference = parseDocument(county, { name: 'county' });

function tasksOf(doc: PolicyDocument): Array<[string, string]> {
  return doc.tasks.map((t) => [t.id, t.heading]);
}

/** The unit lists lose their brackets and document numbers their 〔〕, as in bad PDF extractions. */
function stripBrackets(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const open = Math.max(line.lastIndexOf('（牵头单位'), line.lastIndexOf('(牵头单位'));
      if (open < 0) return line;
      const body = line.slice(open + 1).replace(/[）)]\s*$/, '');
      return line.slice(0, open) + body;
    })
    .join('\n')
    .replace(/[〔〕]/g, '');
}

describe('the county list survives the ways real files arrive', () => {
  it('reference: 99 tasks, ids 1..99', () => {
    expect(reference.tasks).toHaveLength(99);
    expect(reference.tasks.map((t) => t.id)).toEqual(Array.from({ length: 99 }, (_, i) => String(i + 1)));
  });

  const variants: Array<[string, () => string | Uint8Array]> = [
    ['GB18030 bytes', () => iconv.encode(county, 'gb18030')],
    ['GBK bytes', () => iconv.encode(county, 'gbk')],
    ['UTF-8 with BOM (bytes)', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(county)])],
    ['BOM (string)', () => '\ufeff' + county],
    ['CRLF', () => county.replace(/\n/g, '\r\n')],
    ['CRLF as UTF-16LE with BOM', () => iconv.encode(county.replace(/\n/g, '\r\n'), 'utf-16le', { addBOM: true })],
    ['UTF-16BE with BOM', () => iconv.encode(county, 'utf-16be', { addBOM: true })],
    ['brackets stripped', () => stripBrackets(county)],
    ['half-width brackets', () => county.replace(/（/g, '(').replace(/）/g, ')')],
    ['ideographic indentation', () => county.replace(/\n/g, '\n\u3000\u3000')],
    ['full-width task numbers', () => county.replace(/^(\d+)\./gm, (_, n: string) => n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) + '．')],
    ['1、 markers', () => county.replace(/^(\d+)\./gm, '$1、')],
  ];

  for (const [what, make] of variants) {
    it(`${what}: same 99 tasks, same ids, headings and units`, () => {
      const doc = parseDocument(make(), { name: what });
      expect(tasksOf(doc)).toEqual(tasksOf(reference));
      expect(doc.tasks.map((t) => t.leadUnits)).toEqual(reference.tasks.map((t) => t.leadUnits));
      expect(doc.tasks.map((t) => t.supportUnits)).toEqual(reference.tasks.map((t) => t.supportUnits));
    });
  }

  it('traditional characters: same 99 ids; headings equal after normalisation (OpenCC round trip aside)', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(county);
    const doc = parseDocument(tw, { name: 'traditional' });
    expect(doc.tasks.map((t) => t.id)).toEqual(reference.tasks.map((t) => t.id));
    const differing = doc.tasks.filter((t, i) => t.heading !== reference.tasks[i]!.heading);
    // cn → tw → cn is not a perfect round trip for every character; print and bound what differs.
    if (differing.length > 0) console.log('traditional round-trip heading differences:', differing.map((t) => `${t.id}: ${t.heading}`));
    expect(differing.length).toBeLessThanOrEqual(3);
    // spans point into the traditional original: the slice there, normalised, is the heading
    for (const t of doc.tasks) expect(normalizeText(tw.slice(t.headingSpan.start, t.headingSpan.end)).text).toBe(t.heading);
  });

  it('traditional characters saved as GB18030 parse too', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(county);
    expect(parseDocument(iconv.encode(tw, 'gb18030')).tasks).toHaveLength(99);
  });

  it('the encoding can be forced, and the size limited, through parse options', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(county);
    const big5 = iconv.encode(tw, 'big5');
    expect(() => parseDocument(big5)).toThrow(PolicyCascadeError);
    expect(parseDocument(big5, { encoding: 'big5' }).tasks.map((t) => t.id)).toEqual(reference.tasks.map((t) => t.id));
    try {
      parseDocument(county, { maxBytes: 10_000 });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe('input-too-large');
    }
  });
});

const HEAD = ['某县推动高质量发展2023年重点工作任务', '一、深入实施创新驱动发展战略'];

describe('damaged text still parses', () => {
  it('a document number that lost its 〕 does not break the document', () => {
    const text = ['某县人民政府办公室', '某政办字〔202318号', ...HEAD, '1.加强平台建设。新增省级平台5家。（牵头单位：县科技局）', '2.推进企业培育。（牵头单位：县工信局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.tasks[0]!.leadUnits).toEqual(['县科技局']);
  });

  it('half-width and mixed brackets around the unit list', () => {
    const text = [...HEAD, '1.加强平台建设。新增省级平台5家。(牵头单位:县科技局;配合单位:县财政局)', '2.推进企业培育。（牵头单位：县工信局)'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks[0]!.leadUnits).toEqual(['县科技局']);
    expect(doc.tasks[0]!.supportUnits).toEqual(['县财政局']);
    expect(doc.tasks[1]!.leadUnits).toEqual(['县工信局']);
  });

  it('a unit list with a missing closing bracket still gives the lead unit', () => {
    const text = [...HEAD, '1.加强平台建设。新增省级平台5家。（牵头单位：县科技局', '2.推进企业培育。（牵头单位：县工信局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.tasks[0]!.leadUnits).toEqual(['县科技局']);
  });

  it('a unit list that lost its opening bracket, or broken over lines by a PDF extraction', () => {
    const text = [...HEAD, '1.加强平台建设。新增省级平台5', '家以上。（牵头单位：县科', '技局；配合单位：县财政局）', '2.推进企业培育。牵头单位：县工信局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.tasks[0]!.leadUnits).toEqual(['县科技局']);
    expect(doc.tasks[0]!.supportUnits).toEqual(['县财政局']);
    expect(doc.tasks[0]!.text.replace(/\n/g, '')).toContain('新增省级平台5家以上');
    expect(doc.tasks[1]!.leadUnits).toEqual(['县工信局']);
  });

  it('blank lines inside a task keep the continuation in the task', () => {
    const text = [...HEAD, '1.加强平台建设。', '', '新增省级平台5家。', '', '（牵头单位：县科技局）', '2.推进企业培育。（牵头单位：县工信局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.tasks[0]!.text).toContain('新增省级平台5家');
    expect(doc.tasks[0]!.leadUnits).toEqual(['县科技局']);
  });

  it('numbers glued to the text (no space, full-width digits, 1、) read as task numbers', () => {
    const text = [...HEAD, '１．加强平台建设。（牵头单位：县科技局）', '2、推进企业培育。（牵头单位：县工信局）', '3.新增企业10家以上。（牵头单位：县商务局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(doc.tasks[2]!.heading).toMatch(/^新增企业10家以上/);
  });

  it('a task glued onto the previous one after its unit list (lost line break) is split off', () => {
    const text = [...HEAD, '1.加强平台建设。新增平台5家。（牵头单位：县科技局）2.推进企业培育。（牵头单位：县工信局）3.扩大投资。（牵头单位：县发改局）', '4.加快数字化转型。（牵头单位：县科技局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4']);
    expect(doc.tasks.map((t) => t.leadUnits[0])).toEqual(['县科技局', '县工信局', '县发改局', '县科技局']);
    expect(doc.warnings.filter((w) => /numbering/.test(w.code))).toEqual([]);
    expect(text.slice(doc.tasks[1]!.headingSpan.start, doc.tasks[1]!.headingSpan.end)).toBe('推进企业培育');
  });

  it('an enumeration inside a task is not split', () => {
    const text = [...HEAD, '1.加强平台建设。主要包括：1.建设实验室（牵头单位：县科技局）3.建设中试基地。（牵头单位：县科技局）', '2.推进企业培育。（牵头单位：县工信局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('a skipped task number is a warning with its position', () => {
    const text = [...HEAD, '1.加强平台建设。（牵头单位：县科技局）', '2.推进企业培育。（牵头单位：县工信局）', '4.加快数字化转型。（牵头单位：县发改局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2', '4']);
    const w = doc.warnings.filter((x) => /gap|skip|missing/.test(x.code));
    expect(w.length, JSON.stringify(doc.warnings)).toBe(1);
    expect(w[0]!.span ?? w[0]!.line).toBeDefined();
    expect(w[0]!.line).toBe(5);
  });

  it('a duplicated task number is a warning with its position, and both tasks are kept', () => {
    const text = [...HEAD, '1.加强平台建设。（牵头单位：县科技局）', '2.推进企业培育。（牵头单位：县工信局）', '2.加快数字化转型。（牵头单位：县发改局）', '3.扩大有效投资。（牵头单位：县发改局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks).toHaveLength(4);
    expect(new Set(doc.tasks.map((t) => t.id)).size).toBe(4); // ids stay unique
    const w = doc.warnings.filter((x) => /dup/.test(x.code));
    expect(w.length, JSON.stringify(doc.warnings)).toBe(1);
    expect(w[0]!.line).toBe(5);
  });

  it('every span points at the text it claims on damaged input', () => {
    const text = stripBrackets(county).replace(/\n/g, '\r\n\u3000');
    const doc = parseDocument(text);
    for (const t of doc.tasks) {
      const heading = text.slice(t.headingSpan.start, t.headingSpan.end);
      expect(heading.replace(/[\s\u3000]/g, '').length).toBeGreaterThan(0);
      expect(t.span.start).toBeLessThanOrEqual(t.headingSpan.start);
      expect(t.span.end).toBeGreaterThanOrEqual(t.headingSpan.end);
    }
  });
});

describe('refusals from the parser are PolicyCascadeErrors with stable codes', () => {
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['empty', '', 'empty-input'],
    ['blank', '\n\u3000 \r\n', 'empty-input'],
    ['NULs', new Uint8Array([0, 1, 2, 3, 0, 0, 0, 4]), 'binary-input'],
    ['prose', '春天来了，河边的柳树发出了新芽。孩子们在田野里奔跑。', 'not-a-task-document'],
    ['only a title', '某县2023年重点工作任务', 'not-a-task-document'],
    ['null (from untyped JavaScript)', null as unknown as string, 'invalid-options'],
    ['undefined', undefined as unknown as string, 'invalid-options'],
    ['a number', 42 as unknown as string, 'invalid-options'],
  ];
  it('the size limit comes first, before any binary check', () => {
    const big = new Uint8Array(2000);
    try {
      parseDocument(big, { maxBytes: 1000 });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe('input-too-large');
    }
  });

  for (const [what, input, code] of cases) {
    it(what, () => {
      try {
        parseDocument(input);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyCascadeError);
        expect((e as PolicyCascadeError).code).toBe(code);
      }
    });
  }
});

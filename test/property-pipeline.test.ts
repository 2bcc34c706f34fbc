import fc from 'fast-check';
import './helpers/fast-check-seed.js';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../src/align/index.js';
import { analyzeCascade } from '../src/compare/index.js';
import { PolicyCascadeError } from '../src/errors.js';
import type { PolicyDocument, Target } from '../src/model/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { parseDocument } from '../src/parse/index.js';
import { anyBytes, anyText, taskListText, taskishText } from './robustness-arbitraries.js';

/** Parse, or undefined when the parser refuses with a PolicyCascadeError; any other exception fails. */
function parseOrRefuse(input: string | Uint8Array): PolicyDocument | undefined {
  try {
    return parseDocument(input);
  } catch (e) {
    if (e instanceof PolicyCascadeError) return undefined;
    throw e;
  }
}

/**
 * Compare texts modulo what normalisation decides from context outside a slice: punctuation width (a bracket
 * is full width next to Chinese), `3、` read as the marker `3.` at a line start, and line breaks.
 */
function canon(text: string): string {
  return text
    .replace(/\s/g, '')
    .replace(/[（）：；，！？]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/、/g, '.');
}

/** Normalised text of an original slice, canonicalised. */
function normSlice(source: string, span: { start: number; end: number }): string {
  return canon(normalizeText(source.slice(span.start, span.end)).text);
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a run of Chinese numerals (up to 千; 万/亿 are multipliers handled by the caller). */
function chineseValue(run: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch]!;
    else {
      total += (digit || 1) * CHINESE_UNITS[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

/** Every number printed in a phrase: Arabic (commas, decimals, full width) and Chinese numerals. */
function numbersIn(text: string): number[] {
  const folded = text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  const out: number[] = [];
  for (const m of folded.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
  for (const m of folded.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) out.push(chineseValue(m[0]));
  return out;
}

const MULTIPLIERS = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e12, 0.01, 0.001];
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The value is printed in the phrase: some number there times a unit multiplier (万, 亿, 千 …) is the value. */
function valueOccursIn(value: number, t: Target): boolean {
  return numbersIn(t.text).some((n) => MULTIPLIERS.some((m) => close(n * m, value)));
}

describe('parse never throws anything but PolicyCascadeError', () => {
  it('on arbitrary strings (unicode, lone surrogates, task-like fragments)', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        parseOrRefuse(s);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes and damaged encodings', () => {
    fc.assert(
      fc.property(anyBytes(), (b) => {
        parseOrRefuse(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spans and values on parsed random task lists', () => {
  const docs = fc.oneof(taskListText(), taskishText(150).map((s) => '某县重点工作任务\n一、深入实施创新驱动发展战略\n1.加强组织领导。' + s));

  it('every span lies in the source, in order, and points at the text it claims', () => {
    let parsed = 0;
    let tasks = 0;
    let targets = 0;
    fc.assert(
      fc.property(docs, (s) => {
        const doc = parseOrRefuse(s);
        if (!doc) return;
        parsed++;
        tasks += doc.tasks.length;
        targets += doc.tasks.reduce((n, t) => n + t.targets.length, 0);
        expect(doc.source).toBe(s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
        for (const t of doc.tasks) {
          expect(0 <= t.span.start && t.span.start <= t.headingSpan.start).toBe(true);
          expect(t.headingSpan.start <= t.headingSpan.end && t.headingSpan.end <= t.span.end).toBe(true);
          expect(t.span.end).toBeLessThanOrEqual(doc.source.length);
          expect(normSlice(doc.source, t.headingSpan)).toBe(canon(t.heading));
          expect(normSlice(doc.source, t.span)).toContain(canon(t.heading));
          for (const g of t.targets) {
            expect(g.span.start >= t.span.start && g.span.end <= t.span.end).toBe(true);
            expect(normSlice(doc.source, g.span)).toBe(canon(g.text));
          }
        }
        for (const w of doc.warnings) if (w.span) expect(w.span.end).toBeLessThanOrEqual(doc.source.length);
      }),
      { numRuns: 250 },
    );
    // the property is not vacuous: most generated lists parse, with tasks and targets
    expect(parsed).toBeGreaterThan(150);
    expect(tasks).toBeGreaterThan(parsed);
    expect(targets).toBeGreaterThan(20);
  });

  it('every extracted target value is printed in its phrase', () => {
    fc.assert(
      fc.property(docs, (s) => {
        const doc = parseOrRefuse(s);
        if (!doc) return;
        for (const g of doc.tasks.flatMap((t) => t.targets)) {
          if (g.qualitative) continue;
          expect(valueOccursIn(g.value, g), `${g.value} in ${g.text}`).toBe(true);
          if (g.max !== undefined) expect(valueOccursIn(g.max, g), `${g.max} in ${g.text}`).toBe(true);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('targets of the bundled-style phrases keep their values in the text', () => {
    const text = '某县重点工作任务\n一、深入实施创新驱动发展战略\n1.加强创新。新增高新技术企业100家以上，非常规水源利用量达到0.8亿立方米，培训三千人次，建设10—15家园区。';
    const doc = parseDocument(text);
    const targets = doc.tasks.flatMap((t) => t.targets);
    expect(targets.length).toBeGreaterThan(0);
    for (const g of targets) if (!g.qualitative) expect(valueOccursIn(g.value, g), `${g.value} in ${g.text}`).toBe(true);
  });
});

describe('alignment links only to existing ids', () => {
  it('on random pairs of task lists', () => {
    fc.assert(
      fc.property(taskListText(), taskListText(), (a, b) => {
        const parent = parseOrRefuse(a);
        const child = parseOrRefuse(b);
        if (!parent || !child) return;
        const alignment = alignDocuments(child, parent);
        const childIds = new Set(child.tasks.map((t) => t.id));
        const parentIds = new Set(parent.tasks.map((t) => t.id));
        for (const link of alignment.links) {
          expect(childIds.has(link.child)).toBe(true);
          for (const p of link.parents) expect(parentIds.has(p)).toBe(true);
          expect(link.score).toBeGreaterThanOrEqual(0);
          expect(link.score).toBeLessThanOrEqual(1.000001);
        }
        for (const id of alignment.droppedParents) expect(parentIds.has(id)).toBe(true);
        for (const id of alignment.addedChildren) expect(childIds.has(id)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('analyzeCascade never throws anything but PolicyCascadeError', () => {
  it('on random two- and three-level cascades; every reported id exists', () => {
    let analysed = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(taskListText(), anyText()), { minLength: 2, maxLength: 3 }), (texts) => {
        const docs = texts.map(parseOrRefuse);
        if (docs.some((d) => d === undefined)) return;
        try {
          const report = analyzeCascade(docs as PolicyDocument[]);
          analysed++;
          for (const pair of report.pairs) {
            const parentIds = new Set(report.documents[pair.parentIndex]!.tasks.map((t) => t.id));
            const childIds = new Set(report.documents[pair.childIndex]!.tasks.map((t) => t.id));
            for (const c of pair.targetChanges) {
              if (c.parent !== null) expect(parentIds.has(c.parent)).toBe(true);
              if (c.child !== null) expect(childIds.has(c.child)).toBe(true);
            }
          }
        } catch (e) {
          if (!(e instanceof PolicyCascadeError)) throw e;
        }
      }),
      { numRuns: 40 },
    );
    expect(analysed).toBeGreaterThan(5);
  });
});

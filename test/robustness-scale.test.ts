import { describe, expect, it } from 'vitest';
import { PolicyCascadeError } from '../src/errors.js';
import { analyzeCascade } from '../src/compare/index.js';
import { parseDocument } from '../src/parse/index.js';
import { renderHtml, renderReport } from '../src/report/index.js';
import { readData } from './helpers/data.js';

/**
 * Size and pathological-line guards. Timings are printed, never asserted (the vitest timeout is a hang
 * guard only). Reproduce: npx vitest run test/robustness-scale
 */
const HANG_GUARD_MS = 30_000;

function timed<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`[robustness-scale] ${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

/** Parse, accepting a PolicyCascadeError as an answer; anything else fails the test. */
function parseOrRefuse(text: string): ReturnType<typeof parseDocument> | PolicyCascadeError {
  try {
    return parseDocument(text);
  } catch (e) {
    if (e instanceof PolicyCascadeError) return e;
    throw e;
  }
}

const HEAD = '某县推动高质量发展2023年重点工作任务\n一、深入实施创新驱动发展战略\n';

describe('large input', () => {
  const county = readData('county');
  const TIMES = 40;

  it(
    'the county list repeated 40 times (~2 MB) parses; the copies after the first footer are reported, not silently dropped',
    () => {
      const big = Array.from({ length: TIMES }, () => county).join('\n');
      console.log(`[robustness-scale] county x${TIMES}: ${big.length} chars, ${Buffer.byteLength(big)} bytes`);
      const doc = timed(`parse county x${TIMES} as is (2 MB)`, () => parseDocument(big, { name: 'county-x40' }));
      expect(doc.tasks).toHaveLength(99);
      const ignored = doc.warnings.filter((w) => w.code === 'content-after-chrome');
      expect(ignored).toHaveLength(1);
      expect(ignored[0]!.line).toBeGreaterThan(county.split('\n').length - 3);
    },
    HANG_GUARD_MS,
  );

  it(
    'the county list body repeated 40 times without footers (~2 MB) parses every copy and warns about the duplicated numbering',
    () => {
      const body = county
        .split('\n')
        .filter((l) => !/扫一扫|如果您对该文件有疑问/.test(l))
        .join('\n');
      const big = Array.from({ length: TIMES }, () => body).join('\n');
      console.log(`[robustness-scale] county body x${TIMES}: ${big.length} chars, ${Buffer.byteLength(big)} bytes`);
      const doc = timed(`parse county body x${TIMES} (2 MB)`, () => parseDocument(big, { name: 'county-body-x40' }));
      expect(doc.tasks.length).toBe(99 * TIMES);
      expect(new Set(doc.tasks.map((t) => t.id)).size).toBe(doc.tasks.length);
      const duplicates = doc.warnings.filter((w) => w.code === 'numbering-duplicate');
      expect(duplicates.length).toBeGreaterThan(0);
      for (const w of duplicates) expect(w.line).toBeGreaterThan(0);
    },
    HANG_GUARD_MS,
  );
});

describe('pathological 150,000-character lines finish', () => {
  const N = 150_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const lines: Array<[string, string]> = [
    ["'1.' + '加强' x 75000", '1.' + '加强'.repeat(75_000)],
    ['digits-and-units soup', '1.' + fill('新增12.5万千瓦以上3000亿立方米左右10—15家1-2个600余课时%')],
    ['、-list without end', '1.包括' + fill('加强组织领导、')],
    ['unclosed unit brackets', '1.加强平台建设。' + fill('（牵头单位：县科技局、')],
    ['task markers glued together', fill('1.2.3.')],
    ['interpretation list without end', '第一部分包括:' + fill('推进产业升级、')],
    ['digits only', '1.' + fill('1234567890')],
    ['sentence ends only', '1.加强。' + fill('。')],
    ['nested brackets', '1.加强' + '（'.repeat(N / 2) + '）'.repeat(N / 2)],
    ['glued-marker lookalikes without a unit list', '1.加强' + fill('）2.')],
    ['glued tasks after unit lists', '1.加强。' + Array.from({ length: 3000 }, (_, i) => `（牵头单位：县科技局）${i + 2}.推进建设。`).join('').slice(0, N)],
  ];
  for (const [what, line] of lines) {
    it(
      what,
      () => {
        const text = HEAD + line + '\n2.推进企业培育。（牵头单位：县工信局）\n';
        const result = timed(`150k line: ${what}`, () => parseOrRefuse(text));
        if (!(result instanceof PolicyCascadeError)) {
          expect(result.tasks.length).toBeGreaterThan(0);
          for (const t of result.tasks) expect(t.span.end).toBeLessThanOrEqual(text.length);
        }
      },
      HANG_GUARD_MS,
    );
  }
});

describe('analysis and reports of a pathological document finish', () => {
  const N = 150_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const cases: Array<[string, string]> = [
    ["'1.' + '加强' x 75000", '1.' + '加强'.repeat(75_000)],
    ['digits-and-units soup (thousands of targets in one task)', '1.' + fill('新增12.5万千瓦以上3000亿立方米左右10—15家1-2个600余课时%')],
  ];
  for (const [what, line] of cases) {
    it(
      what,
      async () => {
        const parent = parseDocument(readData('city'), { name: 'city' });
        const child = parseDocument(HEAD + line + '\n2.推进企业培育。（牵头单位：县工信局）\n', { name: 'child' });
        const report = timed(`analyze city + 150k line (${what})`, () => analyzeCascade([parent, child]));
        const html = timed(`renderHtml (${what})`, () => renderHtml(report));
        expect(html.length).toBeLessThan(100 * 1024 * 1024);
        const csv = await renderReport(report, 'csv');
        expect(csv.length).toBeGreaterThan(0);
      },
      60_000,
    );
  }
});

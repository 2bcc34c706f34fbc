import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import { parseDocument } from '../src/parse/index.js';
import { renderJson } from '../src/report/json.js';
import { orderLikeSchema } from '../src/report/view.js';
import { alignDocuments } from '../src/align/index.js';
import { AlignmentSchema, GapReportSchema } from '../src/model/index.js';
import { generateChildList } from '../src/synthetic/index.js';

const DATA = join(import.meta.dirname, '..', 'data');
const read = (f: string) => parseDocument(readFileSync(join(DATA, f), 'utf8'), { name: f });

describe('renderJson without re-validation (batch mode)', () => {
  const province = read('shandong-2023-key-tasks-interpretation.txt');
  const city = read('liaocheng-2023-key-tasks.txt');
  const county = read('guanxian-2023-key-tasks.txt');

  it('writes the same bytes as the validated rendering for the bundled cascade', async () => {
    for (const chain of [[province, city, county], [city, county], [province, city]]) {
      const report = await analyzeCascade(chain);
      expect(renderJson(report, { validate: false })).toBe(renderJson(report));
      // the reorderer understands every kind in GapReportSchema (no silent fallback to validation)
      expect(() =>
        orderLikeSchema(GapReportSchema, report, () => {
          throw new Error('fell back to validation');
        }),
      ).not.toThrow();
    }
  });

  it('writes the same bytes for generated child lists', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const child = parseDocument(generateChildList(city, { seed }).text, { name: `child-${seed}.txt` });
      const report = await analyzeCascade([city, child]);
      expect(renderJson(report, { validate: false })).toBe(renderJson(report));
    }
  });

  it('drops keys the schema does not know, like validation does', async () => {
    const report = await analyzeCascade([city, county]);
    const extra = { ...report, internal: 1, pairs: report.pairs.map((p) => ({ ...p, scratch: [1, 2] })) };
    expect(renderJson(extra, { validate: false })).toBe(renderJson(report));
  });
});

describe('orderLikeSchema on AlignmentSchema', () => {
  it('serialises an alignment exactly like AlignmentSchema.parse', () => {
    const city = read('liaocheng-2023-key-tasks.txt');
    const county = read('guanxian-2023-key-tasks.txt');
    const province = read('shandong-2023-key-tasks-interpretation.txt');
    for (const [child, parent] of [[county, city], [city, province]] as const) {
      const a = alignDocuments(child, parent);
      const fallback = () => {
        throw new Error('fell back to validation');
      };
      expect(JSON.stringify(orderLikeSchema(AlignmentSchema, a, fallback), null, 2)).toBe(JSON.stringify(AlignmentSchema.parse(a), null, 2));
    }
  });
});

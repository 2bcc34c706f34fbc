// alignDocuments builds every object in AlignmentSchema's key order, so the CLI prints an alignment as it
// is (src/cli/commands/align.ts): parsing it with the schema must change no byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../src/align/index.js';
import { AlignmentSchema, type PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { generateChildList } from '../src/synthetic/index.js';

const ROOT = join(import.meta.dirname, '..');
const read = (f: string) => parseDocument(readFileSync(join(ROOT, 'data', f), 'utf8'), { name: f, targets: false });

describe('alignments as built are in schema key order', () => {
  const province = read('shandong-2023-key-tasks-interpretation.txt');
  const city = read('liaocheng-2023-key-tasks.txt');
  const cityReading = read('liaocheng-2023-key-tasks-interpretation.txt');
  const plan = read('liaocheng-luxi-rise-plan-2023-2025.txt');
  const county = read('guanxian-2023-key-tasks.txt');
  const same = (child: PolicyDocument, parent: PolicyDocument, threshold?: number) => {
    const a = alignDocuments(child, parent, threshold === undefined ? {} : { threshold });
    expect(JSON.stringify(a, null, 2)).toBe(JSON.stringify(AlignmentSchema.parse(a), null, 2));
  };

  it('for the bundled pairs, full lists and heading-only ones', () => {
    for (const [child, parent] of [
      [county, city],
      [city, province],
      [county, cityReading],
      [plan, city],
      [county, province],
    ] as const) {
      same(child, parent);
    }
    same(county, city, 0.6);
  });

  it('for generated child lists (dropped, added, moved, merged and split tasks)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      same(parseDocument(generateChildList(city, { seed }).text, { name: `child-${seed}.txt`, targets: false }), city);
    }
  });
});

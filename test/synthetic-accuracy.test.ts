import { describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import type { PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import {
  deriveSeed,
  generateChildList,
  scoreSyntheticAlignment,
  scoreSyntheticChanges,
  sumScores,
  type SetScore,
  type SyntheticTruth,
} from '../src/synthetic/index.js';
import { readData } from './helpers/data.js';

// Accuracy at scale: a few hundred county lists generated from the bundled city list, each analysed against
// it and scored against its recorded truth. Floors are modest; the figures are printed.
const N = Number(process.env.SYNTHETIC_N ?? 200);
const SEED = 20230301;

interface Tally {
  links: SetScore[];
  dropped: SetScore[];
  added: SetScore[];
  byRelation: Record<string, { expected: number; found: number }>;
  changes: { total: number; correct: number };
  confusion: Record<string, Record<string, number>>;
  versusReference: { total: number; correct: number };
  comparator: { total: number; found: number };
}

function tallyRelations(truth: SyntheticTruth, links: ReadonlyArray<{ child: string; parents: readonly string[] }>, into: Tally['byRelation']): void {
  const predicted = new Set(links.flatMap((l) => l.parents.map((p) => `${l.child}>${p}`)));
  for (const l of truth.links) {
    const row = (into[l.relation] ??= { expected: 0, found: 0 });
    for (const p of l.parents) {
      row.expected++;
      if (predicted.has(`${l.child}>${p}`)) row.found++;
    }
  }
}

describe(`synthetic accuracy (${N} generated county lists against the city list)`, () => {
  it('links, dropped tasks and target changes match the recorded truth', async () => {
    const city: PolicyDocument = parseDocument(readData('city'), { name: 'city.txt' });
    const tally: Tally = {
      links: [], dropped: [], added: [], byRelation: {},
      changes: { total: 0, correct: 0 }, confusion: {}, versusReference: { total: 0, correct: 0 }, comparator: { total: 0, found: 0 },
    };
    const t0 = performance.now();
    for (let i = 1; i <= N; i++) {
      const { text, truth } = generateChildList(city, { seed: deriveSeed(SEED, i) });
      const child = parseDocument(text, { name: `synthetic-${i}.txt` });
      const report = await analyzeCascade([city, child], { referenceShare: truth.share });
      const pair = report.pairs.find((p) => p.parentIndex === 0 && p.childIndex === 1)!;
      const a = scoreSyntheticAlignment(truth, pair);
      tally.links.push(a.links);
      tally.dropped.push(a.droppedParents);
      tally.added.push(a.addedChildren);
      tallyRelations(truth, pair.links, tally.byRelation);
      const c = scoreSyntheticChanges(truth, pair.targetChanges);
      tally.changes.total += c.total;
      tally.changes.correct += c.correct;
      tally.versusReference.total += c.versusReference.total;
      tally.versusReference.correct += c.versusReference.correct;
      tally.comparator.total += c.comparatorChanges.total;
      tally.comparator.found += c.comparatorChanges.found;
      for (const [exp, row] of Object.entries(c.confusion)) {
        for (const [got, n] of Object.entries(row)) {
          const r = (tally.confusion[exp] ??= {});
          r[got] = (r[got] ?? 0) + n;
        }
      }
    }
    const secs = (performance.now() - t0) / 1000;
    const links = sumScores(tally.links);
    const dropped = sumScores(tally.dropped);
    const added = sumScores(tally.added);
    const changeAccuracy = tally.changes.correct / Math.max(1, tally.changes.total);
    const vrAccuracy = tally.versusReference.correct / Math.max(1, tally.versusReference.total);
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    const lines = [
      `synthetic accuracy over ${N} documents (seed ${SEED}, ${secs.toFixed(1)} s):`,
      `  links          P ${pct(links.precision)}  R ${pct(links.recall)}  F1 ${pct(links.f1)}  (${links.truePositives} of ${links.truePositives + links.falseNegatives})`,
      `  dropped tasks  P ${pct(dropped.precision)}  R ${pct(dropped.recall)}  F1 ${pct(dropped.f1)}`,
      `  added tasks    P ${pct(added.precision)}  R ${pct(added.recall)}  F1 ${pct(added.f1)}`,
      `  link recall by relation: ${Object.entries(tally.byRelation).map(([k, v]) => `${k} ${pct(v.found / v.expected)} (${v.expected})`).join(', ')}`,
      `  target change class: ${pct(changeAccuracy)} of ${tally.changes.total}; share class (versusReference) ${pct(vrAccuracy)} of ${tally.versusReference.total}; comparator changes found ${tally.comparator.found}/${tally.comparator.total}`,
      `  confusion (expected → reported): ${Object.entries(tally.confusion).map(([e, row]) => `${e}: ${Object.entries(row).map(([g, n]) => `${g} ${n}`).join(' ')}`).join(' | ')}`,
    ];
    console.log(lines.join('\n'));
    expect(links.f1).toBeGreaterThanOrEqual(0.9);
    expect(dropped.f1).toBeGreaterThanOrEqual(0.7);
    expect(changeAccuracy).toBeGreaterThanOrEqual(0.7);
  }, 600_000);
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import type { PairReport, TargetChange } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { FILES, readData } from './helpers/data.js';

/**
 * Scores the city (聊城) → county (冠县) gap analysis against the team's own hand labels of target changes
 * (test/fixtures/labels/changes-city-county.json, made blind from the task texts, all 106 city tasks).
 * A pair is identified by parent task id + child task id + both values; a dropped target by parent task id
 * + value; an added one by child task id + value. Optional labels are neither credited nor penalised.
 */

interface Shift {
  from: unknown;
  to: unknown;
}
interface LabelPair {
  parent: string;
  child: string;
  metric: string;
  parentValue: number;
  childValue: number;
  kind: 'extensive' | 'intensive';
  change?: string;
  share?: number;
  shareIsOne?: boolean;
  comparatorChanged?: Shift;
  qualifierChanged?: Shift;
  /** The comparator of one side is open to reading: comparator changes not scored for this pair. */
  comparatorAmbiguous?: boolean;
  /** Extensive or intensive is open to reading: a share of 1 or `kept` both count. */
  kindAmbiguous?: boolean;
  optional?: boolean;
}
interface LabelSingle {
  parent?: string;
  child?: string;
  metric: string;
  value: number;
  optional?: boolean;
}
interface ChangeLabels {
  scope: { parentTasks: string[] };
  pairs: LabelPair[];
  dropped: LabelSingle[];
  added: LabelSingle[];
  deferred: LabelSingle[];
}

const labels = JSON.parse(
  readFileSync(resolve(__dirname, 'fixtures/labels/changes-city-county.json'), 'utf8'),
) as ChangeLabels;
const alignmentLabels = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/labels/county-city.json'), 'utf8')) as {
  links: Record<string, { parents: string[] }>;
};

const sameValue = (a: number | undefined, b: number): boolean =>
  a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

interface Ratio {
  hit: number;
  of: number;
}
const ratio = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);
const show = (r: Ratio): string => `${r.hit}/${r.of} = ${ratio(r).toFixed(3)}`;

interface Scores {
  pairPrecision: Ratio;
  pairRecall: Ratio;
  droppedPrecision: Ratio;
  droppedRecall: Ratio;
  addedPrecision: Ratio;
  addedRecall: Ratio;
  intensiveClass: Ratio;
  share: Ratio;
  comparatorPrecision: Ratio;
  comparatorRecall: Ratio;
  qualifierPrecision: Ratio;
  qualifierRecall: Ratio;
  deferredPrecision: Ratio;
  deferredRecall: Ratio;
  misses: string[];
}

function score(pair: PairReport): Scores {
  const scope = new Set(labels.scope.parentTasks);
  const childScope = new Set(
    Object.entries(alignmentLabels.links)
      .filter(([, l]) => l.parents.some((p) => scope.has(p)))
      .map(([c]) => c),
  );
  const inScope = (c: TargetChange): boolean =>
    c.parent !== null ? scope.has(c.parent) : c.child !== null && childScope.has(c.child);
  const changes = pair.targetChanges.filter(inScope);
  const misses: string[] = [];
  const describe = (c: TargetChange): string =>
    `${c.change} ${c.parent ?? '-'}→${c.child ?? '-'} ${c.parentTarget?.metric ?? ''} ${c.parentTarget?.value ?? ''} → ${c.childTarget?.metric ?? ''} ${c.childTarget?.value ?? ''}`;

  // pairs
  const paired = changes.filter((c) => c.parentTarget && c.childTarget);
  const pairMatch = (c: TargetChange, l: LabelPair): boolean =>
    c.parent === l.parent &&
    c.child === l.child &&
    sameValue(c.parentTarget?.value, l.parentValue) &&
    sameValue(c.childTarget?.value, l.childValue);
  const s: Scores = {
    pairPrecision: { hit: 0, of: 0 },
    pairRecall: { hit: 0, of: 0 },
    droppedPrecision: { hit: 0, of: 0 },
    droppedRecall: { hit: 0, of: 0 },
    addedPrecision: { hit: 0, of: 0 },
    addedRecall: { hit: 0, of: 0 },
    intensiveClass: { hit: 0, of: 0 },
    share: { hit: 0, of: 0 },
    comparatorPrecision: { hit: 0, of: 0 },
    comparatorRecall: { hit: 0, of: 0 },
    qualifierPrecision: { hit: 0, of: 0 },
    qualifierRecall: { hit: 0, of: 0 },
    deferredPrecision: { hit: 0, of: 0 },
    deferredRecall: { hit: 0, of: 0 },
    misses,
  };
  for (const c of paired) {
    const l = labels.pairs.find((x) => pairMatch(c, x));
    if (l?.optional) continue;
    s.pairPrecision.of++;
    if (l) s.pairPrecision.hit++;
    else misses.push(`pair FP: ${describe(c)}`);
    if (!l) {
      if (c.comparatorChanged) s.comparatorPrecision.of++;
      if (c.qualifierChanged) s.qualifierPrecision.of++;
      continue;
    }
    if (l.kindAmbiguous) {
      s.intensiveClass.of++;
      if (c.change === 'kept' || c.shareIsOne) s.intensiveClass.hit++;
      else misses.push(`class: ${describe(c)} expected kept or a share of 1`);
    } else if (l.kind === 'intensive') {
      s.intensiveClass.of++;
      if (c.change === l.change) s.intensiveClass.hit++;
      else misses.push(`class: ${describe(c)} expected ${l.change}`);
    } else {
      s.share.of++;
      const ok = c.share !== undefined && Math.abs(c.share - l.share!) <= 1e-3 && !!c.shareIsOne === !!l.shareIsOne;
      if (ok) s.share.hit++;
      else misses.push(`share: ${describe(c)} got ${c.share}${c.shareIsOne ? ' (=1)' : ''} expected ${l.share}`);
    }
    for (const [key, pre, rec] of [
      ['comparatorChanged', s.comparatorPrecision, s.comparatorRecall],
      ['qualifierChanged', s.qualifierPrecision, s.qualifierRecall],
    ] as const) {
      if (key === 'comparatorChanged' && l.comparatorAmbiguous) continue;
      const got = c[key];
      const want = l[key];
      const same = JSON.stringify(got) === JSON.stringify(want);
      if (got) {
        pre.of++;
        if (same) pre.hit++;
      }
      if (want) {
        rec.of++;
        if (same) rec.hit++;
      }
      if (!same) misses.push(`${key}: ${describe(c)} got ${JSON.stringify(got)} expected ${JSON.stringify(want)}`);
    }
  }
  for (const l of labels.pairs.filter((x) => !x.optional)) {
    s.pairRecall.of++;
    if (paired.some((c) => pairMatch(c, l))) s.pairRecall.hit++;
    else misses.push(`pair FN: ${l.parent}→${l.child} ${l.metric} ${l.parentValue} → ${l.childValue}`);
  }

  // dropped, added and deferred targets
  for (const [kind, side, pre, rec, wanted] of [
    ['dropped', 'parent', s.droppedPrecision, s.droppedRecall, labels.dropped],
    ['added', 'child', s.addedPrecision, s.addedRecall, labels.added],
    ['deferred', 'parent', s.deferredPrecision, s.deferredRecall, labels.deferred],
  ] as const) {
    const predicted = changes.filter((c) => c.change === kind);
    const match = (c: TargetChange, l: LabelSingle): boolean =>
      c[side] === l[side] && sameValue((side === 'parent' ? c.parentTarget : c.childTarget)?.value, l.value);
    for (const c of predicted) {
      const l = wanted.find((x) => match(c, x));
      if (l?.optional) continue;
      pre.of++;
      if (l) pre.hit++;
      else misses.push(`${kind} FP: ${describe(c)}`);
    }
    for (const l of wanted.filter((x) => !x.optional)) {
      rec.of++;
      if (predicted.some((c) => match(c, l))) rec.hit++;
      else misses.push(`${kind} FN: ${l[side]} ${l.metric} ${l.value}`);
    }
  }
  return s;
}

let scores: Scores;

beforeAll(() => {
  const city = parseDocument(readData('city'), { name: FILES.city });
  const county = parseDocument(readData('county'), { name: FILES.county });
  scores = score(analyzeCascade([city, county]).pairs[0]!);
  const lines = Object.entries(scores)
    .filter(([k]) => k !== 'misses')
    .map(([k, r]) => `  ${k.padEnd(20)} ${show(r as Ratio)}`);
  console.log(`city → county target changes vs team labels (the whole city list):\n${lines.join('\n')}`);
  if (process.env.COMPARE_LABELS_VERBOSE) console.log(scores.misses.join('\n'));
}, 120_000);

/** Each figure must stay at or above its floor: a little under what the analysis scores today (see the report). */
const FLOORS: Record<Exclude<keyof Scores, 'misses'>, number> = {
  // today every figure is 1 (78 pairs, 31 dropped, 5 added, 13 intensive, 65 shares, 11 comparator and
  // 4 qualifier changes, 1 deferral); each floor allows about one miss
  pairPrecision: 0.97,
  pairRecall: 0.97,
  droppedPrecision: 0.96,
  droppedRecall: 0.96,
  addedPrecision: 0.8,
  addedRecall: 0.8,
  intensiveClass: 0.92,
  share: 0.98,
  comparatorPrecision: 0.9,
  comparatorRecall: 0.9,
  qualifierPrecision: 0.75,
  qualifierRecall: 0.75,
  deferredPrecision: 0.95,
  deferredRecall: 0.95,
}

function expectFloors(keys: Array<keyof typeof FLOORS>): void {
  for (const k of keys) {
    expect(ratio(scores[k]), `${k} ${show(scores[k])}\n${scores.misses.join('\n')}`).toBeGreaterThanOrEqual(FLOORS[k]);
  }
}

describe('city → county target changes against the team’s blind labels', () => {
  it('labels cover the pairs the issue names', () => {
    const find = (metric: string) => labels.pairs.find((l) => l.metric.includes(metric));
    expect(find('专利授权量增长')).toMatchObject({ parentValue: 18, childValue: 5, change: 'relaxed' });
    expect(find('非常规水源利用量')).toMatchObject({ parentValue: 80_000_000, childValue: 7_000_000, share: 0.0875 });
    expect(labels.dropped.some((d) => d.metric.includes('水土保持率') && d.value === 94.906)).toBe(true);
  });
  it('pairs parent and child targets', () => expectFloors(['pairPrecision', 'pairRecall']));
  it('finds dropped, added and deferred targets', () =>
    expectFloors(['droppedPrecision', 'droppedRecall', 'addedPrecision', 'addedRecall', 'deferredPrecision', 'deferredRecall']));
  it('classifies intensive pairs and computes extensive shares', () => expectFloors(['intensiveClass', 'share']));
  it('reports comparator and qualifier changes', () =>
    expectFloors(['comparatorPrecision', 'comparatorRecall', 'qualifierPrecision', 'qualifierRecall']));
});

import type { Change, TargetChange } from '../model/index.js';
import type { SyntheticTruth } from './truth.js';

export interface SetScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

function setScore(expected: ReadonlySet<string>, predicted: ReadonlySet<string>): SetScore {
  let tp = 0;
  for (const p of predicted) if (expected.has(p)) tp++;
  return precisionRecallF1(tp, predicted.size - tp, expected.size - tp);
}

/** Precision, recall and F1 from counts (1 when there was nothing to find and nothing was found). */
export function precisionRecallF1(truePositives: number, falsePositives: number, falseNegatives: number): SetScore {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Sum several scores' counts and recompute the ratios (micro average). */
export function sumScores(scores: readonly SetScore[]): SetScore {
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives'): number => scores.reduce((a, s) => a + s[k], 0);
  return precisionRecallF1(sum('truePositives'), sum('falsePositives'), sum('falseNegatives'));
}

/** The part of an alignment the scorer reads. */
export interface AlignmentLike {
  links: ReadonlyArray<{ child: string; parents: readonly string[]; skipLevel?: boolean }>;
  droppedParents: readonly string[];
  addedChildren: readonly string[];
}

export interface SyntheticAlignmentScore {
  /** child→parent pairs: every parent listed for a child counts as a link. */
  links: SetScore;
  droppedParents: SetScore;
  addedChildren: SetScore;
}

/** Score an alignment of a generated list against its truth. */
export function scoreSyntheticAlignment(truth: SyntheticTruth, alignment: AlignmentLike): SyntheticAlignmentScore {
  const expected = new Set(truth.links.flatMap((l) => l.parents.map((p) => `${l.child}>${p}`)));
  const predicted = new Set(
    alignment.links.filter((l) => !l.skipLevel).flatMap((l) => l.parents.map((p) => `${l.child}>${p}`)),
  );
  return {
    links: setScore(expected, predicted),
    droppedParents: setScore(new Set(truth.droppedParents), new Set(alignment.droppedParents)),
    addedChildren: setScore(new Set(truth.addedChildren), new Set(alignment.addedChildren)),
  };
}

export type ChangeOutcome = Change | 'missing';

export interface SyntheticChangeScore {
  /** Scored targets (the truth knows their class). */
  total: number;
  correct: number;
  accuracy: number;
  /** expected class → reported class → count. */
  confusion: Record<string, Record<string, number>>;
  /** Extensive targets with a known share class: how many got the right versusReference. */
  versusReference: { total: number; correct: number };
  /** Comparator changes the truth records: how many the report shows. */
  comparatorChanges: { total: number; found: number };
}

/**
 * Score the target changes of a gap analysis (parent = the generator's parent, child = the generated list)
 * against the truth. A parent target is found by its span in the parent source; an added local task is
 * right when it yields at least one change and all its changes are `added`.
 */
export function scoreSyntheticChanges(truth: SyntheticTruth, changes: readonly TargetChange[]): SyntheticChangeScore {
  const byParentSpan = new Map<string, TargetChange>();
  const byChildTask = new Map<string, TargetChange[]>();
  for (const c of changes) {
    if (c.parentTarget) byParentSpan.set(`${c.parentTarget.span.start}:${c.parentTarget.span.end}`, c);
    if (c.child !== null && c.parent === null) {
      const list = byChildTask.get(c.child) ?? [];
      list.push(c);
      byChildTask.set(c.child, list);
    }
  }
  const confusion: Record<string, Record<string, number>> = {};
  const count = (expected: string, got: string): void => {
    const row = (confusion[expected] ??= {});
    row[got] = (row[got] ?? 0) + 1;
  };
  let total = 0;
  let correct = 0;
  const vr = { total: 0, correct: 0 };
  const cmp = { total: 0, found: 0 };
  for (const t of truth.targets) {
    if (!t.scored) continue;
    let got: ChangeOutcome;
    let change: TargetChange | undefined;
    if (t.parentSpan) {
      change = byParentSpan.get(`${t.parentSpan.start}:${t.parentSpan.end}`);
      got = change?.change ?? 'missing';
    } else {
      const list = t.childTask ? byChildTask.get(t.childTask) ?? [] : [];
      got = list.length === 0 ? 'missing' : list.every((c) => c.change === 'added') ? 'added' : (list.find((c) => c.change !== 'added')?.change ?? 'missing');
    }
    total++;
    if (got === t.expected) correct++;
    count(t.expected, got);
    if (t.versusReference) {
      vr.total++;
      if (change?.versusReference === t.versusReference) vr.correct++;
    }
    if (t.comparatorChanged) {
      cmp.total++;
      if (change?.comparatorChanged?.from === t.comparatorChanged.from && change.comparatorChanged.to === t.comparatorChanged.to) cmp.found++;
    }
  }
  return { total, correct, accuracy: total ? correct / total : 1, confusion, versusReference: vr, comparatorChanges: cmp };
}

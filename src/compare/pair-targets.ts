import type { Target, Task } from '../model/index.js';
import { metricSimilarity, type Tokenize } from './metric.js';
import { targetUnitsCompatible } from './units.js';

/** A target with the task it belongs to and its position there. */
export interface LocatedTarget {
  task: Task;
  target: Target;
  /** Position of the target within its task. */
  position: number;
}

export interface TargetPair {
  parent: LocatedTarget;
  child: LocatedTarget;
  /** Metric similarity in [0, 1]. */
  similarity: number;
}

export interface TargetPairing {
  pairs: TargetPair[];
  unpairedParents: LocatedTarget[];
  unpairedChildren: LocatedTarget[];
}

export interface PairTargetsOptions {
  /** Minimum metric similarity for a pair. */
  threshold: number;
  tokenize?: Tokenize;
  /** May this parent task's targets pair with this child task's? (default: any). */
  allowed?: (parentTask: Task, childTask: Task) => boolean;
  /**
   * Lower similarity accepted for a leftover pair that sits in the same slot of the two tasks: between
   * the same paired neighbours (`海外人才100人` / `海外留学归国人员8人` between 高层次人才 and 高校毕业生).
   * Default 0.15; set it to the threshold to disable.
   */
  slotThreshold?: number;
}

export function locateTargets(tasks: readonly Task[]): LocatedTarget[] {
  return tasks.flatMap((task) => task.targets.map((target, position) => ({ task, target, position })));
}

/**
 * Globally best one-to-one pairing of the parent and child targets of a task group: every unit-compatible
 * candidate at or above the threshold is scored by metric similarity, and pairs are taken greedily, best
 * first. Ties fall to the pair whose positions within their tasks are closest (documents list targets in
 * the same order), then to document order, so the result is deterministic. Leftovers in the same slot of
 * a copied list are paired next (pairSlots), and a parallel enumeration paired across its slots is
 * re-paired slot by slot (repairParallelRuns).
 */
export function pairTargets(
  parents: readonly LocatedTarget[],
  children: readonly LocatedTarget[],
  options: PairTargetsOptions,
): TargetPairing {
  interface Candidate {
    pi: number;
    ci: number;
    similarity: number;
    score: number;
  }
  const candidates: Candidate[] = [];
  const similarities = new Map<number, number>(); // pi * children.length + ci → similarity, compatible pairs only
  for (let pi = 0; pi < parents.length; pi++) {
    const p = parents[pi]!;
    for (let ci = 0; ci < children.length; ci++) {
      const c = children[ci]!;
      if (options.allowed && !options.allowed(p.task, c.task)) continue;
      if (!targetUnitsCompatible(p.target, c.target)) continue;
      const similarity = metricSimilarity(p.target.metric, c.target.metric, options.tokenize);
      similarities.set(pi * children.length + ci, similarity);
      if (similarity < options.threshold) continue;
      // same printed unit and same kind nudge a tie; never enough to beat a clearly better metric
      const bonus = (p.target.unit === c.target.unit ? 0.01 : 0) + (p.target.kind === c.target.kind ? 0.01 : 0);
      candidates.push({ pi, ci, similarity, score: similarity + bonus });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      relativeGap(parents[a.pi]!, children[a.ci]!) - relativeGap(parents[b.pi]!, children[b.ci]!) ||
      a.pi - b.pi ||
      a.ci - b.ci,
  );
  const usedP = new Set<number>();
  const usedC = new Set<number>();
  const pairs: TargetPair[] = [];
  for (const cand of candidates) {
    if (usedP.has(cand.pi) || usedC.has(cand.ci)) continue;
    usedP.add(cand.pi);
    usedC.add(cand.ci);
    pairs.push({ parent: parents[cand.pi]!, child: children[cand.ci]!, similarity: cand.similarity });
  }
  pairSlots(parents, children, similarities, usedP, usedC, pairs, options);
  repairParallelRuns(parents, children, similarities, usedP, usedC, pairs, options);
  const order = new Map(parents.map((p, i) => [p, i]));
  pairs.sort((a, b) => order.get(a.parent)! - order.get(b.parent)!);
  return {
    pairs,
    unpairedParents: parents.filter((_, i) => !usedP.has(i)),
    unpairedChildren: children.filter((_, i) => !usedC.has(i)),
  };
}

/** Distance between the relative positions of two targets in their tasks, in [0, 1]. */
function relativeGap(p: LocatedTarget, c: LocatedTarget): number {
  const rp = p.task.targets.length > 1 ? p.position / (p.task.targets.length - 1) : 0;
  const rc = c.task.targets.length > 1 ? c.position / (c.task.targets.length - 1) : 0;
  return Math.abs(rp - rc);
}

/**
 * Second pass over leftovers: a parent and a child target of two linked tasks whose nearest paired
 * neighbours on both sides are paired with each other (or who both stand at the start / end of their
 * task) fill the same slot in a list the child copied; a weaker metric match is enough there.
 */
function pairSlots(
  parents: readonly LocatedTarget[],
  children: readonly LocatedTarget[],
  similarities: ReadonlyMap<number, number>,
  usedP: Set<number>,
  usedC: Set<number>,
  pairs: TargetPair[],
  options: PairTargetsOptions,
): void {
  const threshold = Math.min(options.slotThreshold ?? 0.15, options.threshold);
  const partner = new Map<LocatedTarget, LocatedTarget>();
  for (const p of pairs) {
    partner.set(p.parent, p.child);
    partner.set(p.child, p.parent);
  }
  // each task's targets in order, and each target's place in that list (computed once)
  const ordered = new Map<Task, LocatedTarget[]>();
  for (const x of [...parents, ...children]) {
    const list = ordered.get(x.task) ?? [];
    list.push(x);
    ordered.set(x.task, list);
  }
  const place = new Map<LocatedTarget, number>();
  for (const list of ordered.values()) {
    list.sort((a, b) => a.position - b.position);
    list.forEach((x, i) => place.set(x, i));
  }
  /** Nearest paired target before / after `x` in its own task whose partner lies in `otherTask`. */
  const neighbour = (x: LocatedTarget, otherTask: Task, dir: -1 | 1): LocatedTarget | null => {
    const list = ordered.get(x.task)!;
    for (let i = place.get(x)! + dir; i >= 0 && i < list.length; i += dir) {
      const mate = partner.get(list[i]!);
      if (mate && mate.task === otherTask) return list[i]!;
    }
    return null;
  };
  interface Slot {
    pi: number;
    ci: number;
    similarity: number;
  }
  const slots: Slot[] = [];
  for (const [key, similarity] of similarities) {
    if (similarity < threshold) continue;
    const pi = Math.floor(key / children.length);
    const ci = key % children.length;
    if (usedP.has(pi) || usedC.has(ci)) continue;
    const p = parents[pi]!;
    const c = children[ci]!;
    const pPrev = neighbour(p, c.task, -1);
    const cPrev = neighbour(c, p.task, -1);
    const pNext = neighbour(p, c.task, 1);
    const cNext = neighbour(c, p.task, 1);
    const prevAgrees = pPrev === null ? cPrev === null : partner.get(pPrev) === cPrev;
    const nextAgrees = pNext === null ? cNext === null : partner.get(pNext) === cNext;
    // at least one paired neighbour must anchor the slot
    if (prevAgrees && nextAgrees && (pPrev ?? pNext) !== null) slots.push({ pi, ci, similarity });
  }
  slots.sort((a, b) => b.similarity - a.similarity || a.pi - b.pi || a.ci - b.ci);
  for (const slot of slots) {
    if (usedP.has(slot.pi) || usedC.has(slot.ci)) continue;
    usedP.add(slot.pi);
    usedC.add(slot.ci);
    pairs.push({ parent: parents[slot.pi]!, child: children[slot.ci]!, similarity: slot.similarity });
  }
}

/**
 * A run: targets listed one after another in a task, one clause each (`在库…1200个左右，开工建设800个左右，
 * 竣工投产400个左右`), with the same unit and comparator. Runs of at least this length are parallel
 * enumerations worth pairing slot by slot.
 */
const MIN_RUN = 3;
/** Characters allowed between two targets of one run (the separating comma). */
const MAX_RUN_GAP = 2;

function runsOf(list: readonly LocatedTarget[]): LocatedTarget[][] {
  const runs: LocatedTarget[][] = [];
  let current: LocatedTarget[] = [];
  for (const x of list) {
    const prev = current.at(-1);
    const continues =
      prev !== undefined &&
      x.position === prev.position + 1 &&
      x.target.unit === prev.target.unit &&
      x.target.comparator === prev.target.comparator &&
      x.target.span.start - prev.target.span.end <= MAX_RUN_GAP;
    if (!continues) {
      if (current.length >= MIN_RUN) runs.push(current);
      current = [];
    }
    current.push(x);
  }
  if (current.length >= MIN_RUN) runs.push(current);
  return runs;
}

/**
 * Third pass: a child that rewrites a parallel enumeration of the parent (same number of clauses, one
 * unit, one comparator on each side) keeps its order, so the clauses pair slot by slot. When such two
 * runs are already anchored by a same-slot pair but another of their pairs crosses slots, the crossing
 * pair is a near-miss of wording (`在库…项目` ↔ `在建…项目`): the runs are re-paired slot by slot, the
 * leftovers included. Runs with a crossing pair of identical metrics are a real reordering and are left
 * alone, as are runs holding a target paired outside them.
 */
function repairParallelRuns(
  parents: readonly LocatedTarget[],
  children: readonly LocatedTarget[],
  similarities: ReadonlyMap<number, number>,
  usedP: Set<number>,
  usedC: Set<number>,
  pairs: TargetPair[],
  options: PairTargetsOptions,
): void {
  const byTask = (xs: readonly LocatedTarget[]): LocatedTarget[][] => {
    const m = new Map<Task, LocatedTarget[]>();
    for (const x of xs) m.set(x.task, [...(m.get(x.task) ?? []), x]);
    return [...m.values()].map((l) => l.sort((a, b) => a.position - b.position));
  };
  const parentRuns = byTask(parents).flatMap(runsOf);
  const childRuns = byTask(children).flatMap(runsOf);
  if (parentRuns.length === 0 || childRuns.length === 0) return;
  const pIndex = new Map(parents.map((x, i) => [x, i]));
  const cIndex = new Map(children.map((x, i) => [x, i]));
  for (const pr of parentRuns) {
    for (const cr of childRuns) {
      if (pr.length !== cr.length) continue;
      if (options.allowed && !options.allowed(pr[0]!.task, cr[0]!.task)) continue;
      if (!targetUnitsCompatible(pr[0]!.target, cr[0]!.target)) continue;
      const inRuns = pairs.filter((p) => pr.includes(p.parent) || cr.includes(p.child));
      // every pair touching the runs must stay inside them
      if (inRuns.some((p) => !pr.includes(p.parent) || !cr.includes(p.child))) continue;
      const slot = (p: TargetPair): boolean => pr.indexOf(p.parent) === cr.indexOf(p.child);
      const crossing = inRuns.filter((p) => !slot(p));
      if (crossing.length === 0 || !inRuns.some(slot) || crossing.some((p) => p.similarity >= 1)) continue;
      for (const p of inRuns) pairs.splice(pairs.indexOf(p), 1);
      pr.forEach((parent, i) => {
        const child = cr[i]!;
        const pi = pIndex.get(parent)!;
        const ci = cIndex.get(child)!;
        usedP.add(pi);
        usedC.add(ci);
        pairs.push({ parent, child, similarity: similarities.get(pi * children.length + ci) ?? 0 });
      });
    }
  }
}

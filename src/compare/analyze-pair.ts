import type {
  Alignment,
  PairReport,
  PolicyDocument,
  ReferenceShare,
  Target,
  TargetChange,
  Task,
} from '../model/index.js';
import { documentRef } from '../model/index.js';
import {
  changeFromReference,
  classifyIntensive,
  comparatorChange,
  documentYear,
  compareWithReference,
  horizonChange,
  isShareOne,
  pairIsCeiling,
  pairIsExtensive,
  qualifierChange,
  shareOf,
} from './classify.js';
import { deferralMatch, findDeferralClauses } from './deferral.js';
import { linkGroups } from './groups.js';
import { leadUnitChanges } from './lead-units.js';
import type { Tokenize } from './metric.js';
import { round } from './metric.js';
import { locateTargets, pairTargets, type LocatedTarget, type TargetPair } from './pair-targets.js';
import { referenceShareFor } from './reference-share.js';
import { summarizePair } from './summary.js';

export interface ComparePairOptions {
  referenceShare?: number;
  tolerance: number;
  metricThreshold: number;
  deferralThreshold: number;
  tokenize?: Tokenize;
}

export interface ComparePairInput {
  parent: PolicyDocument;
  child: PolicyDocument;
  parentIndex: number;
  childIndex: number;
  skipLevel: boolean;
  alignment: Alignment;
}

/** A paired target before the reference share is known. */
interface PendingPair {
  pair: TargetPair;
  extensive: boolean;
  share?: number;
}

/**
 * Target changes for one aligned pair of documents. For a skip-level pair only the tasks linked across
 * the skipped level are compared: their local and dropped tasks are already reported by the adjacent pairs.
 * The targets of a child task linked only to heading-only parent tasks (an interpretation lists headings,
 * no numbers) are not compared and not reported as added: the parent's numbers are unknown.
 */
export function comparePair(input: ComparePairInput, options: ComparePairOptions): PairReport {
  const { parent, child, alignment } = input;
  const parentTasks = new Map(parent.tasks.map((t) => [t.id, t]));
  const childTasks = new Map(child.tasks.map((t) => [t.id, t]));
  const tasksOf = (ids: readonly string[], map: Map<string, Task>): Task[] =>
    ids.map((id) => map.get(id)).filter((t): t is Task => t !== undefined);

  const pending: PendingPair[] = [];
  const other: TargetChange[] = [];

  for (const group of linkGroups(alignment)) {
    const linked = (p: Task, c: Task): boolean => (group.parentsOfChild.get(c.id) ?? []).includes(p.id);
    const pairing = pairTargets(locateTargets(tasksOf(group.parents, parentTasks)), locateTargets(tasksOf(group.children, childTasks)), {
      threshold: options.metricThreshold,
      tokenize: options.tokenize,
      allowed: linked,
    });
    for (const pair of pairing.pairs) pending.push(pendingOf(pair));
    for (const p of pairing.unpairedParents) {
      const kids = tasksOf(group.childrenOfParent.get(p.task.id) ?? [], childTasks);
      other.push(deferredOrDropped(p, kids, options.deferralThreshold));
    }
    for (const c of pairing.unpairedChildren) {
      const parentIds = group.parentsOfChild.get(c.task.id) ?? [];
      // a heading-only parent (an interpretation) states no numbers: nothing to compare against
      if (tasksOf(parentIds, parentTasks).every(isHeadingOnly)) continue;
      other.push(addedChange(c, parentIds[0] ?? null));
    }
  }
  if (!input.skipLevel) {
    for (const p of locateTargets(tasksOf(alignment.droppedParents, parentTasks))) {
      other.push({ child: null, parent: p.task.id, parentTarget: p.target, change: 'dropped', evidence: { parentText: p.target.text } });
    }
    for (const c of locateTargets(tasksOf(alignment.addedChildren, childTasks))) other.push(addedChange(c, null));
  }

  const referenceShare = referenceShareFor(
    pending.filter((p) => p.extensive && p.share !== undefined).map((p) => p.share!),
    options.referenceShare,
    options.tolerance,
  );
  const years = { parent: documentYear(parent), child: documentYear(child) };
  const paired = pending.map((p) => pairedChange(p, referenceShare, years));
  const targetChanges = sortChanges([...paired, ...other], parent, child);
  const goalChanges = compareGoals(parent, child, options, referenceShare, years);

  return {
    ...alignment,
    parentIndex: input.parentIndex,
    childIndex: input.childIndex,
    parent: documentRef(parent),
    child: documentRef(child),
    skipLevel: input.skipLevel,
    targetChanges,
    goalChanges,
    leadUnitChanges: leadUnitChanges(parent, child, alignment),
    referenceShare,
    summary: summarizePair(parent, child, alignment, targetChanges, input.skipLevel),
  };
}

/**
 * The documents' own goals (PolicyDocument.goals), parent's against child's, paired and classified as
 * task targets are, with the task reference share. Changes carry no task ids (child and parent are null).
 */
function compareGoals(
  parent: PolicyDocument,
  child: PolicyDocument,
  options: ComparePairOptions,
  referenceShare: ReferenceShare,
  years: { parent?: string; child?: string },
): TargetChange[] {
  const asTask = (doc: PolicyDocument): Task[] =>
    doc.goals.length === 0
      ? []
      : [{ id: '', index: 0, sectionPath: [], heading: '', text: '', leadUnits: [], supportUnits: [], span: { start: 0, end: 0 }, headingSpan: { start: 0, end: 0 }, targets: doc.goals }];
  const pairing = pairTargets(locateTargets(asTask(parent)), locateTargets(asTask(child)), {
    threshold: options.metricThreshold,
    tokenize: options.tokenize,
  });
  const untied = (c: TargetChange): TargetChange => ({ ...c, child: null, parent: null });
  const changes: TargetChange[] = [
    ...pairing.pairs.map((pair) => untied(pairedChange(pendingOf(pair), referenceShare, years))),
    ...pairing.unpairedParents.map((p): TargetChange => ({ child: null, parent: null, parentTarget: p.target, change: 'dropped', evidence: { parentText: p.target.text } })),
    ...pairing.unpairedChildren.map((c) => untied(addedChange(c, null))),
  ];
  return sortChanges(changes, parent, child);
}

function pendingOf(pair: TargetPair): PendingPair {
  const extensive = pairIsExtensive(pair.parent.target, pair.child.target);
  const share = extensive ? shareOf(pair.parent.target, pair.child.target) : undefined;
  return { pair, extensive: extensive && share !== undefined, ...(share === undefined ? {} : { share: Number(share.toPrecision(12)) }) };
}

function pairedChange(p: PendingPair, reference: ReferenceShare, years: { parent?: string; child?: string }): TargetChange {
  const pt = p.pair.parent.target;
  const ct = p.pair.child.target;
  const out: TargetChange = {
    child: p.pair.child.task.id,
    parent: p.pair.parent.task.id,
    parentTarget: pt,
    childTarget: ct,
    change: 'kept',
    evidence: { parentText: pt.text, childText: ct.text, metricSimilarity: round(p.pair.similarity) },
  };
  if (p.extensive && p.share !== undefined) {
    out.share = p.share;
    if (isShareOne(p.share)) out.shareIsOne = true;
    if (reference.value !== null) {
      const v = compareWithReference(p.share, reference.value, reference.tolerance);
      out.versusReference = v;
      out.change = changeFromReference(v, pairIsCeiling(pt, ct));
    }
  } else {
    out.change = classifyIntensive(pt, ct);
  }
  const comparator = comparatorChange(pt, ct);
  if (comparator) out.comparatorChanged = comparator;
  const qualifier = qualifierChange(pt, ct);
  if (qualifier) out.qualifierChanged = qualifier;
  const horizon = horizonChange(pt, ct, years);
  if (horizon) out.horizonChanged = horizon;
  return out;
}

/** An unpaired parent target: deferred when a linked child task defers it to the upper level, else dropped. */
function deferredOrDropped(p: LocatedTarget, kids: readonly Task[], threshold: number): TargetChange {
  let best: { task: Task; phrase: string; score: number } | undefined;
  for (const kid of kids) {
    for (const clause of findDeferralClauses(kid.text)) {
      const score = deferralMatch(clause, p.target.metric);
      if (score >= threshold && (!best || score > best.score)) best = { task: kid, phrase: clause.phrase, score };
    }
  }
  if (best) {
    return {
      child: best.task.id,
      parent: p.task.id,
      parentTarget: p.target,
      change: 'deferred',
      evidence: { parentText: p.target.text, childText: best.phrase, metricSimilarity: round(best.score), note: best.phrase },
    };
  }
  return {
    child: kids[0]?.id ?? null,
    parent: p.task.id,
    parentTarget: p.target,
    change: 'dropped',
    evidence: { parentText: p.target.text },
  };
}

/** A task that is just a heading (an interpretation's list): it cannot state a target. */
function isHeadingOnly(task: Task): boolean {
  return task.targets.length === 0 && task.text.trim().length <= task.heading.trim().length + 1;
}

function addedChange(c: LocatedTarget, parentId: string | null): TargetChange {
  return { child: c.task.id, parent: parentId, childTarget: c.target, change: 'added', evidence: { childText: c.target.text } };
}

/**
 * Parent document order (task, then the target's place in the text); targets with no parent task
 * (local tasks) follow in child document order.
 */
function sortChanges(changes: TargetChange[], parent: PolicyDocument, child: PolicyDocument): TargetChange[] {
  const pIndex = new Map(parent.tasks.map((t) => [t.id, t.index]));
  const cIndex = new Map(child.tasks.map((t) => [t.id, t.index]));
  const key = (c: TargetChange): number[] => [
    c.parent === null ? 1 : 0,
    c.parent === null ? 0 : (pIndex.get(c.parent) ?? 0),
    c.parentTarget ? startOf(c.parentTarget) : Number.MAX_SAFE_INTEGER,
    c.child === null ? -1 : (cIndex.get(c.child) ?? 0),
    c.childTarget ? startOf(c.childTarget) : -1,
  ];
  const keyed = changes.map((c) => ({ c, k: key(c) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
    return 0;
  });
  return keyed.map((x) => x.c);
}

function startOf(t: Target): number {
  return t.span.start;
}

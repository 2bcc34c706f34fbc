import diff from 'fast-diff';
import { documentRef, type Alignment, type Link, type PolicyDocument, type SectionLink, type Warning } from '../model/index.js';
import { createJiebaSegmenter, type Segmenter } from '../segment/index.js';
import {
  clauseIndex,
  conceptTableFor,
  createPairScorer,
  extractDocumentFeatures,
  literalHeadingSimilarity,
  runsDice,
  sharedBound,
  stripPunctuation,
  taskBound,
  type DocumentFeatures,
  type PairScorer,
} from '../similarity/index.js';
import { genericWeight, isStopToken, neutraliseLevelWords } from '../vocabulary/index.js';
import { alignMonotone } from './dp.js';
import type { ResolvedAlignOptions } from './options.js';
import { thresholdsFor, type Thresholds } from './thresholds.js';
import { classifyRelation } from './relation.js';
import { alignSections, type SectionPlan } from './sections.js';

/** Other parents a linked child is checked against for a merge or split (addSecondaryParents). */
const OTHER_PARENTS = 6;

/** Parent task count from which full-text pairs use candidate blocking (see alignWithFeatures). */
const FULL_TEXT_BLOCKING_FROM = 40;

let defaultSegmenter: Segmenter | undefined;

/** The shared default segmenter (its dictionary loads on first use). */
export function getDefaultSegmenter(): Segmenter {
  return (defaultSegmenter ??= createJiebaSegmenter());
}

// segmenters with a user's terms, one per list of terms (each holds a dictionary: a few are kept)
const termSegmenters = new Map<string, Segmenter>();
const TERM_SEGMENTERS_KEPT = 4;

/**
 * The segmenter of a call: the user's, else the shared default, or one with the user's terms added (the
 * members of the user's concept groups among them, so that each is cut whole).
 */
export function segmenterFor(opts: Pick<ResolvedAlignOptions, 'segmenter' | 'terms' | 'conceptGroups'>): Segmenter {
  if (opts.segmenter) return opts.segmenter;
  const terms = [...new Set([...(opts.terms ?? []), ...(opts.conceptGroups ?? []).flat()])];
  if (terms.length === 0) return getDefaultSegmenter();
  const key = terms.join('\n');
  let segmenter = termSegmenters.get(key);
  if (!segmenter) {
    if (termSegmenters.size >= TERM_SEGMENTERS_KEPT) termSegmenters.delete(termSegmenters.keys().next().value!);
    termSegmenters.set(key, (segmenter = createJiebaSegmenter({ extraWords: terms })));
  }
  return segmenter;
}

/** Features of a document under a call's options (segmenter, terms and concept groups). */
export function featuresFor(opts: ResolvedAlignOptions): (doc: PolicyDocument) => DocumentFeatures {
  const segmenter = segmenterFor(opts);
  const concepts = conceptTableFor(opts.conceptGroups);
  return (doc) => extractDocumentFeatures(doc, segmenter, concepts);
}

/** One child's parents while the alignment is being built (positions, primary first). */
interface Draft {
  parents: number[];
  score: number;
  moved: boolean;
}

/** alignDocuments with precomputed features (lets a cascade segment each document once). */
export function alignWithFeatures(
  child: PolicyDocument,
  parent: PolicyDocument,
  cf: DocumentFeatures,
  pf: DocumentFeatures,
  opts: ResolvedAlignOptions,
): Alignment {
  const warnings: Warning[] = [];
  const n = cf.tasks.length;
  const m = pf.tasks.length;
  const headingOnlyPair = cf.headingOnly || pf.headingOnly;
  const th = thresholdsFor(opts, headingOnlyPair);

  // Content similarity without the order prior: used for sections, moved tasks and merges.
  const content = createPairScorer(cf, pf, { weights: { ...opts.weights, order: 0 } });
  // Full-text pairs share enough informative terms to block on from a few dozen tasks up (measured: no link
  // changes on the labelled county → city pair and on synthetic lists, alignment ~2.5× faster); heading-only
  // pairs share few terms and keep the full comparison below opts.fullComparisonBelow.
  const fullComparisonBelow = headingOnlyPair ? opts.fullComparisonBelow : Math.min(opts.fullComparisonBelow, FULL_TEXT_BLOCKING_FROM);
  const candidates = content.candidates({ fullComparisonBelow });
  // a child whose whole text is one generic word (a heading cut off after its verb: 强化) has nothing to be linked by
  cf.tasks.forEach((t, i) => {
    if (genericWeight(t.plain) < 1 || isStopToken(t.plain)) candidates[i] = [];
  });
  const isCandidate = candidateTest(candidates, m);
  const contentScore = (i: number, j: number): number => (isCandidate(i, j) ? content.score(i, j) : 0);

  const plan = alignSections(child, parent, content, candidates);
  const orderless = orderlessTasks(cf, plan);
  const scorer = content.derive({ weights: opts.weights, orderPrior: sectionOrderPrior(cf, pf, plan, orderless) });
  const score = (i: number, j: number): number => (isCandidate(i, j) ? scorer.score(i, j) : 0);

  // 1. order-aware monotone alignment
  const drafts = new Map<number, Draft>();
  const parentChildren = new Map<number, number[]>();
  const addLink = (i: number, parents: number[], s: number, moved: boolean): void => {
    drafts.set(i, { parents, score: s, moved });
    for (const j of parents) parentChildren.set(j, [...(parentChildren.get(j) ?? []), i]);
  };
  for (const match of alignMonotone(n, m, score, {
    threshold: th.link,
    secondaryThreshold: th.secondary,
    gapPenalty: opts.gapPenalty,
  })) {
    if (match.children.length === 1) {
      const i = match.children[0]!;
      // a second parent must share content with the child: the order prior alone (two neighbouring
      // headings near the child's place) is no evidence of a merge
      const parents = [...match.parents]
        .sort((a, b) => score(i, b) - score(i, a))
        .filter((j, k) => k === 0 || contentScore(i, j) >= th.secondary);
      addLink(i, parents, score(i, parents[0]!), false);
    } else {
      const j = match.parents[0]!;
      for (const i of match.children) addLink(i, [j], score(i, j), false);
    }
  }

  // 2. gap filling: between two in-order links, pair leftover children and parents at a lower threshold
  fillGaps(n, m, drafts, parentChildren, score, th, addLink);

  // 3. rescue: unlinked children against unlinked parents anywhere, above a higher threshold (moved)
  rescueUnlinked(n, drafts, parentChildren, candidates, contentScore, th.moved, () => true, true, addLink);
  // then a task reordered inside its part, which the monotone pass could not take: against the unlinked
  // parents of the part its own part maps to, at the link threshold (the score with the part's order prior)
  const inMappedPart = (i: number, j: number): boolean => plan.mapping.get(cf.tasks[i]!.section) === pf.tasks[j]!.section;
  rescueUnlinked(n, drafts, parentChildren, candidates, score, th.link, inMappedPart, false, addLink);

  // 4. a leftover child next to a sibling that already took its best parent: that parent is split
  attachSplitNeighbours(n, drafts, parentChildren, candidates, score, (i, j) => {
    // heading-only: the child's heading must echo the parent's wording (naming the same field of work, a
    // concept group, is not enough: 卫生健康信息化 next to 基层医疗卫生 is a neighbour, not a split);
    // full texts: the bodies must overlap
    if (headingOnlyPair) return score(i, j) >= th.split && literalHeadingSimilarity(cf.tasks[i]!, pf.tasks[j]!) >= 0.25;
    return score(i, j) >= th.link && scorer.similarity(i, j).signals.body >= 0.4;
  });

  // 5. non-adjacent merges and splits
  addSecondaryParents(cf, pf, content, candidates, drafts, parentChildren, plan);

  // 6. a child task restating a heading-only parent part's title takes up the part's untaken tasks
  linkPartRestatements(cf, pf, content, drafts, parentChildren, plan, segmenterFor(opts));

  // 7. a task without order evidence, linked on weak evidence that another parent matches as well: a guess, left out
  dropTiedGuesses(drafts, parentChildren, candidates, contentScore, orderless);

  // 8. links with relations and evidence
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    const d = drafts.get(i);
    if (!d) continue;
    const primary = d.parents[0]!;
    const sim = scorer.similarity(i, primary);
    const childTask = child.tasks[i]!;
    const parentTask = parent.tasks[primary]!;
    // moved means "in another part than the section alignment expects"; a task the monotone pass could
    // not take because it was reordered inside its part is not moved
    const expectedSection = plan.mapping.get(cf.tasks[i]!.section);
    const moved = expectedSection === undefined ? d.moved : pf.tasks[primary]!.section !== expectedSection;
    const relation = classifyRelation({
      parentCount: d.parents.length,
      siblingCount: parentChildren.get(primary)?.length ?? 1,
      moved,
      signals: sim.signals,
      headingOnlyPair,
      sameThreshold: opts.sameThreshold,
    });
    links.push({
      child: childTask.id,
      parents: d.parents.map((j) => parent.tasks[j]!.id),
      score: round(d.score),
      relation,
      evidence: {
        signals: roundSignals(sim.signals),
        sharedTerms: d.parents.flatMap((j) => content.sharedTerms(i, j, 8)).filter((t, k, all) => all.indexOf(t) === k).slice(0, 12),
        headingDiff: diff(parentTask.heading, childTask.heading),
      },
    });
  }

  const linkedParents = new Set<number>();
  for (const d of drafts.values()) for (const j of d.parents) linkedParents.add(j);
  const droppedParents = parent.tasks.filter((_, j) => !linkedParents.has(j)).map((t) => t.id);
  const addedChildren = child.tasks.filter((_, i) => !drafts.has(i)).map((t) => t.id);
  const { sections, droppedParentSections } = summariseSections(plan, drafts, linkedParents);

  if (n === 0) warnings.push({ code: 'align-no-child-tasks', message: 'the child document has no tasks to align' });
  if (m === 0) warnings.push({ code: 'align-no-parent-tasks', message: 'the parent document has no tasks to align with' });

  return {
    child: documentRef(child),
    parent: documentRef(parent),
    links,
    droppedParents,
    addedChildren,
    sections,
    droppedParentSections,
    warnings,
  };
}

/** Membership test for the candidate lists: trivial when every pair is a candidate, else a bitmap / sets. */
function candidateTest(candidates: readonly (readonly number[])[], m: number): (i: number, j: number) => boolean {
  if (candidates.every((c) => c.length === m)) return () => true;
  const n = candidates.length;
  if (n * m <= 4_000_000) {
    const bits = new Uint8Array(n * m);
    candidates.forEach((list, i) => {
      for (const j of list) bits[i * m + j] = 1;
    });
    return (i, j) => bits[i * m + j] === 1;
  }
  const sets = candidates.map((c) => new Set(c));
  return (i, j) => sets[i]!.has(j);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundSignals<T extends Record<string, number>>(s: T): T {
  const out = { ...s };
  for (const k of Object.keys(out) as (keyof T)[]) (out[k] as number) = round(out[k] as number);
  return out;
}

/**
 * Child tasks whose place says nothing about their parent: the only task of the list (no relative
 * position), or the only task of its part (the part was mapped on that task's own scores).
 */
function orderlessTasks(cf: DocumentFeatures, plan: SectionPlan): (i: number) => boolean {
  const partSize = new Map(plan.child.map((g) => [g.id, g.taskIndices.length]));
  return (i) => cf.tasks.length === 1 || partSize.get(cf.tasks[i]!.section) === 1;
}

/**
 * Order prior from the section plan: a parent task inside the parent section mapped to the child's
 * section is "in place" (1); elsewhere the prior falls with distance in relative position. An orderless
 * child task gets the same prior (0.5) for every parent.
 */
function sectionOrderPrior(
  cf: DocumentFeatures,
  pf: DocumentFeatures,
  plan: SectionPlan,
  orderless: (i: number) => boolean,
): (i: number, j: number) => number {
  const n = cf.tasks.length;
  const m = pf.tasks.length;
  const mappedSection = cf.tasks.map((c) => plan.mapping.get(c.section));
  return (i, j) => {
    if (orderless(i)) return 0.5;
    const mapped = mappedSection[i];
    if (mapped !== undefined && mapped === pf.tasks[j]!.section) return 1;
    const rc = n > 1 ? i / (n - 1) : 0.5;
    const rp = m > 1 ? j / (m - 1) : 0.5;
    const closeness = Math.max(0, 1 - Math.abs(rc - rp) / 0.15);
    return mapped === undefined ? closeness : 0.5 * closeness;
  };
}

/**
 * Between two consecutive in-order links, children and parents both left unlinked are likely
 * counterparts reworded beyond the main threshold: align them monotonically at the gap threshold.
 */
function fillGaps(
  n: number,
  m: number,
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  score: (i: number, j: number) => number,
  th: Thresholds,
  addLink: (i: number, parents: number[], s: number, moved: boolean) => void,
): void {
  const anchors: [number, number, number][] = [[-1, -1, -1]];
  for (let i = 0; i < n; i++) {
    const d = drafts.get(i);
    if (d && !d.moved) anchors.push([i, Math.min(...d.parents), Math.max(...d.parents)]);
  }
  anchors.push([n, m, m]);
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i0, , j0] = anchors[k]!;
    const [i1, j1] = anchors[k + 1]!;
    const children: number[] = [];
    for (let i = i0 + 1; i < i1; i++) if (!drafts.has(i)) children.push(i);
    const parents: number[] = [];
    for (let j = j0 + 1; j < j1; j++) if (!parentChildren.has(j)) parents.push(j);
    if (children.length === 0 || parents.length === 0) continue;
    const matches = alignMonotone(children.length, parents.length, (a, b) => score(children[a]!, parents[b]!), {
      threshold: th.gap,
      secondaryThreshold: 2,
      gapPenalty: 0,
    });
    for (const match of matches) {
      const i = children[match.children[0]!]!;
      const j = parents[match.parents[0]!]!;
      addLink(i, [j], score(i, j), false);
    }
  }
}

/** A link below this content score … */
const TIE_BELOW = 0.4;
/** … whose parent leads another by less than this is a tie (measured: 0.4–0.6 and 0.01–0.1 act alike). */
const TIE_MARGIN = 0.02;

/**
 * An orderless child linked to one parent on weak evidence (content score below TIE_BELOW) that another
 * parent matches as well (within TIE_MARGIN, or better): nothing tells the two apart, so the choice would be
 * a guess, and the child stays unlinked (an added task) rather than linked to either.
 */
function dropTiedGuesses(
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  candidates: readonly (readonly number[])[],
  contentScore: (i: number, j: number) => number,
  orderless: (i: number) => boolean,
): void {
  for (const [i, d] of [...drafts]) {
    if (d.parents.length !== 1 || !orderless(i)) continue;
    const j = d.parents[0]!;
    const own = contentScore(i, j);
    if (own >= TIE_BELOW) continue;
    const tied = (candidates[i] ?? []).some((k) => k !== j && contentScore(i, k) > own - TIE_MARGIN);
    if (!tied) continue;
    drafts.delete(i);
    const siblings = parentChildren.get(j)!.filter((c) => c !== i);
    if (siblings.length > 0) parentChildren.set(j, siblings);
    else parentChildren.delete(j);
  }
}

function attachSplitNeighbours(
  n: number,
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  candidates: readonly (readonly number[])[],
  score: (i: number, j: number) => number,
  accept: (i: number, j: number) => boolean,
): void {
  for (let i = 0; i < n; i++) {
    if (drafts.has(i)) continue;
    let best = -1;
    let bestScore = 0;
    for (const j of candidates[i] ?? []) {
      const s = score(i, j);
      if (s > bestScore) [best, bestScore] = [j, s];
    }
    if (best < 0 || !accept(i, best)) continue;
    const siblings = parentChildren.get(best) ?? [];
    const adjacent = siblings.some((k) => Math.abs(k - i) === 1 && !drafts.get(k)!.moved);
    if (!adjacent) continue;
    drafts.set(i, { parents: [best], score: bestScore, moved: false });
    parentChildren.set(best, [...siblings, i]);
  }
}

/**
 * Unlinked children against unlinked parents (those `accept` admits), best pairs first, at `minimum`.
 */
function rescueUnlinked(
  n: number,
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  candidates: readonly (readonly number[])[],
  score: (i: number, j: number) => number,
  minimum: number,
  accept: (i: number, j: number) => boolean,
  moved: boolean,
  addLink: (i: number, parents: number[], s: number, moved: boolean) => void,
): void {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (drafts.has(i)) continue;
    for (const j of candidates[i] ?? []) {
      if (parentChildren.has(j) || !accept(i, j)) continue;
      const s = score(i, j);
      if (s >= minimum) pairs.push([s, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [s, i, j] of pairs) {
    if (drafts.has(i) || parentChildren.has(j)) continue;
    addLink(i, [j], s, moved);
  }
}

/**
 * A child that takes up a second parent away from its primary one (a merge), or a parent whose text
 * reappears in a second child (a split). Full texts: a clause of the child matches a clause of the other
 * parent closely and matches nothing in the primary. Heading-only parents: the child quotes the parent's
 * heading almost verbatim.
 */
function addSecondaryParents(
  cf: DocumentFeatures,
  pf: DocumentFeatures,
  content: PairScorer,
  candidates: readonly (readonly number[])[],
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  plan: SectionPlan,
): void {
  const additions: [number, number][] = [];
  const clauseEvidence = clauseEvidenceTest(cf, pf);
  for (const [i, d] of drafts) {
    const c = cf.tasks[i]!;
    // the other candidates worth a look: the six best by content score, ties in candidate order (what a
    // stable sort of all of them would put first), kept by insertion instead of sorting them all
    const others: { j: number; s: number }[] = [];
    for (const j of candidates[i] ?? []) {
      if (d.parents.includes(j)) continue;
      const s = content.score(i, j);
      if (s < 0.05 || (others.length === OTHER_PARENTS && s <= others[OTHER_PARENTS - 1]!.s)) continue;
      let at = others.length;
      while (at > 0 && others[at - 1]!.s < s) at--;
      others.splice(at, 0, { j, s });
      if (others.length > OTHER_PARENTS) others.pop();
    }
    const primarySection = pf.tasks[d.parents[0]!]!.section;
    for (const { j } of others) {
      const q = pf.tasks[j]!;
      if (q.headingOnly) {
        // a heading-only parent: the child quotes it, and it sits beside the primary (same part)
        const sameArea = q.section === primarySection || q.section === plan.mapping.get(c.section);
        if (sameArea && q.headingCore.length >= 4 && !parentChildren.has(j) && content.parentHeadingCover(i, j) >= 0.85) {
          additions.push([i, j]);
        }
        continue;
      }
      if (clauseEvidence(i, j, d.parents)) additions.push([i, j]);
    }
  }
  for (const [i, j] of additions) {
    const d = drafts.get(i)!;
    if (d.parents.includes(j)) continue;
    d.parents.push(j);
    parentChildren.set(j, [...(parentChildren.get(j) ?? []), i]);
  }
}

/**
 * A child heading restates a parent part's title when it holds most of the title's content words (share
 * PART_TITLE_COVER) and few others (Dice of the content words PART_TITLE_DICE).
 */
const PART_TITLE_COVER = 0.75;
const PART_TITLE_DICE = 0.6;

/** Words that carry content: 2+ characters, neither function words nor generic policy verbs. */
function contentWords(tokens: Iterable<string>): string[] {
  return [...new Set(tokens)].filter((w) => w.length >= 2 && !isStopToken(w) && genericWeight(w) === 1);
}

// content words of a parent's part titles, per parent features (made with one segmenter), kept while they live:
// a parent aligned with many children cuts its titles once
const titleWordMemo = new WeakMap<DocumentFeatures, Map<string, string[]>>();

function titleWords(pf: DocumentFeatures, title: string, segmenter: Segmenter): string[] {
  let byTitle = titleWordMemo.get(pf);
  if (!byTitle) titleWordMemo.set(pf, (byTitle = new Map()));
  let words = byTitle.get(title);
  if (!words) byTitle.set(title, (words = contentWords(segmenter.cut(neutraliseLevelWords(stripPunctuation(title))))));
  return words;
}

/**
 * A heading-only parent reads its part title as the context of its headings: a child task whose heading
 * restates the title of a parent part (深度融入黄河国家重大战略 for 深入实施黄河重大国家战略: the same content
 * words, few others) implements that part as a whole, so it also takes the part's tasks no other child took
 * that its text touches (body signal > 0).
 */
function linkPartRestatements(
  cf: DocumentFeatures,
  pf: DocumentFeatures,
  content: PairScorer,
  drafts: Map<number, Draft>,
  parentChildren: Map<number, number[]>,
  plan: SectionPlan,
  segmenter: Segmenter,
): void {
  const parts = plan.parent
    .filter((g) => g.taskIndices.length > 0 && g.taskIndices.every((j) => pf.tasks[j]!.headingOnly))
    .map((g) => ({ g, words: titleWords(pf, g.title, segmenter) }))
    .filter((p) => p.words.length >= 2);
  if (parts.length === 0) return;
  const claimed = new Set(parentChildren.keys());
  for (let i = 0; i < cf.tasks.length; i++) {
    const heading = cf.tasks[i]!.heading;
    const headingWords = contentWords(cf.tasks[i]!.headingTerms.keys()).length;
    for (const { g, words } of parts) {
      const shared = words.filter((w) => heading.includes(w)).length;
      if (shared < PART_TITLE_COVER * words.length || 2 * shared < PART_TITLE_DICE * (words.length + headingWords)) continue;
      const taken = g.taskIndices.filter((j) => !claimed.has(j) && content.similarity(i, j).signals.body > 0);
      if (taken.length === 0) continue;
      const d = drafts.get(i);
      if (d) d.parents.push(...taken.filter((j) => !d.parents.includes(j)));
      else drafts.set(i, { parents: taken, score: content.score(i, taken[0]!), moved: false });
      for (const j of taken) parentChildren.set(j, [...(parentChildren.get(j) ?? []), i]);
    }
  }
}

/**
 * Whether some clause of child i (10+ characters) matches a clause of parent j closely (Dice ≥ 0.7) and
 * clearly better (by 0.25) than any clause of the child's primary parents.
 */
function clauseEvidenceTest(cf: DocumentFeatures, pf: DocumentFeatures): (i: number, j: number, primaries: readonly number[]) => boolean {
  const cx = clauseIndex(cf);
  const px = clauseIndex(pf);
  // best Dice of child clause ck with the clauses of parent task k, skipping clauses that cannot reach `floor`
  // (plain loops, no closures: this runs for every clause of every candidate pair)
  const bestIn = (i: number, ck: number, k: number, floor: number): number => {
    const clause = cf.tasks[i]!.clauses[ck]!;
    const runs = cx.clauseCodes(i)[ck]!;
    const parentClauses = pf.tasks[k]!.clauses;
    const parentRuns = px.clauseCodes(k);
    const parentSignatures = px.clauseSignatures(k);
    let best = 0;
    for (let qk = 0; qk < parentClauses.length; qk++) {
      const qc = parentClauses[qk]!;
      const needed = Math.max(floor, best);
      if (maxDice(clause, qc) < needed) continue;
      // cheaper bound first: bigrams of the clause that qc's signature may hold
      if (clause.length >= 2 && qc.length >= 2 && clause !== qc) {
        const pairs = clause.length - 1 + (qc.length - 1);
        const cap = qc.length - 1;
        // the smallest bound that passes (the test is monotone in the bound), so the scan can stop early
        let atLeast = Math.max(0, Math.floor((needed * pairs) / 2) - 1);
        while (atLeast <= pairs && boundFails(atLeast, cap, pairs, needed)) atLeast++;
        if (boundFails(sharedBound(runs, parentSignatures[qk]!, atLeast), cap, pairs, needed)) continue;
      }
      best = Math.max(best, runsDice(clause, qc, runs, parentRuns[qk]!));
    }
    return best;
  };
  return (i, j, primaries) => {
    const clauses = cf.tasks[i]!.clauses;
    for (let ck = 0; ck < clauses.length; ck++) {
      const length = clauses[ck]!.length;
      if (length < 10) continue;
      // one test per parent task before the clause-by-clause one: a Dice of 0.7 with a clause b needs
      // 2·shared ≥ 0.7·(a + b) bigrams with b ≥ shared, so shared ≥ 0.7/1.3 of the a = length − 1 bigrams
      // of this clause, and those must all occur somewhere in the task (margin: rounding, never pruning more)
      if (1.3 * taskBound(cx.clauseCodes(i)[ck]!, px.taskSignature(j)) < 0.7 * (length - 1) - 1e-9) continue;
      const inOther = bestIn(i, ck, j, 0.7);
      if (inOther < 0.7) continue;
      let inPrimary = 0;
      for (const k of primaries) inPrimary = Math.max(inPrimary, bestIn(i, ck, k, inPrimary));
      if (inOther - inPrimary >= 0.25) return true;
    }
    return false;
  };
}

/** Whether a shared-bigram bound (capped at `cap`) rules out a Dice of `needed` over `pairs` bigrams. */
function boundFails(bound: number, cap: number, pairs: number, needed: number): boolean {
  return (2 * Math.min(bound, cap)) / pairs < needed;
}

/** Upper bound of the bigram Dice of two strings of 2+ characters (from their lengths alone). */
function maxDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2 || a === b) return 1;
  const x = a.length - 1;
  const y = b.length - 1;
  return (2 * Math.min(x, y)) / (x + y);
}

function summariseSections(
  plan: SectionPlan,
  drafts: Map<number, Draft>,
  linkedParents: Set<number>,
): { sections: SectionLink[]; droppedParentSections: string[] } {
  const parentSectionOf = new Map<number, string>();
  for (const g of plan.parent) for (const j of g.taskIndices) parentSectionOf.set(j, g.id);
  const sections: SectionLink[] = [];
  for (const g of plan.child) {
    const votes = new Map<string, number>();
    for (const i of g.taskIndices) {
      const d = drafts.get(i);
      if (!d) continue;
      const ps = parentSectionOf.get(d.parents[0]!);
      if (ps !== undefined) votes.set(ps, (votes.get(ps) ?? 0) + d.score);
    }
    let best: string | null = plan.mapping.get(g.id) ?? null;
    let bestVotes = best !== null ? (votes.get(best) ?? 0) : 0;
    for (const [id, v] of votes) if (v > bestVotes + 1e-9) [best, bestVotes] = [id, v];
    sections.push({ child: g.id, parent: best, score: round(best === null ? 0 : plan.similarity(g.id, best)) });
  }
  const mappedParents = new Set(sections.map((s) => s.parent).filter((p): p is string => p !== null));
  const droppedParentSections = plan.parent
    .filter((g) => g.taskIndices.length > 0 && !mappedParents.has(g.id) && !g.taskIndices.some((j) => linkedParents.has(j)))
    .map((g) => g.id);
  return { sections, droppedParentSections };
}

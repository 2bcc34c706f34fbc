import type { PolicyDocument, Task } from '../model/index.js';
import { BLOCK_BREAKS, type Segmenter } from '../segment/index.js';
import { genericWeight, isStopToken, neutraliseLevelWords, normalizeDepartment } from '../vocabulary/index.js';
import { extractNamedTerms, extractNumberTerms } from './named.js';
import { charBigrams, prepareBigrams, splitClauses, stripPunctuation, type PreparedBigrams } from './text.js';
import { conceptTableFor, conceptsOf, type ConceptTable } from './concepts.js';

/** Everything similarity needs about one task, computed once per document. */
export interface TaskFeatures {
  id: string;
  index: number;
  /** Top-level section id ('' when none). */
  section: string;
  /** Heading without punctuation. */
  heading: string;
  /** Heading with the generic policy verbs removed (铁路 for 全力推进铁路建设). */
  headingCore: string;
  headingBigrams: PreparedBigrams;
  headingCoreBigrams: PreparedBigrams;
  /** The task has no body beyond its heading (an interpretation). */
  headingOnly: boolean;
  headingTerms: Map<string, number>;
  /** Term counts over the whole task text. */
  textTerms: Map<string, number>;
  /** The whole text without punctuation (substring checks for compound terms). */
  plain: string;
  /** Concept groups (src/similarity/concepts.ts) named by the heading and by the whole text. */
  headingConcepts: Set<number>;
  textConcepts: Set<number>;
  clauses: string[];
  named: Set<string>;
  numbers: Set<string>;
  leadUnits: string[];
}

export interface DocumentFeatures {
  tasks: TaskFeatures[];
  /** All tasks of this document are heading-only. */
  headingOnly: boolean;
}

function countTerms(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.trim();
    if (t.length === 0 || isStopToken(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function stripTrailingPeriod(s: string): string {
  return s.replace(/[。.；;，,\s]+$/u, '');
}

/**
 * The tokens of `text` that make up `heading`, when the heading is the start of the text and ends in front
 * of one of BLOCK_BREAKS, which no token spans: the heading alone would be cut into exactly these tokens. Undefined when that does not hold.
 */
function leadingTokens(tokens: readonly string[], text: string, heading: string): string[] | undefined {
  const end = heading.length;
  if (end === 0 || !text.startsWith(heading) || !BLOCK_BREAKS.includes(text[end] || '\n') || /\s/.test(heading[end - 1]!)) return undefined;
  let length = 0;
  let k = 0;
  while (length < end && k < tokens.length) length += tokens[k++]!.length;
  return length === end ? tokens.slice(0, k) : undefined;
}

/** Features of one task; the segmenter cuts the text once (and the heading apart only when it must). */
export function extractTaskFeatures(task: Task, segmenter: Segmenter, concepts: ConceptTable = conceptTableFor()): TaskFeatures {
  // scope and level words neutralised (全市 / 全区 → 全□): a lower level restating a task reads the same
  const heading = neutraliseLevelWords(stripPunctuation(stripTrailingPeriod(task.heading)));
  const text = task.text && task.text.length > 0 ? task.text : task.heading;
  const plain = neutraliseLevelWords(stripPunctuation(text));
  const headingOnly = plain.length <= stripPunctuation(task.heading).length + 2;
  const textTokens = headingOnly ? undefined : segmenter.cut(text);
  const headingTokens = (textTokens && leadingTokens(textTokens, text, task.heading)) ?? segmenter.cut(task.heading);
  const headingTerms = countTerms(headingTokens);
  const core = neutraliseLevelWords(stripPunctuation(headingTokens.filter((t) => !isStopToken(t) && genericWeight(t) === 1).join('')));
  const textTerms = textTokens ? countTerms(textTokens) : headingTerms;
  return {
    id: task.id,
    index: task.index,
    section: task.sectionPath[0] ?? '',
    heading,
    headingCore: core,
    headingBigrams: prepareBigrams(heading),
    headingCoreBigrams: prepareBigrams(core),
    headingOnly,
    headingTerms,
    textTerms,
    plain,
    headingConcepts: conceptsOf(headingTerms.keys(), concepts),
    textConcepts: conceptsOf(textTerms.keys(), concepts),
    clauses: splitClauses(text),
    named: new Set(extractNamedTerms(text)),
    numbers: new Set(extractNumberTerms(text)),
    leadUnits: task.leadUnits.map(normalizeDepartment),
  };
}

const textBigramMemo = new WeakMap<TaskFeatures, Set<string>>();

/** Character bigrams of a task's plain text (for containment of a heading-only counterpart), on first use. */
export function textBigramsOf(task: TaskFeatures): Set<string> {
  let bigrams = textBigramMemo.get(task);
  if (!bigrams) textBigramMemo.set(task, (bigrams = charBigrams(task.plain)));
  return bigrams;
}

// Features per (document, segmenter, concept table), memoised weakly: a parent aligned against many children
// (a batch, a cascade, a report generator calling analyzeCascade repeatedly) is segmented once. Features are never
// mutated after extraction, and the entry goes away with the document object.
const featureMemo = new WeakMap<PolicyDocument, WeakMap<Segmenter, WeakMap<ConceptTable, DocumentFeatures>>>();

export function extractDocumentFeatures(
  doc: PolicyDocument,
  segmenter: Segmenter,
  concepts: ConceptTable = conceptTableFor(),
): DocumentFeatures {
  let bySegmenter = featureMemo.get(doc);
  let byTable = bySegmenter?.get(segmenter);
  const hit = byTable?.get(concepts);
  if (hit && hit.tasks.length === doc.tasks.length) return hit;
  const tasks = doc.tasks.map((t) => extractTaskFeatures(t, segmenter, concepts));
  const features = { tasks, headingOnly: tasks.length > 0 && tasks.every((t) => t.headingOnly) };
  if (!bySegmenter) featureMemo.set(doc, (bySegmenter = new WeakMap()));
  if (!byTable) bySegmenter.set(segmenter, (byTable = new WeakMap()));
  byTable.set(concepts, features);
  return features;
}

import { alignCascade, inLevelOrder, segmenterFor } from '../align/index.js';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { SCHEMA_VERSION, assertDocuments, documentRef, type GapReport, type PolicyDocument, type Warning } from '../model/index.js';
import { comparePair } from './analyze-pair.js';
import type { Segmenter } from '../segment/index.js';
import type { Tokenize } from './metric.js';
import { resolveAnalyzeOptions, type AnalyzeOptions } from './options.js';

/**
 * Gap analysis of a chain of documents, highest level first (province, city, county): aligns every
 * adjacent pair (plus skip-level links for lower tasks the middle level lacks), pairs the targets inside
 * aligned tasks and classifies what happened to each. Pure and deterministic. Documents whose inferred
 * levels contradict the given order are analysed in level order (warning `level-order`) unless `keepOrder`.
 */
export function analyzeCascade(given: readonly PolicyDocument[], options?: AnalyzeOptions): GapReport {
  assertDocuments(given);
  const opts = resolveAnalyzeOptions(options);
  const { docs, warning } = opts.keepOrder ? { docs: [...given], warning: undefined } : inLevelOrder(given);
  if (docs.length < 2) {
    throw new PolicyCascadeError(ERROR_CODES.USAGE, `analyzeCascade needs at least two documents (highest level first), got ${docs.length}`, {
      messageZh: `分析至少需要两份文件（按层级从高到低排列），实际为 ${docs.length} 份`,
    });
  }
  const tokenize = memoisedTokenizer(segmenterFor(opts.align ?? {}));
  const cascade = alignCascade(docs, opts.align);
  const pairs = cascade.pairs.map((p) =>
    comparePair(
      { parent: docs[p.parentIndex]!, child: docs[p.childIndex]!, parentIndex: p.parentIndex, childIndex: p.childIndex, skipLevel: p.skipLevel, alignment: p.alignment },
      {
        ...(opts.referenceShare === undefined ? {} : { referenceShare: opts.referenceShare }),
        tolerance: opts.tolerance,
        metricThreshold: opts.metricThreshold,
        deferralThreshold: opts.deferralThreshold,
        tokenize,
      },
    ),
  );
  // adjacent pairs first (top down), then the skip-level pairs, as alignCascade returns them
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [...docs],
    levels: docs.map(documentRef),
    pairs,
    warnings: collectWarnings(docs, warning, pairs.map((p) => ({ warnings: p.warnings, label: `${sourceName(docs[p.childIndex]!, p.childIndex)} → ${sourceName(docs[p.parentIndex]!, p.parentIndex)}` }))),
  };
}

// Metric phrases repeat across candidate pairs and across calls (a report generator analysing the same
// chain again, a batch against one parent): each segmenter cuts each distinct phrase once. Bounded per
// segmenter so a long-running process stays flat; the tokens are never mutated.
const TOKEN_MEMO_LIMIT = 20_000;
const tokenMemos = new WeakMap<Segmenter, Map<string, readonly string[]>>();

function memoisedTokenizer(segmenter: Segmenter): Tokenize {
  let memo = tokenMemos.get(segmenter);
  if (!memo) tokenMemos.set(segmenter, (memo = new Map()));
  const cache = memo;
  return (text) => {
    let tokens = cache.get(text);
    if (!tokens) {
      tokens = segmenter.cut(text);
      if (cache.size >= TOKEN_MEMO_LIMIT) cache.clear();
      cache.set(text, tokens);
    }
    return tokens;
  };
}

/** Name used in warning `source`: the file name, else the title, else the position. */
function sourceName(doc: PolicyDocument, index: number): string {
  return doc.name ?? (doc.title || `document ${index + 1}`);
}

function collectWarnings(docs: readonly PolicyDocument[], order: Warning | undefined, alignments: ReadonlyArray<{ warnings: readonly Warning[]; label: string }>): Warning[] {
  const out: Warning[] = order ? [order] : [];
  docs.forEach((doc, i) => {
    for (const w of doc.warnings) out.push({ ...w, source: w.source ?? sourceName(doc, i) });
  });
  for (const a of alignments) for (const w of a.warnings) out.push({ ...w, source: w.source ?? a.label });
  return out;
}

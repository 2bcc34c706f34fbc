import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeCascade } from '../compare/index.js';
import { readInputFile, writeFileAtomic } from '../io/index.js';
import type { Change, GapReport, PolicyDocument } from '../model/index.js';
import { readDocument } from '../parse/index.js';
import { renderJson, renderReport } from '../report/index.js';
import type { BatchDocumentRef, BatchJob } from './plan.js';

/** What a worker needs to run one job (plain data: it crosses a thread boundary). */
export interface BatchTask {
  job: BatchJob;
  /** Absolute path of the report to write. */
  output: string;
  format: string;
  lang?: 'zh' | 'en';
}

// One NDJSON line and its counts: defined with zod in the model (the schema `policy-cascade schema batch` prints).
export type { BatchCounts, BatchResult } from '../model/index.js';
import type { BatchCounts, BatchResult } from '../model/index.js';

/**
 * Parsed parents, keyed by path, size and modification time: a worker parses each parent once however many
 * children it analyses. Bounded, oldest evicted first.
 */
export class ParsedDocumentCache {
  private readonly entries = new Map<string, Promise<PolicyDocument>>();
  constructor(private readonly capacity = 32) {}

  get(ref: BatchDocumentRef): Promise<PolicyDocument> {
    const st = statSync(ref.file);
    const key = `${ref.file}\0${st.size}\0${st.mtimeMs}\0${ref.level ?? ''}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const doc = parseRef(ref);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, doc);
    return doc;
  }
}

/** Read (any format: text, HTML, Word, PDF) and parse one document of a chain. */
async function parseRef(ref: BatchDocumentRef): Promise<PolicyDocument> {
  return readDocument(readInputFile(ref.file), { name: basename(ref.file), ...(ref.level ? { level: ref.level } : {}) });
}

function countsOf(report: GapReport): BatchCounts {
  const last = report.documents.length - 1;
  const pair = report.pairs.find((p) => p.childIndex === last && p.parentIndex === last - 1) ?? report.pairs[report.pairs.length - 1];
  const s = pair?.summary;
  const targets: Partial<Record<Change, number>> = {};
  for (const [k, v] of Object.entries(s?.targets ?? {})) if (v) targets[k as Change] = v;
  return {
    levels: report.documents.length,
    tasks: s?.tasks.child ?? report.documents[last]?.tasks.length ?? 0,
    parentTasks: s?.tasks.parent ?? 0,
    linked: s?.tasks.linked ?? 0,
    dropped: s?.tasks.dropped ?? 0,
    added: s?.tasks.added ?? 0,
    targets,
    warnings: report.warnings.length + report.documents.reduce((a, d) => a + d.warnings.length, 0),
  };
}

function errorOf(e: unknown): NonNullable<BatchResult['error']> {
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'internal';
  const message = e instanceof Error ? e.message : String(e);
  const zh = (e as { messageZh?: unknown })?.messageZh;
  return { code, message: message.split('\n', 1)[0] ?? '', ...(typeof zh === 'string' ? { messageZh: zh.split('\n', 1)[0] ?? '' } : {}) };
}

/**
 * Run one analysis: parse the chain (parents from the cache), analyse, render, write the report atomically.
 * Never throws: a failure comes back as a `failed` result.
 */
export async function runBatchTask(task: BatchTask, cache: ParsedDocumentCache): Promise<BatchResult> {
  const t0 = performance.now();
  const { job } = task;
  const file = job.chain[job.chain.length - 1]?.file ?? '';
  const ms = (): number => Math.round((performance.now() - t0) * 10) / 10;
  if (job.problem) return { id: job.id, file, status: 'failed', ms: ms(), error: job.problem };
  try {
    const docs = await Promise.all(job.chain.map((ref, i) => (i < job.chain.length - 1 ? cache.get(ref) : parseRef(ref))));
    const report = await analyzeCascade(docs, job.referenceShare !== undefined ? { referenceShare: job.referenceShare } : {});
    // JSON skips re-validating a report analyzeCascade has just built (same bytes, a fraction of the cost)
    const content =
      task.format === 'json' ? renderJson(report, { validate: false }) : await renderReport(report, task.format, { lang: task.lang ?? 'zh' });
    writeFileAtomic(task.output, content);
    return { id: job.id, file, status: 'ok', output: task.output, ms: ms(), counts: countsOf(report) };
  } catch (e) {
    return { id: job.id, file, status: 'failed', ms: ms(), error: errorOf(e) };
  }
}

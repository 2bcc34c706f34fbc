import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { LevelSchema } from '../model/index.js';

/**
 * A batch manifest: the documents and who is whose parent. Paths are relative to the manifest. A document's
 * parent chain (parent, grandparent, …) gives the levels of its analysis, highest first. Documents without a
 * parent are roots: they are read as parents but not analysed themselves. Unknown keys are allowed (the
 * bundled data/manifest.json carries descriptions).
 */
export const BatchManifestSchema = z.looseObject({
  documents: z
    .array(
      z.looseObject({
        /** Path of the document, relative to the manifest. */
        file: z.string().min(1),
        /** Parent: another entry's id or file, or a path relative to the manifest. */
        parent: z.string().min(1).optional(),
        /** Name of the output (default: the file path without its extension). */
        id: z.string().min(1).optional(),
        /** Override the inferred administrative level. */
        level: LevelSchema.optional(),
        /** The child's reference share of the parent's extensive targets (e.g. its population share). */
        referenceShare: z.number().positive().optional(),
      }),
    )
    .min(1),
});
export type BatchManifest = z.infer<typeof BatchManifestSchema>;

/** One document of a chain, as a worker reads it. */
export interface BatchDocumentRef {
  /** Absolute path. */
  file: string;
  level?: z.infer<typeof LevelSchema>;
}

/** One analysis to run: a document against its ancestors. */
export interface BatchJob {
  id: string;
  /** Highest level first; the analysed document last. */
  chain: BatchDocumentRef[];
  referenceShare?: number;
  /** Set when the job cannot run (a parent missing, a cycle): reported as failed without running. */
  problem?: { code: string; message: string };
}

export interface BatchPlan {
  /** The manifest file or the directory the plan came from. */
  source: string;
  jobs: BatchJob[];
}

export interface PlanOptions {
  /** Keep at most this many levels above each document (default: the whole chain). */
  maxDepth?: number;
  /** Run only shard `index` (1-based) of `count`: jobs whose position in id order ≡ index-1 mod count. */
  shard?: { index: number; count: number };
}

/** Separator of the directory naming rule: `city--county.txt` is the child `county` of `city.txt`. */
export const PARENT_SEPARATOR = '--';

function invalid(message: string, file: string): PolicyCascadeError {
  return new PolicyCascadeError(ERROR_CODES.INVALID_MANIFEST, message, { file, messageZh: `批处理清单无效：${message}` });
}

/** A file-name-safe id: path separators and reserved characters become `_`. */
export function safeId(id: string): string {
  return id.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^\.+/, '_');
}

function stripExt(path: string): string {
  const ext = extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

/** Read a manifest (file) or scan a directory (naming rule) into the list of analyses to run. */
export function planBatch(input: string, options: PlanOptions = {}): BatchPlan {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new PolicyCascadeError(ERROR_CODES.FILE_NOT_FOUND, `not found: ${input}`, { file: input, messageZh: `找不到：${input}` });
  }
  const plan = stat.isDirectory() ? planDirectory(input, options) : planManifest(input, options);
  return { source: input, jobs: selectShard(plan, options.shard) };
}

function selectShard(jobs: BatchJob[], shard: PlanOptions['shard']): BatchJob[] {
  const sorted = jobs.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!shard) return sorted;
  const { index, count } = shard;
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 1 || index > count) {
    throw new PolicyCascadeError(ERROR_CODES.USAGE, `invalid shard ${index}/${count}: use i/n with 1 ≤ i ≤ n`, {
      messageZh: `分片 ${index}/${count} 无效：应为 i/n，且 1 ≤ i ≤ n`,
    });
  }
  return sorted.filter((_, i) => i % count === index - 1);
}

function trimChain(chain: BatchDocumentRef[], maxDepth: number | undefined): BatchDocumentRef[] {
  return maxDepth !== undefined && maxDepth >= 1 ? chain.slice(Math.max(0, chain.length - 1 - maxDepth)) : chain;
}

function planManifest(file: string, options: PlanOptions): BatchJob[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw invalid(`${file} is not valid JSON (${(e as Error).message})`, file);
  }
  const parsed = BatchManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(), file);
  }
  const base = dirname(resolve(file));
  const entries = parsed.data.documents;
  const byKey = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    byKey.set(e.file, e);
    if (e.id) byKey.set(e.id, e);
  }
  const ids = new Set<string>();
  const jobs: BatchJob[] = [];
  for (const entry of entries) {
    if (!entry.parent) continue;
    const id = safeId(entry.id ?? stripExt(entry.file));
    if (ids.has(id)) throw invalid(`two documents share the output id "${id}"`, file);
    ids.add(id);
    const chain: BatchDocumentRef[] = [{ file: resolve(base, entry.file), level: entry.level }];
    let problem: BatchJob['problem'];
    const seen = new Set<string>([entry.file]);
    for (let parent: string | undefined = entry.parent; parent; ) {
      const known = byKey.get(parent);
      if (known) {
        if (seen.has(known.file)) {
          problem = { code: ERROR_CODES.INVALID_MANIFEST, message: `parent cycle through ${known.file}` };
          break;
        }
        seen.add(known.file);
        chain.unshift({ file: resolve(base, known.file), level: known.level });
        parent = known.parent;
      } else {
        chain.unshift({ file: resolve(base, parent) }); // a parent file not listed as a document: a root
        parent = undefined;
      }
    }
    jobs.push({ id, chain: trimChain(chain, options.maxDepth), referenceShare: entry.referenceShare, problem });
  }
  if (jobs.length === 0) throw invalid(`${file}: no document names a parent, so there is nothing to analyse`, file);
  return jobs;
}

/** Extensions of the documents the directory rule picks up, in order of preference when two share a name. */
const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.doc', '.html', '.htm', '.pdf'];

/**
 * Directory rule: every document (`*.txt`, `.docx`, `.doc`, `.html`, `.htm`, `.pdf`) is a document; `A--B.txt`
 * is the child `B` of `A.*`, and `A--B--C.txt` the child of `A--B.*` (so its analysis runs A → A--B →
 * A--B--C). Files without `--` are roots.
 */
function planDirectory(dir: string, options: PlanOptions): BatchJob[] {
  const root = resolve(dir);
  // document name (without extension) → file name, the preferred extension first
  const byName = new Map<string, string>();
  const entries = readdirSync(root).filter((f) => !f.startsWith('.') && DOCUMENT_EXTENSIONS.includes(extname(f).toLowerCase()));
  entries.sort((a, b) => DOCUMENT_EXTENSIONS.indexOf(extname(a).toLowerCase()) - DOCUMENT_EXTENSIONS.indexOf(extname(b).toLowerCase()) || (a < b ? -1 : 1));
  for (const f of entries) if (!byName.has(stripExt(f))) byName.set(stripExt(f), f);
  const jobs: BatchJob[] = [];
  for (const [name, f] of byName) {
    const parts = name.split(PARENT_SEPARATOR);
    if (parts.length < 2) continue;
    const chain: BatchDocumentRef[] = [];
    let problem: BatchJob['problem'];
    for (let k = 1; k <= parts.length; k++) {
      const parentName = parts.slice(0, k).join(PARENT_SEPARATOR);
      const found = byName.get(parentName);
      if (!found) {
        problem = { code: ERROR_CODES.FILE_NOT_FOUND, message: `parent file not found: ${parentName}.txt (or .docx, .doc, .html, .htm, .pdf)` };
        break;
      }
      chain.push({ file: join(root, found) });
    }
    jobs.push({ id: safeId(name), chain: problem ? [{ file: join(root, f) }] : trimChain(chain, options.maxDepth), problem });
  }
  if (jobs.length === 0) {
    throw invalid(`${dir}: no file follows the naming rule <parent>${PARENT_SEPARATOR}<child>.txt`, dir);
  }
  return jobs;
}

/** Output path of a job's report. */
export function outputPath(outDir: string, id: string, format: string): string {
  return join(outDir, `${basename(id)}.${format}`);
}

// Test helpers for the alignment tests: synthetic documents, the team's labels, scoring, a baseline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import stringSimilarity from 'string-similarity';
import type { PolicyDocument, Task } from '../src/model/index.js';

export const LABELS_DIR = resolve(__dirname, 'fixtures/labels');

export interface TaskSpec {
  /** Heading (first sentence, without 。). */
  heading: string;
  /** Body after the heading (optional: heading-only when absent). */
  body?: string;
  section?: string;
  units?: string[];
  id?: string;
}

/** Build a PolicyDocument from task specs (spans are synthetic but consistent). */
export function makeDoc(specs: TaskSpec[], meta: Partial<PolicyDocument> = {}): PolicyDocument {
  let source = '';
  const tasks: Task[] = specs.map((s, index) => {
    const heading = s.heading;
    const text = s.body ? `${heading}。${s.body}` : heading;
    const start = source.length;
    source += `${index + 1}.${text}\n`;
    return {
      id: s.id ?? String(index + 1),
      index,
      sectionPath: [s.section ?? '一'],
      heading,
      text,
      leadUnits: s.units ?? [],
      supportUnits: [],
      span: { start, end: source.length - 1 },
      headingSpan: { start: start + 2, end: start + 2 + heading.length },
      targets: [],
    };
  });
  const sectionIds = [...new Set(tasks.map((t) => t.sectionPath[0]!))];
  return {
    title: meta.title ?? 'synthetic',
    level: meta.level ?? 'unknown',
    genre: meta.genre ?? 'task-list',
    sections: sectionIds.map((id) => ({
      id,
      path: [id],
      title: meta.sections?.find((s) => s.id === id)?.title ?? `part ${id}`,
      span: { start: 0, end: 0 },
      taskIds: tasks.filter((t) => t.sectionPath[0] === id).map((t) => t.id),
    })),
    tasks,
    warnings: [],
    source,
    ...meta,
  } as PolicyDocument;
}

export interface LabelFile {
  links: Record<string, { parents: string[]; acceptable?: string[] }>;
  droppedParents: string[];
  droppedParentSections?: string[];
}

/**
 * city-province: the team's labels (the aligner was partly tuned on them); city-province-b: a second
 * annotator's, made blind; city-province-adjudicated: the two reconciled (see each file's note).
 */
export type LabelName = 'county-city' | 'city-province' | 'city-province-b' | 'city-province-adjudicated';

export function loadLabels(name: LabelName): LabelFile {
  return JSON.parse(readFileSync(resolve(LABELS_DIR, `${name}.json`), 'utf8')) as LabelFile;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

/**
 * Pair-level precision / recall: each (child, parent) pair predicted is correct when the labels list
 * the parent as required or acceptable; recall counts the required pairs found.
 */
export function scoreLinks(predicted: { child: string; parents: string[] }[], labels: LabelFile): Scores {
  let tp = 0;
  let fp = 0;
  let found = 0;
  let required = 0;
  const errors: string[] = [];
  const predictedPairs = new Set<string>();
  for (const l of predicted) {
    const gold = labels.links[l.child];
    for (const p of l.parents) {
      predictedPairs.add(`${l.child}>${p}`);
      if (gold && (gold.parents.includes(p) || gold.acceptable?.includes(p))) tp++;
      else {
        fp++;
        errors.push(`FP ${l.child}->${p}`);
      }
    }
  }
  for (const [child, gold] of Object.entries(labels.links)) {
    for (const p of gold.parents) {
      required++;
      if (predictedPairs.has(`${child}>${p}`)) found++;
      else errors.push(`FN ${child}->${p}`);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = required === 0 ? 1 : found / required;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn: required - found, precision, recall, f1, errors };
}

/**
 * Labels of a direct lower → upper pair (county → province) composed from two adjacent ones (county → city,
 * city → province): a county task implements the province tasks its city tasks implement.
 */
export function chainLabels(lower: LabelFile, upper: LabelFile): LabelFile {
  const links: LabelFile['links'] = {};
  const via = (ids: readonly string[], field: 'parents' | 'acceptable'): string[] =>
    [...new Set(ids.flatMap((p) => upper.links[p]?.[field] ?? []))];
  for (const [child, l] of Object.entries(lower.links)) {
    const all = [...l.parents, ...(l.acceptable ?? [])];
    links[child] = { parents: via(l.parents, 'parents'), acceptable: [...new Set([...via(all, 'parents'), ...via(l.parents, 'acceptable')])] };
  }
  return { links, droppedParents: [] };
}

/** The obvious baseline: for each child, the parent whose heading is most similar (Dice), if above a cut-off. */
export function baselineLinks(child: PolicyDocument, parent: PolicyDocument, cutoff: number): { child: string; parents: string[] }[] {
  const out: { child: string; parents: string[] }[] = [];
  for (const c of child.tasks) {
    let best = -1;
    let bestId = '';
    for (const p of parent.tasks) {
      const s = stringSimilarity.compareTwoStrings(c.heading, p.heading);
      if (s > best) [best, bestId] = [s, p.id];
    }
    if (best >= cutoff) out.push({ child: c.id, parents: [bestId] });
  }
  return out;
}

/** The baseline at its best cut-off on these labels (generous to the baseline). */
export function bestBaseline(child: PolicyDocument, parent: PolicyDocument, labels: LabelFile): Scores & { cutoff: number } {
  let best: (Scores & { cutoff: number }) | undefined;
  for (const cutoff of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const s = { ...scoreLinks(baselineLinks(child, parent, cutoff), labels), cutoff };
    if (!best || s.f1 > best.f1) best = s;
  }
  return best!;
}

export const fmt = (s: Scores): string =>
  `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

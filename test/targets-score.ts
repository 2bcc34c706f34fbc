import { parseDocument } from '../src/parse/index.js';
import { extractTargets } from '../src/targets/index.js';
import type { Target } from '../src/model/index.js';
import { readData, type FILES } from './helpers/data.js';

/**
 * Scoring of target extraction against hand labels, shared by the dev-gold and holdout tests.
 *
 * Matching: a predicted target matches a required (`t`) label with the same unit and value (relative
 * ±1e-9); `opt` labels neither count for nor against; any other prediction in a labelled task is a false
 * positive; predicting a `not` label is a failure on its own.
 */

export type RequiredLabel = [number, string, string, string];
export type LooseLabel = [number, string];
export interface TaskLabels {
  t: RequiredLabel[];
  opt?: LooseLabel[];
  not?: LooseLabel[];
}
export interface TextLabels extends TaskLabels {
  text: string;
  /** The year of the document the paragraph comes from, passed to extractTargets when given. */
  referenceYear?: number;
}
export interface LabelFile {
  doc: Record<string, Record<string, TaskLabels>>;
  /** Free-standing paragraphs, scored through extractTargets directly. */
  texts?: Record<string, TextLabels>;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  comparatorRight: number;
  forbidden: string[];
  details: string[];
}

export interface Figures {
  precision: number;
  recall: number;
  comparator: number;
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** A `not` label names a value and something unit-like (G of 5G, 级 of 二级, 年 of 2023年). */
function hitsForbidden(t: Target, [value, unitlike]: LooseLabel): boolean {
  return sameValue(t.value, value) && (t.unit === unitlike || t.rawUnit.includes(unitlike));
}

function emptyScore(): Score {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, comparatorRight: 0, forbidden: [], details: [] };
}

/** Score one labelled task's predictions into `score`. */
function scoreTask(score: Score, where: string, predicted: readonly Target[], task: TaskLabels): void {
  const used = new Set<Target>();
  for (const [value, unit, comparator, metric] of task.t) {
    const hit = predicted.find((p) => !used.has(p) && p.unit === unit && sameValue(p.value, value));
    if (!hit) {
      score.falseNegatives++;
      score.details.push(`FN ${where} ${value} ${unit} ${metric}`);
      continue;
    }
    used.add(hit);
    score.truePositives++;
    if (hit.comparator === comparator) score.comparatorRight++;
    else score.details.push(`CMP ${where} ${value} ${unit}: ${hit.comparator} ≠ ${comparator}`);
  }
  for (const p of predicted) {
    if (used.has(p)) continue;
    for (const not of task.not ?? []) {
      if (hitsForbidden(p, not)) score.forbidden.push(`${where} ${p.value} ${p.rawUnit} «${p.text}»`);
    }
    const optional = (task.opt ?? []).some(([v, u]) => p.unit === u && sameValue(p.value, v));
    if (!optional) {
      score.falsePositives++;
      score.details.push(`FP ${where} ${p.value} ${p.unit} «${p.text}»`);
    }
  }
}

/** Labelled tasks of bundled documents, read through parseDocument. */
export function scoreLabels(labels: LabelFile, files: Record<string, keyof typeof FILES>): Score {
  const score = emptyScore();
  for (const [docKey, tasks] of Object.entries(labels.doc)) {
    const file = files[docKey];
    if (!file) throw new Error(`no file for labelled document ${docKey}`);
    const doc = parseDocument(readData(file), { name: docKey });
    for (const [taskId, task] of Object.entries(tasks)) {
      // `goals`: the labels of the document's goals section (主要目标), which is not a task
      const predicted = taskId === 'goals' ? doc.goals : doc.tasks.find((x) => x.id === taskId)?.targets;
      if (!predicted) throw new Error(`${docKey} task ${taskId} not parsed`);
      scoreTask(score, `${docKey}#${taskId}`, predicted, task);
    }
  }
  return score;
}

/** Labelled free-standing paragraphs, read through extractTargets. */
export function scoreTexts(texts: Record<string, TextLabels>): Score {
  const score = emptyScore();
  for (const [id, task] of Object.entries(texts)) {
    const options = task.referenceYear !== undefined ? { referenceYear: task.referenceYear } : {};
    scoreTask(score, id, extractTargets(task.text, options), task);
  }
  return score;
}

export function figuresOf(s: Score): Figures {
  return {
    precision: s.truePositives / Math.max(1, s.truePositives + s.falsePositives),
    recall: s.truePositives / Math.max(1, s.truePositives + s.falseNegatives),
    comparator: s.comparatorRight / Math.max(1, s.truePositives),
  };
}

export function describeScore(name: string, s: Score): string {
  const f = figuresOf(s);
  return (
    `${name}: precision ${f.precision.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falsePositives}), ` +
    `recall ${f.recall.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falseNegatives}), ` +
    `comparator ${f.comparator.toFixed(3)} (${s.comparatorRight}/${s.truePositives}), forbidden ${s.forbidden.length}` +
    s.details.map((d) => `\n  ${d}`).join('') +
    s.forbidden.map((d) => `\n  FORBIDDEN ${d}`).join('')
  );
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import type { Target } from '../src/model/index.js';
import { GOLD_DIR, readData } from './helpers/data.js';

/**
 * Precision, recall and comparator accuracy of target extraction against the development labels
 * (test/fixtures/dev-gold/targets.json), measured through the real pipeline: parseDocument reads the
 * task list and extracts each task's targets.
 *
 * Matching: a predicted target matches a required (`t`) label with the same unit and value (relative
 * ±1e-9); `opt` labels neither count for nor against; any other prediction in a labelled task is a false
 * positive; predicting a `not` label is a failure on its own.
 */

type Required = [number, string, string, string];
type Loose = [number, string];
interface TaskLabels {
  t: Required[];
  opt?: Loose[];
  not?: Loose[];
}
interface GoldFile {
  doc: Record<string, Record<string, TaskLabels>>;
}

const DOC_FILES: Record<string, 'city' | 'county'> = {
  'city-liaocheng': 'city',
  'county-guanxian': 'county',
};

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** A `not` label names a value and something unit-like (G of 5G, 级 of 二级, 年 of 2023年). */
function hitsForbidden(t: Target, [value, unitlike]: Loose): boolean {
  return sameValue(t.value, value) && (t.unit === unitlike || t.rawUnit.includes(unitlike));
}

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  comparatorRight: number;
  forbidden: string[];
  details: string[];
}

function scoreAll(): Score {
  const gold = JSON.parse(readFileSync(resolve(GOLD_DIR, 'targets.json'), 'utf8')) as GoldFile;
  const score: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, comparatorRight: 0, forbidden: [], details: [] };
  for (const [docKey, tasks] of Object.entries(gold.doc)) {
    const file = DOC_FILES[docKey];
    if (!file) throw new Error(`no file for gold document ${docKey}`);
    const doc = parseDocument(readData(file), { name: docKey });
    for (const [taskId, labels] of Object.entries(tasks)) {
      const task = doc.tasks.find((x) => x.id === taskId);
      if (!task) throw new Error(`${docKey} task ${taskId} not parsed`);
      const predicted = [...task.targets];
      const used = new Set<Target>();
      for (const [value, unit, comparator, metric] of labels.t) {
        const hit = predicted.find((p) => !used.has(p) && p.unit === unit && sameValue(p.value, value));
        if (!hit) {
          score.falseNegatives++;
          score.details.push(`FN ${docKey}#${taskId} ${value} ${unit} ${metric}`);
          continue;
        }
        used.add(hit);
        score.truePositives++;
        if (hit.comparator === comparator) score.comparatorRight++;
        else score.details.push(`CMP ${docKey}#${taskId} ${value} ${unit}: ${hit.comparator} ≠ ${comparator}`);
      }
      for (const p of predicted) {
        if (used.has(p)) continue;
        for (const not of labels.not ?? []) {
          if (hitsForbidden(p, not)) score.forbidden.push(`${docKey}#${taskId} ${p.value} ${p.rawUnit} «${p.text}»`);
        }
        const optional = (labels.opt ?? []).some(([v, u]) => p.unit === u && sameValue(p.value, v));
        if (!optional) {
          score.falsePositives++;
          score.details.push(`FP ${docKey}#${taskId} ${p.value} ${p.unit} «${p.text}»`);
        }
      }
    }
  }
  return score;
}

describe('target extraction on the development labels', () => {
  it('reaches precision ≥ 0.95, recall ≥ 0.95, comparator accuracy ≥ 0.90, with no forbidden target', () => {
    const s = scoreAll();
    const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
    const recall = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
    const comparator = s.comparatorRight / Math.max(1, s.truePositives);
    console.log(
      `targets dev-gold: precision ${precision.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falsePositives}), ` +
        `recall ${recall.toFixed(3)} (${s.truePositives}/${s.truePositives + s.falseNegatives}), ` +
        `comparator ${comparator.toFixed(3)} (${s.comparatorRight}/${s.truePositives}), forbidden ${s.forbidden.length}`,
    );
    for (const d of s.details) console.log(`  ${d}`);
    expect(s.forbidden).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(comparator).toBeGreaterThanOrEqual(0.9);
  });
});

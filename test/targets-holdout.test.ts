import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeScore, figuresOf, scoreLabels, scoreTexts, type LabelFile, type TextLabels } from './targets-score.js';

/**
 * Target extraction on held-out labels (test/fixtures/labels/targets-holdout.json), labelled blind:
 * - doc: tasks of the bundled documents not in the dev gold, chosen by a fixed rule (id ≡ 2 mod 5 in the
 *   city list, ≡ 3 mod 5 in the county list, every task of the plan);
 * - texts: paragraphs in other regions' wording that the extractor was not developed on (u*: labelled
 *   before any rule change; v*: written after, to check the changes generalise).
 * The thresholds sit a little under the measured figures so a regression fails the suite.
 *
 * Measured (see the report of the targets QA pass):
 *   doc      precision 1.000 (62/62), recall 1.000 (62/62), comparator 1.000 (62/62)
 *   texts u  before the QA changes 0.953 / 0.971 / 0.980 with 5 forbidden (past states); after 1.000 / 1.000 / 1.000
 *   texts v  0.971 / 1.000 / 1.000 — both misses are v25, last year's figures with no reference year given
 *   texts w  before its two rules 1.000 / 0.949 / 1.000; after 1.000 / 1.000 / 1.000
 */

const labels = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/labels/targets-holdout.json'), 'utf8')) as LabelFile;

/** Paragraphs whose errors are a documented limit, not a regression (see the fixture's noteTexts). */
const KNOWN_LIMITS = new Set(['v25']);

function subset(prefix: string): Record<string, TextLabels> {
  return Object.fromEntries(Object.entries(labels.texts ?? {}).filter(([id]) => id.startsWith(prefix)));
}

describe('target extraction on the holdout labels', () => {
  it('holds on held-out tasks of the bundled documents, with no forbidden target', () => {
    const score = scoreLabels(labels, { city: 'city', county: 'county', plan: 'plan' });
    const f = figuresOf(score);
    console.log(describeScore('targets holdout (bundled documents)', score));
    expect(score.forbidden).toEqual([]);
    expect(f.precision).toBeGreaterThanOrEqual(0.97);
    expect(f.recall).toBeGreaterThanOrEqual(0.97);
    expect(f.comparator).toBeGreaterThanOrEqual(0.95);
  });

  it('holds on paragraphs in other wording (u, w: drove rules; v: written after them)', () => {
    const all = scoreTexts(labels.texts ?? {});
    const f = figuresOf(all);
    console.log(describeScore('targets holdout (texts, all)', all));
    for (const prefix of ['u', 'v', 'w']) {
      const part = scoreTexts(subset(prefix));
      const p = figuresOf(part);
      console.log(
        `targets holdout (texts ${prefix}*): precision ${p.precision.toFixed(3)}, recall ${p.recall.toFixed(3)}, comparator ${p.comparator.toFixed(3)}`,
      );
    }
    expect(all.forbidden.filter((line) => !KNOWN_LIMITS.has(line.split(' ')[0]!))).toEqual([]);
    expect(f.precision).toBeGreaterThanOrEqual(0.97);
    expect(f.recall).toBeGreaterThanOrEqual(0.97);
    expect(f.comparator).toBeGreaterThanOrEqual(0.95);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD_DIR } from './helpers/data.js';
import { describeScore, figuresOf, scoreLabels, type LabelFile } from './targets-score.js';

/**
 * Precision, recall and comparator accuracy of target extraction against the development labels
 * (test/fixtures/dev-gold/targets.json), measured through the real pipeline: parseDocument reads the
 * task list and extracts each task's targets. Matching rules: test/targets-score.ts.
 */

describe('target extraction on the development labels', () => {
  it('reaches precision ≥ 0.95, recall ≥ 0.95, comparator accuracy ≥ 0.90, with no forbidden target', () => {
    const gold = JSON.parse(readFileSync(resolve(GOLD_DIR, 'targets.json'), 'utf8')) as LabelFile;
    const s = scoreLabels(gold, { 'city-liaocheng': 'city', 'county-guanxian': 'county' });
    const f = figuresOf(s);
    console.log(describeScore('targets dev-gold', s));
    expect(s.forbidden).toEqual([]);
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
    expect(f.comparator).toBeGreaterThanOrEqual(0.9);
  });
});

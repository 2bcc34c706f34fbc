import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../src/align/index.js';
import type { PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { createJiebaSegmenter } from '../src/segment/index.js';
import { GENERIC_POLICY_WORDS } from '../src/vocabulary/index.js';
import { CORPUS_GROUPS, CORPUS_TERMS } from '../src/vocabulary/index.js';
import { deriveSeed, generateChildList, scoreSyntheticAlignment, sumScores, type SetScore } from '../src/synthetic/index.js';
import { readData } from './helpers/data.js';
import { UNSEEN_LEADS, UNSEEN_NOUNS, rewordUnseen } from './synthetic/unseen-vocabulary.js';

// Synthetic county lists whose every heading is reworded with words the aligner does not hold: the links
// must then come from the bodies, lead units and order, not from a table that knows the rewording.
const N = 12;
const SEED = 20231104;

describe('synthetic rewording with vocabulary the aligner does not hold', () => {
  it('uses words in none of the aligner tables (generic words, corpus terms, related-term groups)', () => {
    const held = new Set([...GENERIC_POLICY_WORDS, ...CORPUS_TERMS.split(' '), ...CORPUS_GROUPS.split(/[ |]/)]);
    const seg = createJiebaSegmenter();
    for (const phrase of [...UNSEEN_LEADS, ...UNSEEN_NOUNS.map(([, to]) => to)]) {
      expect(held.has(phrase), phrase).toBe(false);
      for (const token of seg.cut(phrase)) if (token.length >= 2) expect(held.has(token), `${phrase}: ${token}`).toBe(false);
    }
  });

  const city: PolicyDocument = parseDocument(readData('city'), { name: 'city.txt' });
  // the city's interpretation lists the same tasks (same ids) as headings only
  const cityReading: PolicyDocument = parseDocument(readData('cityReading'), { name: 'city-reading.txt' });

  it.each([
    ['the city list', city, 0.95, 0.9],
    ['the city interpretation (headings only)', cityReading, 0.9, 0.85],
  ] as const)('still links the reworded tasks to their parents in %s', (_, parent, minP, minR) => {
    const scores: SetScore[] = [];
    const reworded: { expected: number; found: number } = { expected: 0, found: 0 };
    for (let i = 1; i <= N; i++) {
      const { text, truth } = generateChildList(city, { seed: deriveSeed(SEED, i), rates: { reword: 1 }, rewordHeading: rewordUnseen });
      const child = parseDocument(text, { name: `unseen-${i}.txt` });
      const alignment = alignDocuments(child, parent);
      scores.push(scoreSyntheticAlignment(truth, alignment).links);
      const predicted = new Set(alignment.links.flatMap((l) => l.parents.map((p) => `${l.child}>${p}`)));
      for (const l of truth.links.filter((x) => x.relation === 'reworded'))
        for (const p of l.parents) {
          reworded.expected++;
          if (predicted.has(`${l.child}>${p}`)) reworded.found++;
        }
    }
    const links = sumScores(scores);
    console.log(
      `unseen rewording, ${N} county lists against ${_}: links P ${links.precision.toFixed(3)} R ${links.recall.toFixed(3)}; ` +
        `reworded tasks found ${reworded.found}/${reworded.expected}`,
    );
    expect(reworded.expected).toBeGreaterThan(N * 50);
    expect(links.precision).toBeGreaterThanOrEqual(minP);
    expect(links.recall).toBeGreaterThanOrEqual(minR);
  }, 120_000);
});

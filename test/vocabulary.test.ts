import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_GROUPS, CORPUS_TERMS } from '../src/vocabulary/index.js';
// @ts-expect-error: a plain .mjs tool without declarations
import { DEFAULT_CORPUS, TABLE_FILE, deriveVocabulary } from './tools/derive-vocabulary.mjs';
import { readData, FILES } from './helpers/data.js';

const corpusPresent = existsSync(DEFAULT_CORPUS);

describe('the vocabulary tables derived from the Government Work Reports', () => {
  it.skipIf(!corpusPresent)('are what test/tools/derive-vocabulary.mjs derives from ../shared/corpora, byte for byte', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(deriveVocabulary(DEFAULT_CORPUS));
  }, 180_000);

  it('hold terms and numbers only: no member of one character, no running text', () => {
    const terms = CORPUS_TERMS.split(' ');
    const groups = CORPUS_GROUPS.split('|').map((g) => g.split(' '));
    for (const t of terms) expect(t).toMatch(/^[\u4e00-\u9fff]{3,6}$/u);
    for (const g of groups) {
      expect(g.length).toBeGreaterThanOrEqual(2);
      for (const w of g) expect(w).toMatch(/^[\u4e00-\u9fff]{2,}$/u);
    }
  });

  it('were not read off the bundled documents: most of their terms occur in none of them', () => {
    const bundled = (Object.keys(FILES) as (keyof typeof FILES)[]).map((k) => readData(k)).join('\n');
    const words = [...CORPUS_TERMS.split(' '), ...CORPUS_GROUPS.split(/[ |]/)];
    const inBundled = words.filter((w) => bundled.includes(w)).length;
    // the opposite of the word lists they replace (203 of 208, 184 of 192 taken from those documents)
    expect(inBundled / words.length).toBeLessThan(0.5);
  });
});

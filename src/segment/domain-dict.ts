import { CORPUS_TERMS } from '../vocabulary/index.js';

/**
 * Policy terms the general jieba dictionary splits apart (可再生能源, 专精特新), loaded into the segmenter so
 * that each counts as one shared term. Derived from the national Government Work Reports by
 * test/tools/derive-vocabulary.mjs (vocabulary/corpus-vocabulary.ts), not from any document the aligner
 * is measured on; users add their own (AlignOptions.terms, JiebaSegmenterOptions.extraWords).
 */
export const DOMAIN_WORDS: readonly string[] = CORPUS_TERMS.split(' ');

/** The domain words as jieba dictionary lines (`word freq tag`), for `Jieba#loadDict`. */
export function domainDictLines(words: readonly string[] = DOMAIN_WORDS, freq = 20000): string {
  return words.map((w) => `${w} ${freq} n`).join('\n') + '\n';
}

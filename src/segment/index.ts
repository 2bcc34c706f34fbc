// Public surface of the segment stage.
export type { Segmenter } from './types.js';
export { createJiebaSegmenter, preloadJiebaVocabulary, type JiebaSegmenterOptions } from './jieba.js';
export { createNodejiebaSegmenter, isNodejiebaInstalled } from './nodejieba.js';
export { DOMAIN_WORDS, domainDictLines } from './domain-dict.js';
export { BLOCK_BREAKS } from './block-breaks.js';

/**
 * Sentence punctuation a segmenter never joins across: jieba cuts a text block by block, these characters
 * are outside its word-character class, and each is a token of its own. So the tokens of a text are the
 * tokens of its pieces between them, cut one by one (the piece memo and a task's heading rely on this).
 */
export const BLOCK_BREAKS = '，。；：！？、';

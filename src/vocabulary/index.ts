// The words and numerals of the documents' language, shared by the stages: administrative levels and
// scope words, generic policy words and stopwords, department names, Chinese numerals.
export {
  ADMIN_LEVEL_CHARS,
  isAdminLevelChar,
  scopeWords,
  neutraliseLevelWords,
  RANK_WORDS,
  SCOPE_WORD_RE,
  LEVEL_WORD_SOURCE,
  METRIC_INTENT_WORDS,
} from './levels.js';
export { GENERIC_POLICY_WORDS, STOPWORDS, isStopToken, genericWeight } from './policy-words.js';
export { normalizeDepartment } from './departments.js';
export {
  parseChineseNumeral,
  toChineseNumeral,
  readArabic,
  readChinese,
  digitValue,
  digitValueAt,
  isChineseNumeralAt,
  type NumberToken,
} from './numerals.js';
export { CORPUS_TERMS, CORPUS_GROUPS } from './corpus-vocabulary.js';

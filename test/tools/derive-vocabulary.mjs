#!/usr/bin/env node
// Derives the aligner's vocabulary tables from a broad public corpus, not from the documents it is
// measured on: ../shared/corpora/government-work-reports.jsonl (China's national Government Work
// Reports 1954-2025; see its README). Writes src/vocabulary/corpus-vocabulary.ts (terms only, no text).
//
//   node test/tools/derive-vocabulary.mjs [--corpus FILE] [--check]
//
// --check compares with the shipped file instead of writing it (exit 1 when they differ).
// The output depends only on the corpus and on @node-rs/jieba's bundled dictionary; test/vocabulary.test.ts
// re-derives it when the corpus is present.
//
// 1. Domain terms: character strings of 3-6 characters that recur across the reports (4+ times, in 3+ of
//    them), hold together (every split of the string is rarer apart than together: pointwise mutual
//    information ≥ 5), stand free in varied contexts (branching entropy ≥ 1 on both sides), that jieba's
//    general dictionary splits, hold no joining character (和, 的 …) and neither begin nor end with a
//    function character or (by jieba's tags) a predicate, pronoun, numeral or name: terms, not phrases.
// 2. Sentence frequencies of the words, for the choice of terms that may join a group.
// 3. Related-term groups: terms (2+ characters, nouns by jieba's tags, in 4 to 200 sentences) that are
//    used in the same contexts (cosine ≥ 0.2 of their positive-PMI vectors of the words within 3 tokens):
//    光伏 ~ 风电 ~ 太阳能, 学前教育 ~ 托育服务. One group per term: the term and its five closest neighbours.
//    (Sentence co-occurrence was tried first: it relates a term to what is said of it, 民营企业 ~ 壁垒.)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TABLE_FILE = join(ROOT, 'src/vocabulary/corpus-vocabulary.ts');
export const DEFAULT_CORPUS = join(ROOT, '../shared/corpora/government-work-reports.jsonl');

const TERM_MIN_REPORTS = 3;
const TERM_MIN_COUNT = 4;
const TERM_MIN_PMI = 5;
const TERM_MIN_ENTROPY = 1;
const GROUP_MIN_DF = 4;
const GROUP_MAX_DF = 200;
const CONTEXT_WINDOW = 3;
const GROUP_LINK = 0.2;
const GROUP_SIZE = 6;
/** Characters that do not start or end a term: function words, pronouns, numerals, common predicates. */
const EDGE_CHARS = new Set([...'的了和与及或在是为对把被将从由向于以之其等所也都而并且就还又但着过地得个这那些我你他它们有要把一二三四五六七八九十百千万亿第各每本该此取使加不']);
/** Characters that join two terms into a phrase (质量和效益): a term holds none of them. */
const JOINING_CHARS = new Set([...'和与及或的之并']);
/** jieba tags (of a word of 2+ characters: '+') that make a string a phrase when it starts or ends with one (取得新成绩). */
const PHRASE_EDGE_TAGS = new Set(['nr', 'nr+', 'ns', 'ns+', 'nrt+', 'v+', 'vd+', 'd+', 'ad+', 'p', 'p+', 'c', 'c+', 'u', 'u+', 'r', 'r+', 'm', 'm+', 'q', 'q+']);
/** jieba tags of words that may join a group: nouns, noun-verbs, idioms and abbreviations; no names. */
const GROUP_TAGS = new Set(['n', 'nz', 'vn', 'l', 'j', 'an']);

export function jiebaWithDict(extra = []) {
  const { Jieba } = require('@node-rs/jieba');
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  if (extra.length) jieba.loadDict(new TextEncoder().encode(extra.map((w) => `${w} 20000 n`).join('\n') + '\n'));
  return jieba;
}

export function readReports(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((r) => /政府工作报告/.test(r.title) && !/决议/.test(r.title))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    .map((r) => r.content.normalize('NFKC'));
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;
const entropy = (counts) => {
  let total = 0;
  for (const v of counts.values()) total += v;
  let h = 0;
  for (const v of counts.values()) h -= (v / total) * Math.log(v / total);
  return h;
};

export function domainTerms(reports, dictWords) {
  // pass 1: how often each string of 1-6 characters occurs
  const count = new Map();
  let total = 0;
  const runs = reports.map((text) => [...text.matchAll(CJK_RUN)].map((m) => m[0]));
  for (const list of runs)
    for (const s of list) {
      total += s.length;
      for (let n = 1; n <= 6; n++)
        for (let i = 0; i + n <= s.length; i++) {
          const w = s.slice(i, i + n);
          count.set(w, (count.get(w) ?? 0) + 1);
        }
    }
  const candidates = new Set();
  for (const [w, c] of count) if (w.length >= 3 && c >= TERM_MIN_COUNT && !EDGE_CHARS.has(w[0]) && !EDGE_CHARS.has(w[w.length - 1]) && !dictWords.has(w)) candidates.add(w);
  // pass 2: reports and neighbouring characters of the candidates
  const reportsOf = new Map();
  const left = new Map();
  const right = new Map();
  runs.forEach((list, r) =>
    list.forEach((s, run) => {
      for (let n = 3; n <= 6; n++)
        for (let i = 0; i + n <= s.length; i++) {
          const w = s.slice(i, i + n);
          if (!candidates.has(w)) continue;
          let rs = reportsOf.get(w);
          if (!rs) reportsOf.set(w, (rs = new Set()));
          rs.add(r);
          // a run boundary is a distinct neighbour each time
          const l = i > 0 ? s[i - 1] : `^${r}:${run}`;
          const rr = i + n < s.length ? s[i + n] : `$${r}:${run}`;
          let lm = left.get(w);
          if (!lm) left.set(w, (lm = new Map()));
          lm.set(l, (lm.get(l) ?? 0) + 1);
          let rm = right.get(w);
          if (!rm) right.set(w, (rm = new Map()));
          rm.set(rr, (rm.get(rr) ?? 0) + 1);
        }
    }),
  );
  const jieba = jiebaWithDict();
  const out = [];
  for (const w of candidates) {
    const c = count.get(w);
    if (reportsOf.get(w).size < TERM_MIN_REPORTS || [...w].some((ch) => JOINING_CHARS.has(ch))) continue;
    let pmi = Infinity;
    for (let k = 1; k < w.length; k++) pmi = Math.min(pmi, Math.log((c * total) / (count.get(w.slice(0, k)) * count.get(w.slice(k)))));
    if (pmi < TERM_MIN_PMI) continue;
    if (entropy(left.get(w)) < TERM_MIN_ENTROPY || entropy(right.get(w)) < TERM_MIN_ENTROPY) continue;
    // a term jieba cuts into words of which one is a predicate is a phrase (取得新成绩), not a name
    const tags = jieba.tag(w, false);
    if (tags.length < 2 || PHRASE_EDGE_TAGS.has(tags[0].tag + (tags[0].word.length > 1 ? '+' : '')) || PHRASE_EDGE_TAGS.has(tags[tags.length - 1].tag + (tags[tags.length - 1].word.length > 1 ? '+' : ''))) continue;
    if (process.env.DEBUG_TERMS) console.error(w, c, pmi.toFixed(1), tags.map((t) => t.word + '/' + t.tag).join(' '));
    out.push(w);
  }
  return out.sort(byCode);
}

function byCode(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sentenceStats(reports, jieba) {
  const df = new Map();
  const tags = new Map();
  let sentenceCount = 0;
  const sequences = [];
  for (const text of reports)
    for (const s of text.split(/[。；;！!？?\n]/)) {
      const words = new Set();
      const sequence = [];
      for (const { word, tag } of jieba.tag(s, false)) {
        if (!/^[\u4e00-\u9fff]+$/.test(word)) continue;
        sequence.push(word);
        if (word.length < 2) continue;
        words.add(word);
        if (!tags.has(word)) tags.set(word, new Map());
        tags.get(word).set(tag, (tags.get(word).get(tag) ?? 0) + 1);
      }
      if (words.size === 0) continue;
      for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
      sentenceCount++;
      sequences.push(sequence);
    }
  // the tag a word carries most often (ties by code order)
  const tagOf = new Map();
  for (const [w, m] of tags) tagOf.set(w, [...m].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0][0]);
  return { df, tagOf, sentenceCount, sequences };
}

/** Cosine of positive-PMI context vectors (words within CONTEXT_WINDOW tokens) for the eligible terms. */
function contextSimilarity(sequences, eligible, window) {
  const contexts = new Map();
  const contextTotals = new Map();
  let total = 0;
  for (const seq of sequences)
    for (let i = 0; i < seq.length; i++) {
      if (!eligible(seq[i])) continue;
      let m = contexts.get(seq[i]);
      if (!m) contexts.set(seq[i], (m = new Map()));
      for (let k = Math.max(0, i - window); k <= Math.min(seq.length - 1, i + window); k++) {
        if (k === i) continue;
        m.set(seq[k], (m.get(seq[k]) ?? 0) + 1);
        contextTotals.set(seq[k], (contextTotals.get(seq[k]) ?? 0) + 1);
        total++;
      }
    }
  const vectors = new Map();
  for (const [w, m] of [...contexts].sort((a, b) => byCode(a[0], b[0]))) {
    let sum = 0;
    for (const v of m.values()) sum += v;
    const entries = [];
    let norm = 0;
    for (const [c, n] of [...m].sort((a, b) => byCode(a[0], b[0]))) {
      const p = Math.log((n * total) / (sum * contextTotals.get(c)));
      if (p > 0) {
        entries.push([c, p]);
        norm += p * p;
      }
    }
    norm = Math.sqrt(norm) || 1;
    vectors.set(w, new Map(entries.map(([c, p]) => [c, p / norm])));
  }
  return vectors;
}

export function relatedGroups({ df, tagOf, sequences }, { minDf = GROUP_MIN_DF, maxDf = GROUP_MAX_DF, link = GROUP_LINK, size = GROUP_SIZE } = {}) {
  const eligible = (w) => w.length >= 2 && df.get(w) >= minDf && df.get(w) <= maxDf && GROUP_TAGS.has(tagOf.get(w));
  const vectors = contextSimilarity(sequences, eligible, CONTEXT_WINDOW);
  // dot products through an inverted index of the context words
  const words = [...vectors.keys()];
  const holders = new Map();
  words.forEach((w, i) => {
    for (const [c, p] of vectors.get(w)) {
      let list = holders.get(c);
      if (!list) holders.set(c, (list = []));
      list.push([i, p]);
    }
  });
  const edges = [];
  const dots = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const touched = [];
    for (const [c, p] of vectors.get(words[i]))
      for (const [j, q] of holders.get(c)) {
        if (j <= i) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] += p * q;
      }
    for (const j of touched) {
      if (dots[j] >= link) edges.push([dots[j], words[i], words[j]]);
      dots[j] = 0;
    }
  }
  edges.sort((x, y) => y[0] - x[0] || byCode(x[1], y[1]) || byCode(x[2], y[2]));
  // one group per term: the term and its closest neighbours (most similar first)
  const near = new Map();
  for (const [, a, b] of edges)
    for (const [x, y] of [[a, b], [b, a]]) {
      const list = near.get(x) ?? [];
      if (list.length < size - 1) list.push(y);
      near.set(x, list);
    }
  const groups = new Map();
  for (const [x, list] of near) {
    const g = [x, ...list].sort(byCode);
    groups.set(g.join(' '), g);
  }
  return [...groups.values()].sort((p, q) => byCode(p.join(' '), q.join(' ')));
}

export function deriveVocabulary(corpusFile = DEFAULT_CORPUS) {
  const reports = readReports(corpusFile);
  const dictWords = new Set(
    readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[0]),
  );
  const terms = domainTerms(reports, dictWords);
  const stats = sentenceStats(reports, jiebaWithDict(terms));
  const groups = relatedGroups(stats);
  const jiebaVersion = JSON.parse(readFileSync(join(dirname(require.resolve('@node-rs/jieba/dict.txt')), 'package.json'), 'utf8')).version;
  const lines = [
    '// Generated by test/tools/derive-vocabulary.mjs from the national Government Work Reports 1954-2025',
    `// (${reports.length} reports; ../shared/corpora) with @node-rs/jieba ${jiebaVersion}'s dictionary. Do not edit: re-run the script.`,
    '// Terms only, no text. See README "Alignment and its vocabulary".',
    '',
    '/** Policy terms the general jieba dictionary splits apart (space-separated). */',
    `export const CORPUS_TERMS = ${JSON.stringify(terms.join(' '))};`,
    '',
    '/** Groups of related terms (used in the same contexts in the corpus): terms space-separated, groups by |. */',
    `export const CORPUS_GROUPS = ${JSON.stringify(groups.map((g) => g.join(' ')).join('|'))};`,
    '',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const k = process.argv.indexOf('--corpus');
  const text = deriveVocabulary(k > 0 ? resolve(process.argv[k + 1]) : DEFAULT_CORPUS);
  if (process.argv.includes('--check')) {
    const same = readFileSync(TABLE_FILE, 'utf8') === text;
    console.log(same ? 'src/vocabulary/corpus-vocabulary.ts is up to date' : 'src/vocabulary/corpus-vocabulary.ts differs from the derivation');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(TABLE_FILE, text);
  console.log(`wrote ${TABLE_FILE}`);
}

import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './helpers/fast-check-seed.js';
import { DOMAIN_WORDS, domainDictLines } from '../src/segment/domain-dict.js';
import { createJiebaSegmenter, preloadJiebaVocabulary } from '../src/segment/jieba.js';
import { scopeDictionaryFile, Vocabulary } from '../src/segment/scoped-dict.js';

const req = createRequire(import.meta.url);
const { Jieba } = req('@node-rs/jieba') as typeof import('@node-rs/jieba');
const DICT_PATH = req.resolve('@node-rs/jieba/dict.txt');
const DICT = readFileSync(DICT_PATH);
const DATA = join(import.meta.dirname, '..', 'data');
const TEXTS = readdirSync(DATA)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(DATA, f), 'utf8'));

function withDomain(dict: Uint8Array): InstanceType<typeof Jieba> {
  const j = Jieba.withDict(dict);
  j.loadDict(new TextEncoder().encode(domainDictLines()));
  return j;
}

/** The whole file as one chunk: the reference the chunked reads must match. */
function scopeWhole(path: string, vocabulary: Vocabulary): Uint8Array {
  return scopeDictionaryFile(path, vocabulary, statSync(path).size + 1);
}

function vocabularyOf(texts: readonly string[]): Vocabulary {
  const v = new Vocabulary();
  for (const t of texts) v.add(t);
  for (const w of DOMAIN_WORDS) v.add(w);
  return v;
}

describe('jieba dictionary scoped to a vocabulary', () => {
  const full = withDomain(DICT);

  it('segments every line of every bundled document exactly like the full dictionary', () => {
    for (const text of TEXTS) {
      const vocabulary = vocabularyOf([text]);
      const scoped = withDomain(scopeDictionaryFile(DICT_PATH, vocabulary));
      for (const line of [...text.split('\n'), text]) {
        expect(vocabulary.covers(line)).toBe(true);
        for (const hmm of [true, false]) expect(scoped.cut(line, hmm)).toEqual(full.cut(line, hmm));
      }
    }
  });

  it('keeps a small fraction of the dictionary', () => {
    const scoped = scopeDictionaryFile(DICT_PATH, vocabularyOf(TEXTS));
    expect(scoped.length).toBeLessThan(DICT.length / 20);
  });

  it('keeps the dictionary total with a filler entry (rare words change no probabilities)', () => {
    const sum = (d: Uint8Array): number =>
      new TextDecoder()
        .decode(d)
        .split('\n')
        .reduce((a, l) => a + (Number(l.split(' ')[1]) || 0), 0);
    expect(sum(scopeDictionaryFile(DICT_PATH, vocabularyOf(['推进产业链'])))).toBe(sum(DICT));
  });

  it('reads a dictionary file in chunks to the same bytes, whatever the chunk size', () => {
    const vocabulary = vocabularyOf(TEXTS);
    expect(scopeDictionaryFile(DICT_PATH, vocabulary)).toEqual(scopeWhole(DICT_PATH, vocabulary));
    // lines longer than the buffer, a last line without a newline, an empty line
    const small = new TextEncoder().encode('推进 100 v\n产业链现代化水平提升工程 20 n\n\n高标准农田 30 n\n鱼 5 n\n农田 7');
    const file = join(mkdtempSync(join(tmpdir(), 'pc-dict-')), 'dict.txt');
    writeFileSync(file, small);
    const v = vocabularyOf(['推进产业链现代化水平提升工程，建设高标准农田']);
    const whole = scopeWhole(file, v);
    expect(new TextDecoder().decode(whole)).toMatch(/^推进 100 v\n产业链现代化水平提升工程 20 n\n高标准农田 30 n\n农田 7\n\u{F0000}/u);
    for (const chunk of [1, 3, 8, 16, 1 << 18]) expect(scopeDictionaryFile(file, v, chunk)).toEqual(whole);
  });

  it('keeps exactly the lines a plain line-by-line reading keeps, on random dictionaries and chunk sizes', () => {
    // what the scan must do, written for clarity: the word ends at a space, tab, CR or line end; a dropped
    // line's frequency is the number after the spaces that follow its first space
    const reference = (dict: string, v: Vocabulary): string => {
      let kept = '';
      let dropped = 0;
      const lines = dict.split('\n');
      if (lines.at(-1) === '') lines.pop();
      for (const line of lines) {
        const word = [...line.split(/[ \t\r]/)[0]!].map((c) => c.codePointAt(0)!);
        if (word.length === 0) continue;
        const keep = word.length === 1 ? v.hasChar(word[0]!) : word.every((c, k) => k === 0 || v.hasPair(word[k - 1]!, c));
        if (keep) kept += line + '\n';
        else if (line.includes(' ')) dropped += Number(/^ *(\d*)/.exec(line.slice(line.indexOf(' ')))![1] || 0);
      }
      return dropped > 0 ? `${kept}\u{F0000}\u{F0001}\u{F0002} ${dropped} x\n` : kept;
    };
    const dir = mkdtempSync(join(tmpdir(), 'pc-dict-'));
    const char = fc.constantFrom('推', '进', '产', '业', '链', '农', '田', 'a', '𠀀', '𠀁');
    const word = fc.array(char, { minLength: 0, maxLength: 14 }).map((a) => a.join(''));
    const line = fc
      .tuple(word, fc.constantFrom(' ', '  ', '\t', ' \t', '\r'), fc.stringMatching(/^\d{0,9}$/), fc.constantFrom('', ' n', ' v', ' nr\r', ' x y'))
      .map(([w, sep, freq, tag]) => w + sep + freq + tag);
    const dictionary = fc.tuple(fc.array(line, { maxLength: 40 }), fc.boolean()).map(([ls, nl]) => ls.join('\n') + (nl ? '\n' : ''));
    fc.assert(
      fc.property(dictionary, fc.array(word, { maxLength: 4 }), fc.integer({ min: 1, max: 80 }), (dict, texts, chunk) => {
        const file = join(dir, 'dict.txt');
        writeFileSync(file, dict);
        const v = new Vocabulary();
        for (const t of texts) v.add(t);
        const expected = reference(dict, v);
        expect(new TextDecoder().decode(scopeDictionaryFile(file, v, chunk))).toBe(expected);
        expect(new TextDecoder().decode(scopeWhole(file, v))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reports texts outside the vocabulary as not covered', () => {
    const v = vocabularyOf(['建设高标准农田']);
    expect(v.covers('高标准农田')).toBe(true);
    expect(v.covers('农田建设')).toBe(false); // the pair 田建 never occurs
    expect(v.covers('鱼')).toBe(false);
  });

  it('handles characters outside the BMP', () => {
    const v = vocabularyOf(['𠀀𠀁测试']);
    expect(v.covers('𠀀𠀁')).toBe(true);
    expect(v.covers('𠀁𠀀')).toBe(false);
  });
});

describe('preloadJiebaVocabulary (the shared segmenter)', () => {
  it('segments covered texts and, through the full dictionary, uncovered ones exactly as before', () => {
    const full = withDomain(DICT);
    const county = TEXTS[0]!;
    const lines = county.split('\n').filter((l) => l.trim().length > 0);
    preloadJiebaVocabulary(lines);
    const seg = createJiebaSegmenter();
    for (const line of lines.slice(0, 40)) expect(seg.cut(line)).toEqual(full.cut(line, true));
    const elsewhere = '发展深远海养殖，建设海洋牧场示范区';
    expect(seg.cut(elsewhere)).toEqual(full.cut(elsewhere, true));
    // once the full dictionary is loaded it serves everything, covered or not
    expect(seg.cut(lines[5]!)).toEqual(full.cut(lines[5]!, true));
  });
});

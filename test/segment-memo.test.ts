import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainDictLines } from '../src/segment/domain-dict.js';
import { createPieceMemo } from '../src/segment/piece-memo.js';
import { parseDocument } from '../src/parse/index.js';

const req = createRequire(import.meta.url);
const { Jieba } = req('@node-rs/jieba') as typeof import('@node-rs/jieba');
const jieba = Jieba.withDict(readFileSync(req.resolve('@node-rs/jieba/dict.txt')));
jieba.loadDict(new TextEncoder().encode(domainDictLines()));
const DATA = join(import.meta.dirname, '..', 'data');

describe('segmentation memoised by sentence piece', () => {
  it('cuts every task text and line of the bundled documents exactly as jieba does, in any order', () => {
    const texts: string[] = [];
    for (const f of readdirSync(DATA).filter((x) => x.endsWith('.txt'))) {
      const raw = readFileSync(join(DATA, f));
      texts.push(...parseDocument(raw, { targets: false }).tasks.map((t) => t.text), ...raw.toString('utf8').split('\n'));
    }
    for (const hmm of [true, false]) {
      const memo = createPieceMemo();
      let calls = 0;
      const raw = (s: string): string[] => {
        calls++;
        return jieba.cut(s, hmm);
      };
      // more pieces than the memo keeps: old ones are dropped, results stay exact
      for (const text of [...texts, ...texts.slice().reverse()]) expect(memo.cut(text, raw)).toEqual(jieba.cut(text, hmm));
      expect(calls).toBeLessThan(2 * texts.length);
    }
  });

  it('cuts a document seen before from the memo alone', () => {
    const texts = parseDocument(readFileSync(join(DATA, 'liaocheng-2023-key-tasks.txt')), { targets: false }).tasks.map((t) => t.text);
    const memo = createPieceMemo();
    let calls = 0;
    const raw = (s: string): string[] => {
      calls++;
      return jieba.cut(s, true);
    };
    for (const text of texts) memo.cut(text, raw);
    expect(calls).toBe(texts.length);
    calls = 0;
    for (const text of texts.slice().reverse()) expect(memo.cut(text, raw)).toEqual(jieba.cut(text, true));
    expect(calls).toBe(0);
  });

  it('handles repeated pieces, pieces led by other symbols, spaces and a last piece without punctuation', () => {
    const memo = createPieceMemo();
    const raw = (s: string): string[] => jieba.cut(s, true);
    for (const text of [
      '加强监管，加强监管，加强监管。',
      '推进建设；（一）加快发展，2023年完成100个。PM2.5浓度下降',
      '完成任务、 全面推进：落实责任！是否到位？是',
      '，，。开头就是标点',
      '加强监管，加强监管',
      'English words, mixed 中文，and more。',
    ]) {
      expect(memo.cut(text, raw)).toEqual(jieba.cut(text, true));
    }
  });
});

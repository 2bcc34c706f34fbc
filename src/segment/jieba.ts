import { readFileSync } from 'node:fs';
import type { Jieba } from '@node-rs/jieba';
import { DOMAIN_WORDS, domainDictLines } from './domain-dict.js';
import { nodeRequire } from '../node-require.js';
import { createPieceMemo } from './piece-memo.js';
import { scopeDictionaryFile, Vocabulary } from './scoped-dict.js';
import type { Segmenter } from './types.js';

export interface JiebaSegmenterOptions {
  /** Extra words to add to the dictionary (on top of the built-in domain words). */
  extraWords?: readonly string[];
  /** Use jieba's HMM for unknown words (keeps decimals such as 53.5 whole). Default true. */
  hmm?: boolean;
}

type JiebaClass = typeof import('@node-rs/jieba').Jieba;

function jiebaClass(): JiebaClass {
  return (nodeRequire()('@node-rs/jieba') as typeof import('@node-rs/jieba')).Jieba;
}

/**
 * The general dictionary as bytes. Read directly rather than through `@node-rs/jieba/dict`, which also
 * reads the 6 MB idf table we never use.
 */
function generalDictionary(): Uint8Array {
  return readFileSync(generalDictionaryPath());
}

/** The general dictionary file of @node-rs/jieba. */
function generalDictionaryPath(): string {
  return nodeRequire().resolve('@node-rs/jieba/dict.txt');
}

// Lazily-built shared instances: the full dictionary is parsed at most once per process, on first use;
// the scoped one (see preloadJiebaVocabulary) only serves texts its vocabulary covers.
let sharedJieba: Jieba | undefined;
let scoped: { jieba: Jieba; vocabulary: Vocabulary; given: ReadonlySet<string> } | undefined;

function loadJieba(): Jieba {
  if (!sharedJieba) {
    const jieba = jiebaClass().withDict(generalDictionary());
    jieba.loadDict(new TextEncoder().encode(domainDictLines()));
    sharedJieba = jieba;
    scoped = undefined;
  }
  return sharedJieba;
}

/**
 * Prepare the shared segmenter for a known set of texts (e.g. the task texts of the two documents a
 * CLI call aligns): builds a dictionary holding only the words that can occur in them, ≈10× faster than
 * loading the full one. Segmentation is identical to the full dictionary's; a later text the vocabulary
 * does not cover is segmented with the full dictionary (loaded then). A no-op once the full dictionary
 * is loaded, so long-running processes (batch workers) are unaffected.
 */
export function preloadJiebaVocabulary(texts: Iterable<string>): void {
  if (sharedJieba || scoped) return;
  const given = new Set(texts);
  const vocabulary = new Vocabulary();
  // The domain words are always kept, so loading them changes the same records as with the full dictionary.
  // One call over all texts joined by line breaks (which no dictionary word holds): a single long loop,
  // which V8 optimises early, instead of one short cold loop per text.
  vocabulary.add([...given, ...DOMAIN_WORDS].join('\n'));
  const jieba = jiebaClass().withDict(scopeDictionaryFile(generalDictionaryPath(), vocabulary));
  jieba.loadDict(new TextEncoder().encode(domainDictLines()));
  scoped = { jieba, vocabulary, given };
}

// one memo per HMM setting, for cuts with the full dictionary (long-running processes)
const pieceMemos = [createPieceMemo(), createPieceMemo()];

function sharedCut(text: string, hmm: boolean): string[] {
  // the texts given to the vocabulary are covered by construction: skip re-reading them. A one-shot call
  // (scoped dictionary) cuts each text once, where the memo's bookkeeping, run cold, costs more than the
  // cuts it saves (≈10 ms of a CLI call); long-running processes use the full dictionary and the memo.
  if (!sharedJieba && scoped && (scoped.given.has(text) || scoped.vocabulary.covers(text))) return scoped.jieba.cut(text, hmm);
  // The memo cuts pieces of `text` joined at block boundaries, which hold no word `text` does not.
  const jieba = loadJieba();
  return pieceMemos[hmm ? 1 : 0]!.cut(text, (pieces) => jieba.cut(pieces, hmm));
}

/**
 * The default segmenter: @node-rs/jieba (prebuilt, no compiler) with the general dictionary plus
 * policy vocabulary. Extra words get their own instance so the shared one stays unchanged.
 */
export function createJiebaSegmenter(options: JiebaSegmenterOptions = {}): Segmenter {
  const hmm = options.hmm ?? true;
  const extra = options.extraWords ?? [];
  if (extra.length === 0) return { cut: (text: string) => sharedCut(text, hmm) };
  let instance: Jieba | undefined;
  const get = (): Jieba => {
    if (!instance) {
      instance = jiebaClass().withDict(generalDictionary());
      instance.loadDict(new TextEncoder().encode(domainDictLines() + domainDictLines(extra)));
    }
    return instance;
  };
  return { cut: (text: string) => get().cut(text, hmm) };
}

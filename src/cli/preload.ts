import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument } from '../model/index.js';
import { DICT_INDEX_VERSION } from '../segment/dict-index.js';
import { generalDictionaryPath, preloadJiebaVocabulary, writeJiebaDictionaryIndex } from '../segment/jieba.js';
import { cacheDirectory, fnv } from './cache-dir.js';

/**
 * A one-shot CLI call knows every text it will segment once the documents are parsed: load a jieba
 * dictionary scoped to their task texts (milliseconds) instead of the full one (≈170 ms). Segmentation
 * is identical; any other text falls back to the full dictionary. The scoped dictionary is read from an
 * index of the general one in the cache directory; a call that finds none writes it when it exits.
 */
export function preloadSegmenterFor(docs: readonly PolicyDocument[]): void {
  const index = dictionaryIndexFile();
  const indexed = preloadJiebaVocabulary(taskTexts(docs), { dictionaryIndex: index });
  if (index !== undefined && !indexed) {
    process.once('exit', () => {
      try {
        writeJiebaDictionaryIndex(index);
      } catch {
        // an index that cannot be written only costs speed
      }
    });
  }
}

/**
 * The index of the general dictionary in the cache directory, named after the dictionary file and the
 * index format; undefined when turned off (POLICY_CASCADE_DICT_INDEX=0) or the dictionary is not found.
 */
function dictionaryIndexFile(): string | undefined {
  if (process.env.POLICY_CASCADE_DICT_INDEX === '0') return undefined;
  try {
    const dictionary = generalDictionaryPath();
    const st = statSync(dictionary);
    return join(cacheDirectory(), `jieba-${fnv([dictionary, st.size, st.mtimeMs, DICT_INDEX_VERSION].join('\0'))}.pcdi`);
  } catch {
    return undefined;
  }
}

function* taskTexts(docs: readonly PolicyDocument[]): Generator<string> {
  for (const doc of docs) {
    for (const task of doc.tasks) {
      // the heading is normally the start of the text, and then adds nothing to the vocabulary
      if (!task.text.startsWith(task.heading)) yield task.heading;
      yield task.text;
    }
  }
}

import type { Jieba } from '@node-rs/jieba';
import { domainDictLines } from './domain-dict.js';
import { nodeRequire } from './node-require.js';
import type { Segmenter } from './types.js';

export interface JiebaSegmenterOptions {
  /** Extra words to add to the dictionary (on top of the built-in domain words). */
  extraWords?: readonly string[];
  /** Use jieba's HMM for unknown words (keeps decimals such as 53.5 whole). Default true. */
  hmm?: boolean;
}

// Lazily-built default instance: the dictionary is parsed once per process, on first use.
let sharedJieba: Jieba | undefined;

function loadJieba(): Jieba {
  if (!sharedJieba) {
    const req = nodeRequire();
    const { Jieba: JiebaClass } = req('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = req('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    const jieba = JiebaClass.withDict(dict);
    jieba.loadDict(new TextEncoder().encode(domainDictLines()));
    sharedJieba = jieba;
  }
  return sharedJieba;
}

/**
 * The default segmenter: @node-rs/jieba (prebuilt, no compiler) with the general dictionary plus
 * policy vocabulary. Extra words get their own instance so the shared one stays unchanged.
 */
export function createJiebaSegmenter(options: JiebaSegmenterOptions = {}): Segmenter {
  const hmm = options.hmm ?? true;
  const extra = options.extraWords ?? [];
  let instance: Jieba | undefined;
  const get = (): Jieba => {
    if (instance) return instance;
    if (extra.length === 0) {
      instance = loadJieba();
    } else {
      const req = nodeRequire();
      const { Jieba: JiebaClass } = req('@node-rs/jieba') as typeof import('@node-rs/jieba');
      const { dict } = req('@node-rs/jieba/dict.js') as { dict: Uint8Array };
      instance = JiebaClass.withDict(dict);
      instance.loadDict(new TextEncoder().encode(domainDictLines() + domainDictLines(extra)));
    }
    return instance;
  };
  return { cut: (text: string) => get().cut(text, hmm) };
}

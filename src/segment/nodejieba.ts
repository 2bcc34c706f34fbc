import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { DOMAIN_WORDS } from './domain-dict.js';
import { nodeRequire } from '../node-require.js';
import type { Segmenter } from './types.js';

interface NodejiebaModule {
  cut(text: string, hmm?: boolean): string[];
  insertWord?(word: string, tag?: string): boolean;
}

/** True when the optional peer dependency `nodejieba` can be loaded. */
export function isNodejiebaInstalled(): boolean {
  try {
    nodeRequire().resolve('nodejieba');
    return true;
  } catch {
    return false;
  }
}

/**
 * Adapter for `nodejieba` (optional peer dependency; needs a native build at install). Loaded only
 * when this function is called. Note: nodejieba splits numbers such as 10 into 1, 0, which weakens
 * the numbers signal a little; prefer the default `createJiebaSegmenter()`.
 */
export function createNodejiebaSegmenter(): Segmenter {
  let mod: NodejiebaModule;
  try {
    mod = nodeRequire()('nodejieba') as NodejiebaModule;
  } catch (e) {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, 'nodejieba is not installed (npm install nodejieba)', {
      messageZh: '未安装 nodejieba（npm install nodejieba）',
      cause: e,
    });
  }
  if (mod.insertWord) for (const w of DOMAIN_WORDS) mod.insertWord(w);
  return { cut: (text: string) => mod.cut(text, true) };
}

import { createRequire } from 'node:module';

/**
 * A synchronous `require` usable from both builds, so heavy resources (the jieba dictionary) load
 * lazily on first use: the ESM build resolves from this module's URL; in the CJS build import.meta is
 * empty and the real `require` is used.
 */
export function nodeRequire(): NodeRequire {
  const url: unknown = import.meta.url;
  return typeof url === 'string' && url.length > 0 ? createRequire(url) : require;
}

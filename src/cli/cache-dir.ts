import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user directory of the CLI's caches (the code cache, the dictionary index): POLICY_CASCADE_CACHE_DIR,
 * else $XDG_CACHE_HOME/policy-cascade, else ~/.cache/policy-cascade. Never a shared temporary directory: both
 * caches are trusted input (to V8, to jieba).
 */
export function cacheDirectory(): string {
  return process.env.POLICY_CASCADE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'policy-cascade');
}

/** FNV-1a, base 36: names a cache file after everything it is checked against. */
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

// 2^22 bits (512 KB) of pair filter: for the ~25,000 distinct character pairs of two long documents the
// false-positive rate is about 0.6%; a false positive only keeps a word we could have dropped, never drops one.
const BLOOM_SHIFT = 32 - 22;

/**
 * Position of a character pair in the vocabulary's Bloom filter (one hash: a false positive costs only a
 * kept word). dict-scan.wat computes the same: imul(imul(a, K1) ^ imul(b, K2), K3) >>> (32 - 22).
 */
export function pairHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b), 0x2545f491) >>> BLOOM_SHIFT;
}

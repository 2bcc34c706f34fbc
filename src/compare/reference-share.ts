import type { ReferenceShare } from '../model/index.js';
import { isShareOne } from './classify.js';

/** Median of a list of numbers (mean of the middle two for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The reference share a pair's extensive targets are judged against. Given as an option, it is used
 * as is. Otherwise it is the median of the shares of all paired extensive targets, leaving out shares of
 * exactly 1: a child that copies the parent's absolute number is the very thing the share test should
 * flag, and a list where half the numbers are copied would otherwise make copying look "proportional".
 * Only when every share is 1 does the median fall back to them (reference 1).
 */
export function referenceShareFor(shares: readonly number[], given: number | undefined, tolerance: number): ReferenceShare {
  const usable = shares.filter((s) => Number.isFinite(s) && s > 0);
  if (given !== undefined) return { value: given, source: 'option', count: usable.length, tolerance };
  const scaled = usable.filter((s) => !isShareOne(s));
  const pool = scaled.length > 0 ? scaled : usable;
  const value = median(pool);
  if (value === undefined) return { value: null, source: 'none', count: 0, tolerance };
  return { value: Number(value.toPrecision(12)), source: 'median', count: pool.length, tolerance };
}

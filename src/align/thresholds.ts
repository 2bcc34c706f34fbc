import type { ResolvedAlignOptions } from './options.js';

/** Thresholds tuned separately for full task lists and for heading-only (interpretation) parents. */
export interface Thresholds {
  link: number;
  gap: number;
  /** A leftover child beside a sibling that took its best parent joins it (split) at this score. */
  split: number;
  moved: number;
  secondary: number;
  skipLevel: number;
  /** A partial link below this score leaves the child open to a skip-level link as well. */
  weakLink: number;
}

export function thresholdsFor(options: ResolvedAlignOptions, headingOnly: boolean): Thresholds {
  const base: Omit<Thresholds, 'weakLink'> = headingOnly
    ? { link: 0.3, gap: 0.2, split: 0.45, moved: 0.5, secondary: 0.55, skipLevel: 0.5 }
    : { link: 0.3, gap: 0.2, split: 0.3, moved: 0.5, secondary: 0.5, skipLevel: 0.5 };
  return {
    link: options.threshold ?? base.link,
    gap: options.gapThreshold ?? Math.min(base.gap, options.threshold ?? base.gap),
    split: Math.max(base.split, options.threshold ?? 0),
    moved: options.movedThreshold ?? base.moved,
    secondary: options.secondaryThreshold ?? base.secondary,
    skipLevel: options.skipLevelThreshold ?? base.skipLevel,
    weakLink: Math.max(0.35, (options.threshold ?? base.link) + 0.05),
  };
}

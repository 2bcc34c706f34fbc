import { z } from 'zod';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import type { Segmenter } from '../segment/types.js';

const WeightsSchema = z
  .object({
    heading: z.number().min(0),
    body: z.number().min(0),
    numbers: z.number().min(0),
    leadUnits: z.number().min(0),
    order: z.number().min(0),
  })
  .partial()
  .strict();

const unit = z.number().min(0).max(1);

export const AlignOptionsSchema = z
  .object({
    /** Signal weights; defaults depend on whether one side is heading-only. */
    weights: WeightsSchema.optional(),
    /** Minimum combined score for an in-order link. */
    threshold: unit.optional(),
    /** Minimum score to link a child and a parent left unlinked between two in-order links (gap filling). */
    gapThreshold: unit.optional(),
    /** Minimum score to link a task found out of order (relation 'moved'). */
    movedThreshold: unit.optional(),
    /** Minimum score for the second parent of a merge / the second child of a split. */
    secondaryThreshold: unit.optional(),
    /**
     * Heading similarity (character-bigram Dice, punctuation and administrative-level words neutralised) at or
     * above which a link counts as 'same'. Default 1: any changed word (全力推进 → 加快推进) is 'reworded'.
     */
    sameThreshold: unit.default(1),
    /** Minimum score for a skip-level link in alignCascade. */
    skipLevelThreshold: unit.optional(),
    /** Score deducted for each task left unmatched inside the dynamic programme (gap penalty). */
    gapPenalty: z.number().min(0).max(1).default(0),
    /** Word segmenter (default: @node-rs/jieba with the policy dictionary). */
    segmenter: z
      .custom<Segmenter>((v) => typeof v === 'object' && v !== null && typeof (v as Segmenter).cut === 'function', {
        message: 'segmenter must have a cut(text) method',
      })
      .optional(),
    /** Candidate blocking: below this many parent tasks every pair is scored. */
    fullComparisonBelow: z.number().int().positive().default(400),
  })
  .strict();

export type AlignOptions = z.input<typeof AlignOptionsSchema>;
export type ResolvedAlignOptions = z.output<typeof AlignOptionsSchema>;

export function resolveAlignOptions(options: unknown): ResolvedAlignOptions {
  const result = AlignOptionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new PolicyCascadeError(
      ERROR_CODES.INVALID_OPTIONS,
      `invalid align options: ${where}${issue?.message ?? 'unknown problem'}`,
      { messageZh: `对齐选项无效：${where}${issue?.message ?? ''}` },
    );
  }
  return result.data;
}

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

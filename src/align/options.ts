import { z } from 'zod';
import type { Segmenter } from '../segment/index.js';
import { resolveOptions } from '../model/index.js';

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
    /**
     * alignDocuments: keep the child and parent as given even when their levels say the other way round
     * (default: a child of higher level than its parent is swapped, with a `level-order` warning).
     */
    keepOrder: z.boolean().optional(),
    /**
     * Your own domain terms (2+ characters each), added to the default segmenter's dictionary on top of the
     * built-in terms derived from the national Government Work Reports. With your own `segmenter`, add them to it.
     */
    terms: z.array(z.string().trim().min(2, 'a term needs at least two characters')).optional(),
    /**
     * Your own groups of related terms (at least two members of 2+ characters each), e.g. the local names of
     * one programme, added to the built-in groups: a heading naming one member matches a heading naming another.
     */
    conceptGroups: z
      .array(z.array(z.string().trim().min(2, 'a concept group member needs at least two characters')).min(2, 'a concept group needs at least two members'))
      .optional(),
    /** Candidate blocking: below this many parent tasks every pair is scored. */
    fullComparisonBelow: z.number().int().positive().default(400),
  })
  .strict()
  .refine((o) => !(o.segmenter && o.terms?.length), { message: 'terms go into the default segmenter: add them to your own segmenter instead', path: ['terms'] });

export type AlignOptions = z.input<typeof AlignOptionsSchema>;
export type ResolvedAlignOptions = z.output<typeof AlignOptionsSchema>;

export function resolveAlignOptions(options: unknown): ResolvedAlignOptions {
  return resolveOptions(AlignOptionsSchema, options, { en: 'align', zh: '对齐' });
}

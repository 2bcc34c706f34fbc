import { z } from 'zod';
import { DocumentRefSchema } from './document.js';
import { WarningSchema } from './warning.js';

/**
 * same: wording essentially unchanged; reworded: same task, heading rewritten; partial: the child takes up
 * only part of the parent; merged: the child merges several parents; split: the parent is split over several
 * children; moved: the counterpart sits in another section than the section alignment expects.
 */
export const RelationSchema = z.enum(['same', 'reworded', 'partial', 'merged', 'split', 'moved']);
export type Relation = z.infer<typeof RelationSchema>;

/** fast-diff style operation: -1 deleted (parent only), 0 equal, 1 inserted (child only). */
export const DiffOpSchema = z.tuple([z.union([z.literal(-1), z.literal(0), z.literal(1)]), z.string()]);
export type DiffOp = z.infer<typeof DiffOpSchema>;

/** Each similarity signal in [0, 1], so a score can be explained. */
export const SignalsSchema = z.object({
  heading: z.number(),
  body: z.number(),
  numbers: z.number(),
  leadUnits: z.number(),
  order: z.number(),
});
export type Signals = z.infer<typeof SignalsSchema>;

export const LinkSchema = z.object({
  /** Child task id. */
  child: z.string(),
  /** Parent task ids, best first. */
  parents: z.array(z.string()).min(1),
  /** Combined similarity in [0, 1]. */
  score: z.number(),
  relation: RelationSchema,
  /** The parent lives two levels up: the middle level has no counterpart. */
  skipLevel: z.boolean().optional(),
  evidence: z.object({
    signals: SignalsSchema,
    /** Terms (jieba tokens, numbers, named things) both tasks share. */
    sharedTerms: z.array(z.string()),
    /** Character diff of the best parent's heading against the child's heading. */
    headingDiff: z.array(DiffOpSchema),
  }),
});
export type Link = z.infer<typeof LinkSchema>;

export const SectionLinkSchema = z.object({
  /** Child section id (top-level numeral). */
  child: z.string(),
  /** Parent section id, or null when the child section is local. */
  parent: z.string().nullable(),
  score: z.number(),
});
export type SectionLink = z.infer<typeof SectionLinkSchema>;

export const AlignmentSchema = z.object({
  child: DocumentRefSchema,
  parent: DocumentRefSchema,
  links: z.array(LinkSchema),
  /** Parent tasks no child task implements. */
  droppedParents: z.array(z.string()),
  /** Child tasks with no parent counterpart (local tasks). */
  addedChildren: z.array(z.string()),
  sections: z.array(SectionLinkSchema),
  droppedParentSections: z.array(z.string()),
  warnings: z.array(WarningSchema),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

import { z } from 'zod';
import { DocumentRefSchema } from './document.js';
import { WarningSchema } from './warning.js';

/**
 * same: wording essentially unchanged; reworded: same task, heading rewritten; partial: the child takes up
 * only part of the parent; merged: the child merges several parents; split: the parent is split over several
 * children; moved: the counterpart sits in another section than the section alignment expects.
 */
export const RelationSchema = z
  .enum(['same', 'reworded', 'partial', 'merged', 'split', 'moved'])
  .describe('same: wording unchanged; reworded: heading rewritten; partial: the child takes up part of the parent; merged: one child for several parents; split: one parent over several children; moved: the counterpart sits in another part.');
export type Relation = z.infer<typeof RelationSchema>;

/** fast-diff style operation: -1 deleted (parent only), 0 equal, 1 inserted (child only). */
export const DiffOpSchema = z
  .tuple([z.union([z.literal(-1), z.literal(0), z.literal(1)]), z.string()])
  .describe('fast-diff operation: -1 deleted (parent only), 0 equal, 1 inserted (child only), with its text.');
export type DiffOp = z.infer<typeof DiffOpSchema>;

/** Each similarity signal in [0, 1], so a score can be explained. */
export const SignalsSchema = z
  .object({
    heading: z.number().describe('Similarity of the headings.'),
    body: z.number().describe('Similarity of the task texts.'),
    numbers: z.number().describe('Share of numbers with units both tasks state.'),
    leadUnits: z.number().describe('Overlap of the lead units.'),
    order: z.number().describe('Agreement with the document order.'),
  })
  .describe('Each similarity signal in [0, 1], so a score can be explained.');
export type Signals = z.infer<typeof SignalsSchema>;

export const LinkSchema = z.object({
  child: z.string().describe('Child task id.'),
  parents: z.array(z.string()).min(1).describe('Parent task ids, best first.'),
  score: z.number().describe('Combined similarity in [0, 1].'),
  relation: RelationSchema,
  skipLevel: z.boolean().optional().describe('The parent lives two levels up: the middle level has no counterpart.'),
  evidence: z.object({
    signals: SignalsSchema,
    sharedTerms: z.array(z.string()).describe('Terms (jieba tokens, numbers, named things) both tasks share.'),
    headingDiff: z.array(DiffOpSchema).describe('Character diff of the best parent\'s heading against the child\'s heading.'),
  }),
});
export type Link = z.infer<typeof LinkSchema>;

export const SectionLinkSchema = z.object({
  child: z.string().describe('Child section id (top-level numeral).'),
  parent: z.string().nullable().describe('Parent section id, or null when the child section is local.'),
  score: z.number(),
});
export type SectionLink = z.infer<typeof SectionLinkSchema>;

export const AlignmentSchema = z.object({
  child: DocumentRefSchema.describe('The lower-level document.'),
  parent: DocumentRefSchema.describe('The higher-level document it implements.'),
  links: z.array(LinkSchema).describe('One link per child task that implements a parent task.'),
  droppedParents: z.array(z.string()).describe('Parent tasks no child task implements.'),
  addedChildren: z.array(z.string()).describe('Child tasks with no parent counterpart (local tasks).'),
  sections: z.array(SectionLinkSchema).describe('How the parts of the child map to the parts of the parent.'),
  droppedParentSections: z.array(z.string()).describe('Parent parts no child part takes up.'),
  warnings: z.array(WarningSchema),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

import { z } from 'zod';
import { AlignmentSchema } from './alignment.js';
import { DocumentRefSchema, PolicyDocumentSchema } from './document.js';
import { ComparatorSchema, TargetSchema } from './target.js';
import { WarningSchema } from './warning.js';

export const ChangeSchema = z
  .enum(['kept', 'relaxed', 'raised', 'dropped', 'added', 'deferred'])
  .describe('What happened to a target on the way down: kept, relaxed (weaker), raised (加码), dropped, added by the child, deferred to the parent (落实上级…标准).');
export type Change = z.infer<typeof ChangeSchema>;

export const VersusReferenceSchema = z
  .enum(['below', 'proportional', 'above'])
  .describe('An extensive target share against the reference share: below, within the tolerance (proportional), above.');
export type VersusReference = z.infer<typeof VersusReferenceSchema>;

export const TargetChangeSchema = z.object({
  child: z.string().nullable().describe('Child task id (null for a dropped target whose task nobody implements).'),
  parent: z.string().nullable().describe('Parent task id (null for a target added by a local task).'),
  parentTarget: TargetSchema.optional(),
  childTarget: TargetSchema.optional(),
  change: ChangeSchema,
  share: z.number().optional().describe('Extensive targets: child value / parent value.'),
  versusReference: VersusReferenceSchema.optional(),
  shareIsOne: z.boolean().optional().describe('The child copies the parent\'s absolute number (share = 1) for an extensive target.'),
  comparatorChanged: z.object({ from: ComparatorSchema, to: ComparatorSchema }).optional(),
  qualifierChanged: z.object({ from: z.array(z.string()), to: z.array(z.string()) }).optional(),
  horizonChanged: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
  evidence: z.object({
    parentText: z.string().optional().describe('Phrase quoted from the parent / child document.'),
    childText: z.string().optional(),
    metricSimilarity: z.number().optional().describe('How alike the two metrics are, in [0, 1].'),
    note: z.string().optional().describe('Free text, e.g. the 落实上级…标准 phrase that defers a number.'),
  }),
});
export type TargetChange = z.infer<typeof TargetChangeSchema>;

export const LeadUnitChangeSchema = z.object({
  child: z.string(),
  parent: z.string(),
  from: z.array(z.string()),
  to: z.array(z.string()),
});
export type LeadUnitChange = z.infer<typeof LeadUnitChangeSchema>;

export const ReferenceShareSchema = z.object({
  value: z.number().nullable().describe('null when no extensive targets could be paired and none was given.'),
  source: z.enum(['option', 'median', 'none']),
  count: z.number().int().describe('How many paired extensive targets the median was taken over.'),
  tolerance: z.number().describe('Relative tolerance used to call a share proportional.'),
});
export type ReferenceShare = z.infer<typeof ReferenceShareSchema>;

const countsByChange = z.record(ChangeSchema, z.number().int());

export const PairSummarySchema = z.object({
  tasks: z.object({
    child: z.number().int(),
    parent: z.number().int(),
    linked: z.number().int(),
    dropped: z.number().int(),
    added: z.number().int(),
    byRelation: z.record(z.string(), z.number().int()),
  }),
  targets: countsByChange.describe('Target changes by class.'),
  bySection: z
    .array(
      z.object({
        section: z.string(),
        title: z.string(),
        droppedTasks: z.number().int(),
        targets: countsByChange,
      }),
    )
    .describe('Per parent part (by id): target change counts and dropped tasks.'),
});
export type PairSummary = z.infer<typeof PairSummarySchema>;

/**
 * One level pair of the report: the pair's alignment (links, droppedParents, addedChildren, sections,
 * droppedParentSections, warnings — the same fields as `align --json`) plus what happened to the targets.
 */
export const PairReportSchema = AlignmentSchema.extend({
  parentIndex: z.number().int().describe('Index of the parent document in GapReport.documents.'),
  childIndex: z.number().int().describe('Index of the child document in GapReport.documents.'),
  skipLevel: z.boolean().describe('The pair skips a level (county against province).'),
  targetChanges: z.array(TargetChangeSchema).describe('What happened to each target of the pair.'),
  goalChanges: z
    .array(TargetChangeSchema)
    .describe("The documents' goals (PolicyDocument.goals) compared like task targets; child and parent are null."),
  leadUnitChanges: z.array(LeadUnitChangeSchema).describe('Linked tasks whose lead units differ.'),
  referenceShare: ReferenceShareSchema.describe('The share extensive targets were judged against.'),
  summary: PairSummarySchema.describe('Counts of tasks and target changes.'),
});
export type PairReport = z.infer<typeof PairReportSchema>;

export const GapReportSchema = z
  .object({
    schemaVersion: z.string().describe('Version of this JSON format (semver).'),
    documents: z.array(PolicyDocumentSchema).describe('Documents from the highest level to the lowest, in the order analysed.'),
    levels: z.array(DocumentRefSchema).describe('A short reference to each document, in the same order.'),
    pairs: z.array(PairReportSchema).describe('Adjacent level pairs top down, then skip-level pairs.'),
    warnings: z.array(WarningSchema).describe('Warnings of every document and pair, with their source.'),
  })
  .describe('Gap analysis of a chain of documents (analyze --json).');
export type GapReport = z.infer<typeof GapReportSchema>;

import { z } from 'zod';
import { AlignmentSchema } from './alignment.js';
import { DocumentRefSchema, PolicyDocumentSchema } from './document.js';
import { ComparatorSchema, TargetSchema } from './target.js';
import { WarningSchema } from './warning.js';

export const ChangeSchema = z.enum(['kept', 'relaxed', 'raised', 'dropped', 'added', 'deferred']);
export type Change = z.infer<typeof ChangeSchema>;

export const VersusReferenceSchema = z.enum(['below', 'proportional', 'above']);
export type VersusReference = z.infer<typeof VersusReferenceSchema>;

export const TargetChangeSchema = z.object({
  /** Child task id (null for a dropped target whose task nobody implements). */
  child: z.string().nullable(),
  /** Parent task id (null for a target added by a local task). */
  parent: z.string().nullable(),
  parentTarget: TargetSchema.optional(),
  childTarget: TargetSchema.optional(),
  change: ChangeSchema,
  /** Extensive targets: child value / parent value. */
  share: z.number().optional(),
  versusReference: VersusReferenceSchema.optional(),
  /** The child copies the parent's absolute number (share = 1) for an extensive target. */
  shareIsOne: z.boolean().optional(),
  comparatorChanged: z.object({ from: ComparatorSchema, to: ComparatorSchema }).optional(),
  qualifierChanged: z.object({ from: z.array(z.string()), to: z.array(z.string()) }).optional(),
  horizonChanged: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
  evidence: z.object({
    /** Phrase quoted from the parent / child document. */
    parentText: z.string().optional(),
    childText: z.string().optional(),
    /** How alike the two metrics are, in [0, 1]. */
    metricSimilarity: z.number().optional(),
    /** Free text, e.g. the 落实上级…标准 phrase that defers a number. */
    note: z.string().optional(),
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
  /** null when no extensive targets could be paired and none was given. */
  value: z.number().nullable(),
  source: z.enum(['option', 'median', 'none']),
  /** How many paired extensive targets the median was taken over. */
  count: z.number().int(),
  /** Relative tolerance used to call a share proportional. */
  tolerance: z.number(),
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
  targets: countsByChange,
  /** Per parent section (by id), target change counts and dropped tasks. */
  bySection: z.array(
    z.object({
      section: z.string(),
      title: z.string(),
      droppedTasks: z.number().int(),
      targets: countsByChange,
    }),
  ),
});
export type PairSummary = z.infer<typeof PairSummarySchema>;

/**
 * One level pair of the report: the pair's alignment (links, droppedParents, addedChildren, sections,
 * droppedParentSections, warnings — the same fields as `align --json`) plus what happened to the targets.
 */
export const PairReportSchema = AlignmentSchema.extend({
  /** Indexes into GapReport.documents. */
  parentIndex: z.number().int(),
  childIndex: z.number().int(),
  /** The pair skips a level (county against province). */
  skipLevel: z.boolean(),
  targetChanges: z.array(TargetChangeSchema),
  /** The documents' goals (PolicyDocument.goals) compared like task targets; child and parent are null. */
  goalChanges: z.array(TargetChangeSchema),
  leadUnitChanges: z.array(LeadUnitChangeSchema),
  referenceShare: ReferenceShareSchema,
  summary: PairSummarySchema,
});
export type PairReport = z.infer<typeof PairReportSchema>;

export const GapReportSchema = z.object({
  schemaVersion: z.string(),
  /** Documents from highest level to lowest, as given. */
  documents: z.array(PolicyDocumentSchema),
  levels: z.array(DocumentRefSchema),
  pairs: z.array(PairReportSchema),
  warnings: z.array(WarningSchema),
});
export type GapReport = z.infer<typeof GapReportSchema>;

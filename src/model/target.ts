import { z } from 'zod';
import { SpanSchema } from './span.js';

export const ComparatorSchema = z.enum(['>=', '>', '~', '<=', '<', '=']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** extensive quantities add up across regions (counts, areas, money); intensive ones do not (rates, shares, per-person standards). */
export const TargetKindSchema = z.enum(['extensive', 'intensive']);
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** A quantity a document commits to, e.g. 新增高新技术企业100家以上. */
export const TargetSchema = z.object({
  /** Value in the base unit, 万/亿/千 folded in (0.8亿立方米 → 80000000). For a range, the lower bound. */
  value: z.number(),
  /** Upper bound of a range (10—15家 → value 10, max 15). */
  max: z.number().optional(),
  /** Base unit without multiplier: 家, 个, %, 千瓦, 立方米 … */
  unit: z.string(),
  /** The unit as printed, multiplier included (亿立方米). */
  rawUnit: z.string(),
  comparator: ComparatorSchema,
  kind: TargetKindSchema,
  /** What is measured: 新增高新技术企业, 专利授权量增长. */
  metric: z.string(),
  /** Level words and thresholds narrowing the metric: 省级以上, 投资500万元以上, 220千伏. */
  qualifiers: z.array(z.string()),
  /** Deadline or horizon where stated: 年底前, 到2025年. */
  horizon: z.string().optional(),
  /** The figure a change starts from, in the target's base unit (由每人每年50元提高到100元 → 50). */
  baseline: z.number().optional(),
  /** 余/多: the printed number is a floor, not exact. */
  approximate: z.boolean(),
  /** A qualitative commitment read as a number (全覆盖 → 100%). */
  qualitative: z.boolean(),
  /** The source phrase (simplified characters). */
  text: z.string(),
  /** Where the phrase stands in the original input. */
  span: SpanSchema,
});
export type Target = z.infer<typeof TargetSchema>;

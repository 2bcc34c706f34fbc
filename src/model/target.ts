import { z } from 'zod';
import { SpanSchema } from './span.js';

export const ComparatorSchema = z
  .enum(['>=', '>', '~', '<=', '<', '='])
  .describe('>= 以上/不少于/不低于; > 超过/突破; ~ 左右/约; <= 以内/不超过/控制在; < 低于; = 达到 or a plain number.');
export type Comparator = z.infer<typeof ComparatorSchema>;

export const TargetKindSchema = z
  .enum(['extensive', 'intensive'])
  .describe('extensive quantities add up across regions (counts, areas, money); intensive ones do not (rates, shares, per-person standards).');
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** A quantity a document commits to, e.g. 新增高新技术企业100家以上. */
export const TargetSchema = z.object({
  value: z.number().describe('Value in the base unit, 万/亿/千 folded in (0.8亿立方米 → 80000000). For a range, the lower bound.'),
  max: z.number().optional().describe('Upper bound of a range (10—15家 → value 10, max 15).'),
  unit: z.string().describe('Base unit without multiplier: 家, 个, %, 千瓦, 立方米 …'),
  rawUnit: z.string().describe('The unit as printed, multiplier included (亿立方米).'),
  comparator: ComparatorSchema,
  kind: TargetKindSchema,
  metric: z.string().describe('What is measured: 新增高新技术企业, 专利授权量增长.'),
  qualifiers: z.array(z.string()).describe('Level words and thresholds narrowing the metric: 省级以上, 投资500万元以上, 220千伏.'),
  horizon: z.string().optional().describe('Deadline or horizon where stated: 年底前, 到2025年.'),
  baseline: z.number().optional().describe('The figure a change starts from, in the target\'s base unit (由每人每年60元提高到90元 → 60).'),
  approximate: z.boolean().describe('余/多: the printed number is a floor, not exact.'),
  qualitative: z.boolean().describe('A qualitative commitment read as a number (全覆盖 → 100%).'),
  text: z.string().describe('The source phrase (simplified characters).'),
  span: SpanSchema.describe('Where the phrase stands in the original input.'),
});
export type Target = z.infer<typeof TargetSchema>;

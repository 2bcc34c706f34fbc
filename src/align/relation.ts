import type { Relation, Signals } from '../model/index.js';
import { isAdminLevelChar } from '../vocabulary/index.js';

export interface RelationInput {
  parentCount: number;
  /** How many children link to this link's primary parent. */
  siblingCount: number;
  moved: boolean;
  signals: Signals;
  headingOnlyPair: boolean;
  sameThreshold: number;
  /**
   * Heading similarity once administrative-level words are neutralised (市以下 ~ 县以下): a lower level
   * restating the task for itself keeps the same wording. Defaults to signals.heading.
   */
  levelNeutralHeading?: number;
}

/** The heading with administrative-level characters replaced by one placeholder. */
export function neutraliseLevels(heading: string): string {
  let out = '';
  for (const ch of heading) out += isAdminLevelChar(ch) ? '□' : ch;
  return out;
}

/**
 * Relation of a link: merged (several parents) and split (the parent has several children) first,
 * then moved (the counterpart sits in another section than the section alignment expects; a task merely
 * reordered inside its part is not moved), then by wording: same (heading essentially unchanged), reworded
 * (same task, heading rewritten), partial (the child takes up only part of the parent).
 */
export function classifyRelation(input: RelationInput): Relation {
  if (input.parentCount > 1) return 'merged';
  if (input.siblingCount > 1) return 'split';
  if (input.moved) return 'moved';
  const { heading, body } = input.signals;
  if (Math.max(heading, input.levelNeutralHeading ?? 0) >= input.sameThreshold) return 'same';
  if (input.headingOnlyPair) return heading >= 0.45 ? 'reworded' : 'partial';
  return body >= 0.4 || heading >= 0.5 ? 'reworded' : 'partial';
}

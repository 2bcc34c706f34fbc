import type { Relation, Signals } from '../model/index.js';

export interface RelationInput {
  parentCount: number;
  /** How many children link to this link's primary parent. */
  siblingCount: number;
  moved: boolean;
  /** The link's signals; `heading` is taken with scope and level words neutralised (市以下 ~ 县以下). */
  signals: Signals;
  headingOnlyPair: boolean;
  sameThreshold: number;
}

/**
 * Relation of a link: merged (several parents) and split (the parent has several children) first,
 * then moved (the counterpart sits in another section than the section alignment expects; a task merely
 * reordered inside its part is not moved), then by wording: same (heading essentially unchanged; a lower
 * level restating the task for itself keeps the same wording), reworded (same task, heading rewritten),
 * partial (the child takes up only part of the parent).
 */
export function classifyRelation(input: RelationInput): Relation {
  if (input.parentCount > 1) return 'merged';
  if (input.siblingCount > 1) return 'split';
  if (input.moved) return 'moved';
  const { heading, body } = input.signals;
  if (heading >= input.sameThreshold) return 'same';
  if (input.headingOnlyPair) return heading >= 0.45 ? 'reworded' : 'partial';
  return body >= 0.4 || heading >= 0.5 ? 'reworded' : 'partial';
}

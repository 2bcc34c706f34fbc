import type { Change, Comparator, Span, TargetKind, VersusReference } from '../model/index.js';

/** How a child task came from the parent list (what the aligner should report). */
export type SyntheticRelation = 'same' | 'reworded' | 'merged' | 'split' | 'moved';

export interface SyntheticLinkTruth {
  /** Child task id as printed in the generated list ("1".."N"). */
  child: string;
  /** Parent task ids the child implements (two for a merge). */
  parents: string[];
  relation: SyntheticRelation;
  /** Everything done to the task: reworded, reordered, moved, merged, split. */
  mutations: string[];
}

/** What should happen to one target on the way down. */
export interface SyntheticTargetTruth {
  /** Parent task id (null for a target of an added local task). */
  parentTask: string | null;
  /** Child task id (null for a target of a dropped task). */
  childTask: string | null;
  /** The parent target's span in the parent source: the key to find it in a report. */
  parentSpan?: Span;
  /** The phrase in the parent / child text. */
  parentText?: string;
  childText?: string;
  kind?: TargetKind;
  parentValue?: number;
  childValue?: number;
  expected: Change;
  /** Extensive targets: realised child / parent value, and how it stands against the document's share. */
  share?: number;
  versusReference?: VersusReference;
  comparatorChanged?: { from: Comparator; to: Comparator };
  /** The printed unit changed (万 ↔ 亿, 万人 ↔ 人) while the quantity was converted. */
  unitChanged?: { from: string; to: string };
  /** False when the generator could not place a known change (the phrase was copied as is). */
  scored: boolean;
}

export interface SyntheticTruth {
  schema: 'policy-cascade/synthetic-truth@1';
  seed: number;
  parent: { title: string; name?: string };
  child: { title: string; region: string };
  /** The share of the parent's extensive quantities this child takes (the reference share). */
  share: number;
  links: SyntheticLinkTruth[];
  droppedParents: string[];
  addedChildren: string[];
  droppedParentSections: string[];
  targets: SyntheticTargetTruth[];
}

export interface SyntheticDocument {
  /** The generated task list, in the same textual format as a real one. */
  text: string;
  truth: SyntheticTruth;
}

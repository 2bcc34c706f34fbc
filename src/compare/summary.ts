import { ChangeSchema, type Alignment, type Change, type PairSummary, type PolicyDocument, type TargetChange } from '../model/index.js';

/** Every change class with a count (0 when absent), in the schema's order. */
export function countChanges(changes: readonly TargetChange[]): Record<Change, number> {
  const counts = Object.fromEntries(ChangeSchema.options.map((c) => [c, 0])) as Record<Change, number>;
  for (const c of changes) counts[c.change]++;
  return counts;
}

/**
 * Summary of one pair. For a skip-level pair the child count is the tasks that were tried against the
 * skipped-to level (those left unlinked one level up), and no parent task counts as dropped.
 */
export function summarizePair(
  parent: PolicyDocument,
  child: PolicyDocument,
  alignment: Alignment,
  changes: readonly TargetChange[],
  skipLevel: boolean,
): PairSummary {
  const byRelation: Record<string, number> = {};
  for (const link of alignment.links) byRelation[link.relation] = (byRelation[link.relation] ?? 0) + 1;
  const sortedByRelation = Object.fromEntries(Object.entries(byRelation).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const sectionOfTask = new Map(parent.tasks.map((t) => [t.id, t.sectionPath[0] ?? '']));
  const dropped = new Set(alignment.droppedParents);
  const bySection = parent.sections
    .filter((s) => s.path.length === 1)
    .map((s) => ({
      section: s.id,
      title: s.title,
      droppedTasks: s.taskIds.filter((id) => dropped.has(id)).length,
      targets: countChanges(changes.filter((c) => c.parent !== null && sectionOfTask.get(c.parent) === s.id)),
    }));

  return {
    tasks: {
      child: skipLevel ? alignment.links.length + alignment.addedChildren.length : child.tasks.length,
      parent: parent.tasks.length,
      linked: alignment.links.length,
      dropped: alignment.droppedParents.length,
      added: alignment.addedChildren.length,
      byRelation: sortedByRelation,
    },
    targets: countChanges(changes),
    bySection,
  };
}

import type { Alignment, Link } from '../model/index.js';

/**
 * A connected set of aligned tasks: usually one child task and one parent task, but a merge (one child,
 * two parents) or a split (one parent, two children) puts all of them in one group, so their targets
 * compete for each other.
 */
export interface TaskGroup {
  /** Parent task ids, in first-seen order. */
  parents: string[];
  /** Child task ids, in first-seen order. */
  children: string[];
  /** For each child task, its parents best first (from the link). */
  parentsOfChild: Map<string, string[]>;
  /** For each parent task, its child tasks (link order). */
  childrenOfParent: Map<string, string[]>;
}

/** Group the links of an alignment into connected components (deterministic: link order). */
export function linkGroups(alignment: Pick<Alignment, 'links'>): TaskGroup[] {
  const parentOf = new Map<string, string>(); // union-find over 'c:' / 'p:' keys
  const find = (x: string): string => {
    let root = x;
    while (parentOf.get(root) !== root) root = parentOf.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = parentOf.get(cur)!;
      parentOf.set(cur, root);
      cur = next;
    }
    return root;
  };
  const add = (x: string): void => {
    if (!parentOf.has(x)) parentOf.set(x, x);
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parentOf.set(rb, ra);
  };
  for (const link of alignment.links) {
    add(`c:${link.child}`);
    for (const p of link.parents) {
      add(`p:${p}`);
      union(`c:${link.child}`, `p:${p}`);
    }
  }
  const groups = new Map<string, TaskGroup>();
  const order: string[] = [];
  const groupOf = (link: Link): TaskGroup => {
    const root = find(`c:${link.child}`);
    let g = groups.get(root);
    if (!g) {
      g = { parents: [], children: [], parentsOfChild: new Map(), childrenOfParent: new Map() };
      groups.set(root, g);
      order.push(root);
    }
    return g;
  };
  for (const link of alignment.links) {
    const g = groupOf(link);
    if (!g.children.includes(link.child)) g.children.push(link.child);
    g.parentsOfChild.set(link.child, [...link.parents]);
    for (const p of link.parents) {
      if (!g.parents.includes(p)) g.parents.push(p);
      const kids = g.childrenOfParent.get(p) ?? [];
      if (!kids.includes(link.child)) kids.push(link.child);
      g.childrenOfParent.set(p, kids);
    }
  }
  return order.map((r) => groups.get(r)!);
}

// The naive baselines of the benchmark, in JS: the same regex split and greedy one-to-one matching as
// baseline.py, scored with string-similarity's Dice coefficient on headings.
import stringSimilarity from 'string-similarity';

const TASK = /^[\s\u3000]*(\d+)[.．、]\s*(.+)$/;

/** Numbered tasks of a task list: [{id, heading}], heading = text up to the first 。；; */
export function naiveTasks(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const m = TASK.exec(line);
    if (m) out.push({ id: m[1], heading: m[2].split(/[。；;]/, 1)[0] });
  }
  return out;
}

/** Greedy best-first one-to-one matching above a threshold. */
export function greedyAlign(child, parent, score, threshold) {
  const pairs = [];
  for (const c of child) for (const p of parent) {
    const s = score(c.heading, p.heading);
    if (s >= threshold) pairs.push([s, c.id, p.id]);
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedC = new Set();
  const usedP = new Set();
  const links = [];
  for (const [s, c, p] of pairs) {
    if (usedC.has(c) || usedP.has(p)) continue;
    usedC.add(c);
    usedP.add(p);
    links.push({ child: c, parents: [p], score: s });
  }
  return {
    links,
    droppedParents: parent.filter((p) => !usedP.has(p.id)).map((p) => p.id),
    addedChildren: child.filter((c) => !usedC.has(c.id)).map((c) => c.id),
  };
}

export function diceBaseline(childText, parentText, threshold = 0.5) {
  return greedyAlign(naiveTasks(childText), naiveTasks(parentText), stringSimilarity.compareTwoStrings, threshold);
}

import type { PolicyDocument, Task, Warning } from '../model/index.js';
import { LineIndex } from './lines.js';

/** A heading of an interpretation next to the task of the full list it stands for. */
export interface ReadingDifference {
  /** What differs: the heading text, a heading missing from the list, or one the reading lacks. */
  kind: 'heading' | 'missing-in-list' | 'missing-in-reading' | 'section-title';
  section: string;
  readingTaskId?: string;
  listTaskId?: string;
  reading?: string;
  list?: string;
}

export interface ReadingComparison {
  /** Pairs of (reading task id, list task id) matched by section and order. */
  pairs: Array<{ reading: string; list: string; same: boolean }>;
  differences: ReadingDifference[];
  /** The differences as warnings positioned in the reading's source. */
  warnings: Warning[];
}

function bySection(doc: PolicyDocument): Map<string, Task[]> {
  const map = new Map<string, Task[]>();
  for (const t of doc.tasks) {
    const key = t.sectionPath[0] ?? '';
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  }
  return map;
}

/**
 * Check an interpretation against the full list it describes: headings are paired section by section
 * (top-level numeral) and in order; every pair whose headings differ, and every heading without a
 * counterpart, is reported. (The city's reading says 加强工作领导 where its list says 加强组织领导.)
 */
export function compareReadingWithList(reading: PolicyDocument, list: PolicyDocument): ReadingComparison {
  const readingSections = bySection(reading);
  const listSections = bySection(list);
  const lines = new LineIndex(reading.source);
  const result: ReadingComparison = { pairs: [], differences: [], warnings: [] };
  const warn = (code: string, message: string, task?: Task): void => {
    const w: Warning = { code, message };
    if (task) {
      w.span = task.headingSpan;
      const p = lines.position(task.headingSpan.start);
      w.line = p.line;
      w.column = p.column;
    }
    if (reading.name !== undefined) w.source = reading.name;
    result.warnings.push(w);
  };

  const sectionIds = [...new Set([...readingSections.keys(), ...listSections.keys()])];
  for (const id of sectionIds) {
    const rs = readingSections.get(id) ?? [];
    const ls = listSections.get(id) ?? [];
    for (const [r, l] of pairInOrder(rs, ls)) {
      if (r && l) {
        const same = r.heading === l.heading;
        result.pairs.push({ reading: r.id, list: l.id, same });
        if (!same) {
          result.differences.push({ kind: 'heading', section: id, readingTaskId: r.id, listTaskId: l.id, reading: r.heading, list: l.heading });
          warn('heading-mismatch', `heading ${r.id} reads "${r.heading}" where the list's task ${l.id} reads "${l.heading}"`, r);
        }
      } else if (r) {
        result.differences.push({ kind: 'missing-in-list', section: id, readingTaskId: r.id, reading: r.heading });
        warn('heading-missing-in-list', `heading ${r.id} "${r.heading}" has no task in part ${id} of the list`, r);
      } else if (l) {
        result.differences.push({ kind: 'missing-in-reading', section: id, listTaskId: l.id, list: l.heading });
        warn('heading-missing-in-reading', `the list's task ${l.id} "${l.heading}" is not named in part ${id} of the reading`);
      }
    }
  }
  for (const rs of reading.sections.filter((s) => s.path.length === 1)) {
    const ls = list.sections.find((s) => s.path.length === 1 && s.id === rs.id);
    if (ls && rs.title && ls.title && rs.title !== ls.title) {
      result.differences.push({ kind: 'section-title', section: rs.id, reading: rs.title, list: ls.title });
    }
  }
  return result;
}

/**
 * Pair two heading sequences in order: identical headings anchor the pairing (longest common
 * subsequence); between anchors the leftovers pair up one to one (reworded headings), and any surplus
 * stays unpaired. Sections are small, so the O(n·m) table is cheap.
 */
function pairInOrder(a: Task[], b: Task[]): Array<[Task | undefined, Task | undefined]> {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i]!.heading === b[j]!.heading ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Array<[Task | undefined, Task | undefined]> = [];
  let pendingA: Task[] = [];
  let pendingB: Task[] = [];
  const flush = (): void => {
    const k = Math.max(pendingA.length, pendingB.length);
    for (let x = 0; x < k; x++) out.push([pendingA[x], pendingB[x]]);
    pendingA = [];
    pendingB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.heading === b[j]!.heading) {
      flush();
      out.push([a[i]!, b[j]!]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) pendingA.push(a[i++]!);
    else pendingB.push(b[j++]!);
  }
  flush();
  return out;
}

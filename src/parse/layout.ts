import { columnRole } from './table.js';

/**
 * Same-length rewrites of the raw input that keep a table's layout through normalisation, which folds
 * tabs and spaces between Chinese characters away. Offsets are unchanged, so spans still point into the
 * original input.
 * - A line with two or more inner tabs is a table row (the io readers write cells so): its tabs become `|`.
 * - A header row whose cells are separated by spaces (序号 重点任务 牵头单位 …), and the rows below it up to
 *   a blank line: every run of spaces starts a cell.
 * - A row number followed by a space (`1 加强平台建设。…`) in a sequence of such lines: the space becomes `.`.
 */
export function prepareLayout(source: string): string {
  if (!/[\t ]/.test(source)) return source;
  // offsets whose character becomes `|` or `.`
  const edits = new Map<number, string>();
  let lineStart = 0;
  let inSpacedTable = false;
  const numbered: Array<{ at: number; num: number }> = [];
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const inner = line.trim();
    const lead = lineStart + line.length - line.trimStart().length;
    if (inner.length === 0) inSpacedTable = false;
    else if (inner.includes('\t') && (inner.match(/\t/g)?.length ?? 0) >= 2) {
      for (let i = inner.indexOf('\t'); i >= 0; i = inner.indexOf('\t', i + 1)) edits.set(lead + i, '|');
    } else if (!inner.includes('|') && /[ \u3000]/.test(inner)) {
      // a spaced header is short and holds no sentence
      if (!inSpacedTable && inner.length <= 80 && !/[。；，]/.test(inner)) {
        const cells = inner.split(/[ \u3000]+/);
        if (cells.length >= 3 && isHeaderRow(cells)) inSpacedTable = true;
      }
      if (inSpacedTable) {
        // the first space of every run inside the line starts a cell
        for (let i = 1; i < inner.length; i++) {
          if (/[ \u3000]/.test(inner[i]!) && !/[ \u3000]/.test(inner[i - 1]!)) edits.set(lead + i, '|');
        }
      } else {
        const m = /^(\d{1,3})[ \u3000]+(?=[\u4e00-\u9fff“《（(])(?![年月日个项家万亿元%])/.exec(inner);
        if (m) numbered.push({ at: lead + m[1]!.length, num: Number(m[1]) });
      }
    }
    lineStart = lineEnd + 1;
  }
  const nums = new Set(numbered.map((n) => n.num));
  for (const n of numbered) if (nums.has(n.num + 1) || nums.has(n.num - 1)) edits.set(n.at, '.');
  if (edits.size === 0) return source;
  let out = '';
  let from = 0;
  for (const at of [...edits.keys()].sort((x, y) => x - y)) {
    out += source.slice(from, at) + edits.get(at)!;
    from = at + 1;
  }
  return out + source.slice(from);
}

/** Cells that name at least a task column and a unit or number column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const roles = new Set(cells.map((c) => columnRole(c.replace(/\s/g, ''))));
  const task = roles.has('heading') || roles.has('text');
  const other = roles.has('lead') || roles.has('responsible') || roles.has('support') || roles.has('id');
  return task && other;
}

/** A line of the normalised text: [start, end) offsets into it, without the line break. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    for (const [s, e] of unglueTasks(text, start, end)) lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const LEADING_TASK_RE = /^(\d{1,3})\./;
const UNIT_BRACKET_RE = /^（(?:牵头|责任|配合|参与|协同|主办)(?:单位|部门)[：:]/;

/**
 * Line breaks lost in extraction glue the next task onto the previous one:
 * `1.加强平台建设。（牵头单位：县科技局）2.推进企业培育。…`. A line starting with task N is split before
 * `N+1.` when that follows directly the closing bracket of a unit list, and so on for N+2 … — the number must
 * be the next one, so an enumeration inside a task is never split. Returns [start, end) ranges.
 */
function unglueTasks(text: string, start: number, end: number): Array<[number, number]> {
  const line = text.slice(start, end);
  const first = LEADING_TASK_RE.exec(line);
  if (!first || !line.includes('）')) return [[start, end]];
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let next = Number(first[1]) + 1;
  let search = 0;
  for (;;) {
    const marker = `）${next}.`;
    const at = line.indexOf(marker, search); // searches this line only: linear per line
    if (at < 0) break;
    const cut = at + 1;
    const afterNumber = line.charCodeAt(cut + marker.length - 1);
    const windowStart = Math.max(from, at - 300);
    const openInWindow = line.slice(windowStart, at).lastIndexOf('（');
    const open = windowStart + openInWindow;
    const isUnitList = openInWindow >= 0 && UNIT_BRACKET_RE.test(line.slice(open, open + 8));
    if (isUnitList && !(afterNumber >= 0x30 && afterNumber <= 0x39)) {
      ranges.push([start + from, start + cut]);
      from = cut;
      next++;
    }
    search = at + 1;
  }
  ranges.push([start + from, end]);
  return ranges;
}

/** 1-based line/column lookup in the original text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

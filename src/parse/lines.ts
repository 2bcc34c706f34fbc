/** A line of the normalised text: [start, end) offsets into it, without the line break. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // a text with (nearly) no line breaks: markers after a sentence end start lines
  const runOn = text.length > 100 && countBreaks(text, 4) < 4;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const ranges = runOn ? splitRunOn(text, start, end) : unglueTasks(text, start, end);
    for (const [s, e] of ranges) lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function countBreaks(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < limit; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const CN_NUMERALS = '一二三四五六七八九十';
const RUN_ON_MARKER_RE = /(?<=^|[。；！？）]|(?:任务|方案|计划|要点|清单|通知|意见|分工|措施)(?=一、))\s*(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,3})\.(?!\d))/g;

/** 1..10 as a numeral (parts and subsections of a run-on text rarely go further). */
function cnIndex(s: string): number {
  return s.length === 1 ? CN_NUMERALS.indexOf(s) + 1 : s === '十一' ? 11 : s === '十二' ? 12 : 0;
}

/**
 * Split a line holding a whole outline (`一、总体要求…。1.加强平台建设。…（牵头单位：…）2.推进…`) before each
 * marker that follows a sentence end and continues its sequence: parts 一、二、…, subsections （一）（二）… per
 * part, tasks 1. 2. … (or restarting at 1 in a new part or subsection), so `3.5%` or an enumeration inside a
 * task never splits.
 */
function splitRunOn(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const line = text.slice(start, end);
  let from = 0;
  let part = 0;
  let sub = 0;
  let task = 0;
  for (const m of line.matchAll(RUN_ON_MARKER_RE)) {
    const at = m.index + (m[0].length - m[0].trimStart().length);
    let next = false;
    if (m[1] !== undefined && cnIndex(m[1]) === part + 1) {
      part++;
      sub = 0;
      next = true;
    } else if (m[2] !== undefined && cnIndex(m[2]) === sub + 1) {
      sub++;
      next = true;
    } else if (m[3] !== undefined && (Number(m[3]) === task + 1 || Number(m[3]) === 1)) {
      task = Number(m[3]);
      next = true;
    }
    if (!next || at === 0) continue;
    ranges.push([start + from, start + at]);
    from = at;
  }
  ranges.push([start + from, end]);
  return ranges;
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

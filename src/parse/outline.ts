import { isClosingLine } from './chrome.js';
import type { Line } from './lines.js';
import { parseChineseNumeral } from '../vocabulary/index.js';
import { firstSentence, trimRange } from './scan.js';

/** Markers of the outline, matched against one normalised line (anchored, bounded: linear). */
export const PART_RE = /^([一二三四五六七八九十百零〇]{1,4})[、.](?=\S)/;
/** `第一部分 …` / `第一章 …` as a part heading (in lists that are not interpretations). */
export const PART_WORD_RE = /^第([一二三四五六七八九十]{1,3})(?:部分|章|篇)[、，：:.\s]?(?=\S)/;
export const SUB_RE = /^（([一二三四五六七八九十]{1,3})）/;
export const TASK_RE = /^(\d{1,3})[.﹒](?![0-9])(?=\S)/;

/** How tasks are numbered: `1.` by default; `（1）`, `①`, `第一条` or `一是` where a list has no `1.` at all. */
export interface TaskMarker {
  re: RegExp;
  num(m: RegExpExecArray): number | undefined;
}

export const ARABIC_TASKS: TaskMarker = { re: TASK_RE, num: (m) => Number(m[1]) };

const OTHER_TASK_MARKERS: TaskMarker[] = [
  { re: /^（(\d{1,3})）(?=\S)/, num: (m) => Number(m[1]) },
  { re: /^([\u2460-\u2473])(?=\S)/, num: (m) => m[1]!.charCodeAt(0) - 0x245f },
  { re: /^第([一二三四五六七八九十百零〇]{1,5})条[、，：.]?(?=\S)/, num: (m) => parseChineseNumeral(m[1]!) },
  { re: /^([一二三四五六七八九十]{1,3})是(?=\S)/, num: (m) => parseChineseNumeral(m[1]!) },
];

/**
 * The task numbering of a document: `1.` when any line starts so; else the other form that starts most
 * lines in a sequence beginning at 1 (two lines at least); else `1.` (which then finds nothing).
 */
export function chooseTaskMarker(lines: readonly Line[]): TaskMarker {
  if (lines.some((l) => TASK_RE.test(l.text))) return ARABIC_TASKS;
  let best = ARABIC_TASKS;
  let bestCount = 1;
  for (const marker of OTHER_TASK_MARKERS) {
    const nums = lines.map((l) => marker.re.exec(l.text)).flatMap((m) => (m ? [marker.num(m)] : []));
    if (!nums.includes(1) || !nums.includes(2)) continue;
    if (nums.length > bestCount) {
      best = marker;
      bestCount = nums.length;
    }
  }
  return best;
}
const CLOSING_RE = /^(附件[：:0-9一二三四五六七八九十]|附件$|抄送[：:]|主送[：:])/;

export interface OutlineTask {
  /** Number as printed (NaN for an unnumbered subsection task). */
  num: number;
  /** Normalised offset of the marker (start of the task's first line). */
  start: number;
  /** Normalised offset just past the marker. */
  contentStart: number;
  /** Normalised end of the task's last line. */
  end: number;
  line: Line;
  part?: OutlinePart;
  sub?: OutlineSub;
}

export interface OutlineSub {
  id: string;
  num: number;
  line: Line;
  contentStart: number;
  /** Title: the first sentence of the line after the marker. */
  title: [number, number];
  /** End of the subsection's own text (its line and continuation lines before any task). */
  ownEnd: number;
  /** The line holds more than its title (`（一）加强统筹推进。坚持…`) or continuation lines follow. */
  hasBody: boolean;
  tasks: OutlineTask[];
  part?: OutlinePart;
}

export interface OutlinePart {
  id: string;
  num: number;
  line: Line;
  title: [number, number];
  subs: OutlineSub[];
  /** Tasks directly under the part (not in a subsection). */
  tasks: OutlineTask[];
}

export interface Outline {
  parts: OutlinePart[];
  /** Subsections found outside any part. */
  looseSubs: OutlineSub[];
  /** Tasks found outside any part or subsection. */
  looseTasks: OutlineTask[];
  /** All numbered tasks in document order. */
  tasks: OutlineTask[];
  /** Normalised offset where the outline starts (first marker line). */
  start: number;
}

function titleOf(text: string, contentStart: number, lineEnd: number): [number, number] {
  return firstSentence(text, contentStart, lineEnd);
}

/**
 * Read `一、` parts, `（一）` subsections and `1.` tasks from body lines. Any other line continues the
 * innermost open item (task, else subsection, else part). Lines from a closing `附件：` on are ignored.
 */
export function readOutline(text: string, lines: Line[], marker: TaskMarker = ARABIC_TASKS): Outline {
  const outline: Outline = { parts: [], looseSubs: [], looseTasks: [], tasks: [], start: -1 };
  let part: OutlinePart | undefined;
  let sub: OutlineSub | undefined;
  let task: OutlineTask | undefined;
  for (const line of lines) {
    const t = line.text;
    if (t.length === 0) continue;
    if (outline.start >= 0 && CLOSING_RE.test(t)) break;
    const pm = PART_RE.exec(t) ?? PART_WORD_RE.exec(t);
    const num = pm ? parseChineseNumeral(pm[1]!) : undefined;
    if (pm && num !== undefined) {
      const contentStart = line.start + pm[0].length;
      part = { id: pm[1]!, num, line, title: titleOf(text, contentStart, line.end), subs: [], tasks: [] };
      outline.parts.push(part);
      sub = undefined;
      task = undefined;
      if (outline.start < 0) outline.start = line.start;
      continue;
    }
    const sm = SUB_RE.exec(t);
    if (sm) {
      const contentStart = line.start + sm[0].length;
      const title = titleOf(text, contentStart, line.end);
      const rest = trimRange(text, title[1], line.end, '。')[0];
      sub = {
        id: `（${sm[1]}）`,
        num: parseChineseNumeral(sm[1]!) ?? 0,
        line,
        contentStart,
        title,
        ownEnd: line.end,
        hasBody: rest < line.end,
        tasks: [],
        part,
      };
      if (part) part.subs.push(sub);
      else outline.looseSubs.push(sub);
      task = undefined;
      if (outline.start < 0) outline.start = line.start;
      continue;
    }
    const tm = marker.re.exec(t);
    const taskNum = tm ? marker.num(tm) : undefined;
    if (tm && taskNum !== undefined) {
      task = { num: taskNum, start: line.start, contentStart: line.start + tm[0].length, end: line.end, line, part, sub };
      if (sub) sub.tasks.push(task);
      else if (part) part.tasks.push(task);
      else outline.looseTasks.push(task);
      outline.tasks.push(task);
      if (outline.start < 0) outline.start = line.start;
      continue;
    }
    if (isClosingLine(t)) {
      // a signature or date closes whatever is open; the outline may resume below it
      task = undefined;
      sub = undefined;
      continue;
    }
    if (task) task.end = line.end;
    else if (sub) {
      sub.ownEnd = line.end;
      sub.hasBody = true;
    }
  }
  return outline;
}

/** Parts holding the plan's general requirements, whose principles are not tasks (goals are). */
export function isPreamblePart(title: string): boolean {
  return /(总体要求|指导思想|总体思路|基本原则|工作原则|总体目标|目标要求)/.test(title);
}

export function isGoalTitle(title: string): boolean {
  return /目标/.test(title);
}

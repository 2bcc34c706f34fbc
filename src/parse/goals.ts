import type { Genre, Target } from '../model/index.js';
import { extractTargets } from '../targets/index.js';
import type { DocumentBuilder } from './build.js';
import { isMetadataLine } from './chrome.js';
import type { Line } from './lines.js';
import { PART_RE, PART_WORD_RE, SUB_RE, TASK_RE } from './outline.js';

/**
 * Document goals: the targets a document sets above its tasks — a goals section (主要目标, 工作目标,
 * 发展目标, 总体目标) written as prose, a goals paragraph (`今年全县主要预期目标：…`), or the preamble before
 * the outline. They are taken out of the tasks (a goals section is not a task, a goals paragraph's figures are
 * not a task's); numbered items under a goals heading stay tasks, as division-of-work lists assign them to
 * lead units. In a work report the review of last year gives neither tasks nor goals.
 */

/**
 * Titles of goals sections: （三）主要目标, 二、工作目标, （一）总体要求和主要预期目标 — the title ends with the
 * goals (not 对照主要目标抓好下半年工作安排).
 */
const GOAL_SECTION = /(?:(?:主要|预期|发展|工作|总体|年度|行动)目标|^目标)(?:任务)?$/;
/** A goals paragraph inside another section: 今年全县主要预期目标：…, 全年工作目标为… */
const GOAL_PARAGRAPH = /主要预期目标|(?:主要|预期|发展|工作|总体|年度)目标(?:是|为)/;
const RESTATEMENT = /上述|以上目标/;
/** Parts reviewing last year in a work report: 一、2024年工作回顾, 一、过去五年工作回顾. */
const REVIEW_SECTION = /回顾|过去一年|过去五年|去年工作/;
/** How many lines a goals paragraph whose heading line holds no figure may run on (2010-style lists). */
const GOAL_LIST_LINES = 3;

type Range = [number, number];

function titleAfterMarker(text: string, match: RegExpExecArray): string {
  const rest = text.slice(match[0].length);
  const stop = rest.search(/[。；;]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** Where goals stand and what a work report reviews, in normalised offsets. */
function goalRanges(body: Line[], genre: Genre): { sections: Range[]; paragraphs: Range[]; review: Range[] } {
  const sections: Range[] = [];
  const paragraphs: Range[] = [];
  const review: Range[] = [];
  let partGoal = false;
  let partReview = false;
  let subGoal = false;
  let numbered = false; // the current goals section goes on in numbered items
  let followUp = 0; // lines still belonging to a goals paragraph whose first line held no figure
  for (const line of body) {
    const t = line.text;
    const part = PART_RE.exec(t) ?? PART_WORD_RE.exec(t);
    const sub = part ? null : SUB_RE.exec(t);
    if (part || sub) numbered = false;
    if (part) {
      const title = titleAfterMarker(t, part);
      partGoal = GOAL_SECTION.test(title);
      partReview = genre === 'work-report' && REVIEW_SECTION.test(title);
      subGoal = false;
      followUp = 0;
    } else if (sub) {
      subGoal = GOAL_SECTION.test(titleAfterMarker(t, sub));
      followUp = 0;
    }
    const range: Range = [line.start, line.end];
    // numbered items under a goals heading are assigned like tasks (1.新增就业5000人以上。牵头单位：…)
    if ((partGoal || subGoal) && TASK_RE.test(t)) numbered = true;
    if (partReview) review.push(range);
    else if (partGoal || subGoal) {
      if (!numbered) sections.push(range);
    }
    else if (followUp > 0 && t.length > 0) {
      paragraphs.push(range);
      followUp = /[0-9]/.test(t) ? 0 : followUp - 1;
    } else {
      const m = GOAL_PARAGRAPH.exec(t);
      // 提出上述预期目标，主要考虑…: an explanation restating the goals, not new ones
      if (m && !RESTATEMENT.test(t)) {
        // to the end of its sentence: 主要预期目标是：A；B；C。 (a task may go on after it)
        const stop = t.indexOf('。', m.index);
        const end = stop < 0 ? t.length : stop + 1;
        paragraphs.push([line.start + m.index, line.start + end]);
        followUp = /[0-9]/.test(t.slice(m.index, end)) ? 0 : GOAL_LIST_LINES;
      }
    }
  }
  return { sections, paragraphs, review };
}

/**
 * Preamble lines: the prose between the title block and the first outline marker (为…，制定本方案。
 * 到2025年，…). Title, document number, metadata, salutation and signature lines hold no goals.
 */
function preambleRanges(head: Line[], titleLine: number | undefined): Range[] {
  return head
    .filter((l) => (titleLine === undefined || l.index > titleLine) && !isMetadataLine(l.text) && /[，,。]/.test(l.text))
    .map((l): Range => [l.start, l.end]);
}

/** Adjacent line ranges joined into one block, so a figure keeps the previous line as context. */
function joinLines(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const inside = (ranges: readonly Range[], pos: number): boolean => ranges.some(([s, e]) => pos >= s && pos < e);

/**
 * Read the goals of a document being built, and take goals sections out of its tasks, goals-paragraph
 * figures out of its tasks' targets, and (in a work report) the review of last year out of both.
 */
export function separateGoals(
  builder: DocumentBuilder,
  input: { text: string; head: Line[]; titleLine: number | undefined; body: Line[]; genre: Genre; referenceYear: number | undefined; targets: boolean },
): Target[] {
  const { sections, paragraphs, review } = goalRanges(input.body, input.genre);
  const preamble = preambleRanges(input.head, input.titleLine);
  const toOriginal = (ranges: readonly Range[]): Range[] => ranges.map(([s, e]) => {
    const span = builder.span(s, e);
    return [span.start, span.end];
  });
  const dropTasks = toOriginal([...sections, ...review]);
  const dropTargets = toOriginal(paragraphs);
  if (dropTasks.length > 0 || dropTargets.length > 0) {
    const kept = builder.tasks.filter((t) => !inside(dropTasks, t.span.start));
    const removed = new Set(builder.tasks.filter((t) => !kept.includes(t)).map((t) => t.id));
    builder.tasks.length = 0;
    kept.forEach((t, index) => builder.tasks.push({ ...t, index, targets: t.targets.filter((g) => !inside(dropTargets, g.span.start)) }));
    for (const s of builder.sections) s.taskIds = s.taskIds.filter((id) => !removed.has(id));
  }
  if (!input.targets) return [];
  const options = input.referenceYear === undefined ? { traditional: false } : { referenceYear: input.referenceYear, traditional: false };
  const goals: Target[] = [];
  for (const [s, e] of joinLines([...preamble, ...sections, ...paragraphs])) {
    for (const t of extractTargets(input.text.slice(s, e), options)) goals.push({ ...t, span: builder.span(s + t.span.start, s + t.span.end) });
  }
  return goals;
}

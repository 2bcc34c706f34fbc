import type { Genre } from '../model/index.js';
import { isGoalTitle, isPreamblePart, type Outline } from './outline.js';

/*
 * The genre of a document, decided in one place: from its title where the title says it, else from the
 * shape of its outline. (Interpretations are recognised earlier, by their `第X部分包括` statements, because
 * they are read differently.)
 */

/** Divisions of work and lists: 分工方案, 任务分解表, 工作要点 (tested first: 分工方案 is no plan). */
const TASK_LIST_TITLE_RE = /分工|分解|任务清单|责任清单|任务表|工作要点/;
/** Plans: 实施方案, 行动方案, 行动计划. */
const PLAN_TITLE_RE = /实施方案|行动方案|行动计划|工作方案|推进方案|实施意见|规划/;
/** Lists by their subject: 重点工作任务, 民生实事 (after the plans: 重点任务实施方案 is a plan). */
const TASKS_TITLE_RE = /重点工作任务|重点任务|工作任务|实事/;
/** The salutation opening a work report as delivered. */
export const SALUTATION = /^各位代表[：:]?$/;

/** 政府工作报告 in the title, or a salutation opening a report on the government's work. */
export function isWorkReport(title: string, text: string): boolean {
  // 2024年青禾市人民政府工作报告, not 关于分解《政府工作报告》目标任务的通知
  return /^[^《]*政府工作报告$/.test(title) || (SALUTATION.test(title) && /政府工作/.test(text.slice(0, 400)));
}

/** A news report on a document (上海出台…行动计划，重点任务明确): an interpretation of it. */
const NEWS_TITLE_RE = /出台|出炉/;

export function genreOfTitle(title: string): Genre | undefined {
  if (/解读/.test(title) || (NEWS_TITLE_RE.test(title) && !/^关于|通知$/.test(title))) return 'interpretation';
  if (TASK_LIST_TITLE_RE.test(title)) return 'task-list';
  if (PLAN_TITLE_RE.test(title)) return 'implementation-plan';
  if (TASKS_TITLE_RE.test(title)) return 'task-list';
  return undefined;
}

/** Numbering restarts at 1 in each subsection (or part): a plan, with ids as paths. */
export function restartsPerContainer(outline: Outline): boolean {
  const containers = new Set<object>();
  let restarts = 0;
  outline.tasks.forEach((t, i) => {
    const container = t.sub ?? t.part ?? outline;
    containers.add(container);
    const list = t.sub?.tasks ?? t.part?.tasks ?? outline.looseTasks;
    if (i > 0 && t.num === 1 && list[0] === t) restarts++;
  });
  return restarts >= 1 && restarts >= (containers.size - 1) / 2;
}

/**
 * Genre of a document read as an outline (or a table, `outline` undefined): the title's word, else a plan
 * when subsections hold the tasks and numbering restarts in each, or a part states goals (发展目标); else a
 * task list. A report opening with 各位代表 is a work report.
 */
export function detectGenre(title: string, text: string, outline: Outline | undefined, partTitle: (p: Outline['parts'][number]) => string): Genre {
  const byTitle = genreOfTitle(title);
  // (an interpretation without 第X部分 statements, or a news report, is read as an outline)
  if (byTitle) return byTitle;
  if (!outline) return 'task-list';
  const subs = outline.parts.reduce((n, p) => n + p.subs.length, outline.looseSubs.length);
  const goals = outline.parts.some((p) => isGoalTitle(partTitle(p)) || isPreamblePart(partTitle(p)));
  if (subs > 0 && (restartsPerContainer(outline) || /方案/.test(title) || goals)) return 'implementation-plan';
  return 'task-list';
}

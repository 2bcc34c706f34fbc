import type { Genre, PolicyDocument } from '../model/index.js';
import { normalizeText } from '../normalize/index.js';
import { DocumentBuilder } from './build.js';
import { isChromeLine, isClosingLine, isMetadataLine, isPrefaceEnd, isStandaloneDate } from './chrome.js';
import { decodeChecked, notATaskDocument } from './guards.js';
import { SALUTATION, detectGenre, isWorkReport, restartsPerContainer } from './genre.js';
import { countPartStatements, readInterpretation } from './interpretation.js';
import { splitLines, type Line } from './lines.js';
import { inferLevel, readHead } from './meta.js';
import { toChineseNumeral } from '../vocabulary/index.js';
import { resolveParseOptions, type ParseOptions } from './options.js';
import {
  PART_RE,
  PART_WORD_RE,
  SUB_RE,
  TASK_RE,
  chooseTaskMarker,
  isGoalTitle,
  isPreamblePart,
  readOutline,
  type Outline,
  type OutlinePart,
  type OutlineSub,
  type OutlineTask,
  type TaskMarker,
} from './outline.js';
import { firstSentence, trimRange } from './scan.js';
import { separateGoals } from './goals.js';
import { parseUnitBracket, readUnitRules, unitsOfColumns, type UnitRules } from './units.js';
import { prepareLayout } from './layout.js';
import { readTable, type Table } from './table.js';

function isMarkerLine(t: string, marker: TaskMarker): boolean {
  return PART_RE.test(t) || PART_WORD_RE.test(t) || SUB_RE.test(t) || marker.re.test(t);
}

/**
 * Parse a policy document (task list, interpretation, implementation plan or work report) from text or bytes
 * into the typed model. Spans point into `doc.source`, the decoded original input.
 */
export function parseDocument(input: string | Uint8Array, options?: ParseOptions): PolicyDocument {
  const opts = resolveParseOptions(options);
  const decodeOptions: { encoding?: string; maxBytes?: number } = {};
  if (opts.encoding !== undefined) decodeOptions.encoding = opts.encoding;
  if (opts.maxBytes !== undefined) decodeOptions.maxBytes = opts.maxBytes;
  const source = decodeChecked(input, opts.name, decodeOptions);
  // same length: spans into the prepared text are spans into the source
  const norm = normalizeText(prepareLayout(source));
  const text = norm.text;
  const lines = splitLines(text);

  // 1. news preface (… 原文如下) before the document proper
  const firstPart = lines.findIndex((l) => PART_RE.test(l.text));
  const prefaceEndIdx = lines.findIndex((l, i) => (firstPart < 0 || i < firstPart) && isPrefaceEnd(l.text));
  const preface = prefaceEndIdx >= 0 ? lines.slice(0, prefaceEndIdx + 1) : [];
  const afterPreface = lines.slice(prefaceEndIdx + 1);

  // 2. head (title block, portal metadata) up to the first outline marker; page chrome after it cut off
  // a covering notice stating its own numbered requirements: the list is what follows its signature
  const marker = chooseTaskMarker(afterPreface);
  const notice = noticeRequirements(afterPreface, marker);
  const searchFrom = notice ? notice.end : 0;
  const table = readTable(text, afterPreface.slice(searchFrom));
  const markerIdx = table && table.rows.length > 0
    ? afterPreface.findIndex((l) => l.end >= table.start)
    : afterPreface.findIndex((l, i) => i >= searchFrom && isMarkerLine(l.text, marker) && !isMetadataLine(l.text));
  const head = markerIdx >= 0 ? afterPreface.slice(0, markerIdx) : afterPreface.slice(0, Math.max(12, searchFrom));
  let bodyEnd = afterPreface.length;
  if (markerIdx >= 0) {
    const chrome = afterPreface.findIndex((l, i) => i > markerIdx && isChromeLine(l.text));
    if (chrome >= 0) bodyEnd = chrome;
  }
  const body = afterPreface.slice(markerIdx >= 0 ? markerIdx : searchFrom, bodyEnd);
  const tail = afterPreface.slice(bodyEnd);
  const headInfo = readHead(head, preface, [...body, ...tail]);

  const referenceYear = opts.referenceYear ?? firstYear(headInfo.title) ?? firstYear(headInfo.date ?? '');
  const builder = new DocumentBuilder(norm, { name: opts.name, targets: opts.targets, referenceYear });
  warnIgnoredTail(builder, tail);
  if (notice) {
    builder.warn('notice-requirements', "the covering notice's own numbered requirements are not tasks of the list", notice.range);
  }
  const bodyStart = body.length > 0 ? body[0]!.start : text.length;
  const bodyStop = body.length > 0 ? body[body.length - 1]!.end : text.length;

  // 3. genre
  const statements = countPartStatements(text.slice(bodyStart, bodyStop));
  let genre: Genre | undefined = opts.genre;
  if (!genre && (statements >= 2 || (statements >= 1 && /解读/.test(headInfo.title)))) genre = 'interpretation';
  if (!genre && isWorkReport(headInfo.title, text)) genre = 'work-report';

  let declared: PolicyDocument['declared'];
  let goals: PolicyDocument['goals'] = [];
  if (genre === 'interpretation') {
    // the whole text after the preface: an interpretation may state its parts before any marker
    const from = afterPreface.length > 0 ? afterPreface[0]!.start : 0;
    declared = readReading(builder, text, from, bodyStop);
    if (builder.tasks.length === 0) throw notATaskDocument(opts.name);
  } else if (table && table.rows.length > 0) {
    genre ??= detectGenre(headInfo.title, text, undefined, () => '');
    buildFromTable(builder, text, table, readUnitRules(text));
  } else {
    const outline = readOutline(text, body, marker);
    genre ??= detectGenre(headInfo.title, text, outline, (p) => text.slice(...p.title));
    const rules = readUnitRules(text);
    const attachments = splitAttachments(text, body, head, marker);
    if (attachments.length > 1) {
      for (const a of attachments) {
        builder.addSection({ id: a.id, path: [a.id], title: a.title, range: a.range });
        buildFromOutline(builder, text, readOutline(text, a.lines, marker), rules, [a.id]);
      }
    } else buildFromOutline(builder, text, outline, rules);
    if (builder.tasks.length === 0) buildFromParagraphs(builder, text, body, rules);
    goals = separateGoals(builder, { text, head, titleLine: headInfo.titleLine, body, genre, referenceYear, targets: opts.targets });
    // a plan cut off after its goals still states them
    if (builder.tasks.length === 0 && goals.length === 0) throw notATaskDocument(opts.name);
  }

  const doc: PolicyDocument = {
    title: genre === 'work-report' && SALUTATION.test(headInfo.title) ? '政府工作报告' : headInfo.title,
    level: opts.level ?? inferLevel(headInfo.region, headInfo.issuer, text, builder.tasks.flatMap((t) => t.leadUnits)),
    genre,
    sections: builder.sections,
    tasks: builder.tasks,
    goals,
    warnings: builder.warnings,
    source,
  };
  if (headInfo.issuer !== undefined) doc.issuer = headInfo.issuer;
  if (headInfo.docNumber !== undefined) doc.docNumber = headInfo.docNumber;
  if (headInfo.date !== undefined) doc.date = headInfo.date;
  if (headInfo.region !== undefined) doc.region = headInfo.region;
  if (declared !== undefined) doc.declared = declared;
  if (opts.name !== undefined) doc.name = opts.name;
  return doc;
}

/**
 * Nothing is dropped silently: numbered lines after the page chrome (several documents pasted into one
 * file, or a list continuing below a footer) are ignored with one warning at the chrome line.
 */
function warnIgnoredTail(builder: DocumentBuilder, tail: Line[]): void {
  const numbered = tail.filter((l) => TASK_RE.test(l.text) || PART_RE.test(l.text)).length;
  if (numbered === 0 || tail.length === 0) return;
  const first = tail[0]!;
  builder.warn(
    'content-after-chrome',
    `${numbered} numbered line${numbered === 1 ? '' : 's'} after the page footer were ignored (does the file hold several documents?)`,
    [first.start, first.end],
  );
}

const ATTACHMENT_RE = /^附件\s*([0-9一二三四五六七八九十]{0,3})\s*[：:]?\s*(.*)$/;

/**
 * Several attachments, each a list of its own (附件1 … 附件2 …): the body split at every 附件 line that has
 * numbered lines after it. Each part is named by its 附件 line (the one above the body for the first).
 */
function splitAttachments(
  text: string,
  body: Line[],
  head: Line[],
  marker: TaskMarker,
): Array<{ id: string; title: string; range: [number, number]; lines: Line[] }> {
  const parts: Array<{ id: string; title: string; range: [number, number]; lines: Line[] }> = [];
  const name = (l: Line | undefined, n: number): { id: string; title: string } => {
    const m = l ? ATTACHMENT_RE.exec(l.text) : null;
    return { id: `附件${m?.[1] || n}`, title: m?.[2] ?? '' };
  };
  const above = [...head].reverse().find((l) => ATTACHMENT_RE.test(l.text) && l.text.length < 60);
  let current = { ...name(above, 1), range: [body[0]?.start ?? 0, body[0]?.end ?? 0] as [number, number], lines: [] as Line[] };
  const afterAbove = above ? head.find((l) => l.index === above.index + 1) : undefined;
  if (!current.title && afterAbove) current.title = afterAbove.text;
  let numbered = false;
  body.forEach((l, i) => {
    const m = ATTACHMENT_RE.exec(l.text);
    if (m && numbered && l.text.length < 60 && body.slice(i + 1, i + 8).some((x) => isMarkerLine(x.text, marker))) {
      parts.push(current);
      current = { ...name(l, parts.length + 1), range: [l.start, l.end], lines: [] };
      // the title of the attachment may stand on the next line
      if (!current.title) {
        const next = body[i + 1];
        if (next && !isMarkerLine(next.text, marker)) current.title = text.slice(next.start, next.end);
      }
      numbered = false;
      return;
    }
    if (isMarkerLine(l.text, marker)) numbered = true;
    current.lines.push(l);
  });
  parts.push(current);
  return parts;
}

/**
 * The numbered requirements of a covering notice (…并就有关事项通知如下：1.… 2.…) up to its signature and
 * date: `end` is the index of the first line after them, `range` where they stand.
 */
function noticeRequirements(lines: Line[], marker: TaskMarker): { end: number; range: [number, number] } | undefined {
  const intro = lines.findIndex((l) => /(通知如下|要求如下|如下要求|通知要求如下)[：:。]?$/.test(l.text) && /印发|通知/.test(l.text));
  if (intro < 0) return undefined;
  let numbered = false;
  for (let i = intro + 1; i < lines.length && i < intro + 80; i++) {
    const t = lines[i]!.text;
    if (isMarkerLine(t, marker)) numbered = true;
    else if (isStandaloneDate(t)) {
      if (!numbered) return undefined;
      let end = i + 1;
      while (end < lines.length && (lines[end]!.text.length === 0 || isClosingLine(lines[end]!.text))) end++;
      return { end, range: [lines[intro + 1]!.start, lines[i]!.end] };
    }
  }
  return undefined;
}

/**
 * Tasks as unnumbered paragraphs, each ending in its units (`加强科技创新主体培育。…（市科技局牵头负责，市财政局
 * 配合）`): from the first paragraph so ending, every paragraph that opens with a short heading sentence.
 */
function buildFromParagraphs(builder: DocumentBuilder, text: string, body: Line[], rules: UnitRules): void {
  const opensWithHeading = (l: Line): boolean => {
    const [s, e] = firstSentence(text, l.start, l.end);
    return e - s >= 2 && e - s <= 40 && e < l.end;
  };
  const first = body.findIndex((l) => opensWithHeading(l) && parseUnitBracket(text, l.start, l.end, rules) !== undefined);
  if (first < 0) return;
  let n = 0;
  for (const l of body.slice(first)) {
    if (l.text.length === 0) continue;
    if (!opensWithHeading(l) || isClosingLine(l.text)) break;
    addOutlineTask(builder, text, rules, String(++n), [], l.start, l.start, l.end);
  }
}

/** A decomposition table: a task per row, sections from part rows or a part column. */
function buildFromTable(builder: DocumentBuilder, text: string, table: Table, rules: UnitRules): void {
  for (const range of table.skipped) builder.warn('table-row-skipped', 'a table row without task text was skipped', range);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const s = row.section;
    if (s && !seen.has(s.id)) {
      seen.add(s.id);
      builder.addSection({ id: s.id, path: [s.id], title: s.title, range: s.range });
    }
  }
  const ids = new Set<string>();
  table.rows.forEach((row, i) => {
    let id = row.id ?? String(i + 1);
    if (ids.has(id)) id = `${id}#${i + 1}`;
    ids.add(id);
    const cells = row.heading ? [row.heading, ...row.text] : row.text;
    const pieces = [...cells, ...row.amounts];
    const first = cells[0]!;
    const units = unitsOfColumns(text, row.units, rules);
    builder.addTask({
      id,
      sectionPath: row.section ? [row.section.id] : [],
      range: row.range,
      headingRange: firstSentence(text, first[0], first[1]),
      textRange: [first[0], cells[cells.length - 1]![1]],
      textPieces: pieces,
      leadUnits: units.leadUnits,
      supportUnits: units.supportUnits,
    });
  });
}

function containerPath(t: OutlineTask): string[] {
  const path: string[] = [];
  if (t.part) path.push(t.part.id);
  if (t.sub) path.push(t.sub.id);
  return path;
}

function buildFromOutline(builder: DocumentBuilder, text: string, outline: Outline, rules: UnitRules, pre: string[] = []): void {
  const perContainer = restartsPerContainer(outline);
  const { parts } = outline;

  // sections (parts and their subsections) first, so tasks register with them
  checkSequence(builder, parts.map((p) => ({ num: p.num, label: p.id, range: [p.line.start, p.line.end] as [number, number] })), 'part');
  const seenPaths = new Set<string>();
  for (const part of parts) {
    if (seenPaths.has(part.id)) continue; // duplicate numeral: its tasks join the first one
    seenPaths.add(part.id);
    builder.addSection({ id: part.id, path: [...pre, part.id], title: text.slice(...part.title), range: [part.line.start, part.line.end] });
    for (const sub of part.subs) {
      const key = `${part.id}.${sub.id}`;
      if (seenPaths.has(key)) continue;
      seenPaths.add(key);
      builder.addSection({ id: sub.id, path: [...pre, part.id, sub.id], title: text.slice(...sub.title), range: [sub.line.start, sub.line.end] });
    }
  }
  for (const sub of outline.looseSubs) {
    if (seenPaths.has(sub.id)) continue;
    seenPaths.add(sub.id);
    builder.addSection({ id: sub.id, path: [...pre, sub.id], title: text.slice(...sub.title), range: [sub.line.start, sub.line.end] });
  }

  const preamble = (p: OutlinePart | undefined): boolean => p !== undefined && isPreamblePart(text.slice(...p.title));
  const taskCounts = new Map<string, number>();
  const uniqueId = (id: string): string => {
    const k = (taskCounts.get(id) ?? 0) + 1;
    taskCounts.set(id, k);
    return k === 1 ? id : `${id}#${k}`;
  };

  // numbering checks
  if (perContainer) {
    const groups = new Map<object, OutlineTask[]>();
    for (const t of outline.tasks) {
      const c = t.sub ?? t.part ?? outline;
      const group = groups.get(c);
      if (group) group.push(t);
      else groups.set(c, [t]);
    }
    for (const group of groups.values()) checkSequence(builder, group.map(taskMarker), 'task');
  } else checkSequence(builder, outline.tasks.map(taskMarker), 'task');

  // tasks in document order: numbered tasks, and subsections that are tasks themselves
  type Item = { kind: 'task'; task: OutlineTask } | { kind: 'sub'; sub: OutlineSub };
  const items: Item[] = [];
  const subTask = (sub: OutlineSub): boolean =>
    sub.tasks.length === 0 && sub.hasBody && (!preamble(sub.part) || isGoalTitle(text.slice(...sub.title)));
  const pushSubs = (subs: OutlineSub[]): void => {
    for (const sub of subs) {
      if (subTask(sub)) items.push({ kind: 'sub', sub });
      for (const t of sub.tasks) items.push({ kind: 'task', task: t });
    }
  };
  for (const t of outline.looseTasks) items.push({ kind: 'task', task: t });
  pushSubs(outline.looseSubs);
  for (const part of parts) {
    for (const t of part.tasks) items.push({ kind: 'task', task: t });
    pushSubs(part.subs);
  }
  items.sort((a, b) => itemStart(a) - itemStart(b));

  for (const item of items) {
    if (item.kind === 'sub') {
      const { sub } = item;
      const path = sub.part ? [...pre, sub.part.id, sub.id] : [...pre, sub.id];
      addOutlineTask(builder, text, rules, uniqueId(path.join('.')), path, sub.line.start, sub.contentStart, sub.ownEnd, sub.title);
      continue;
    }
    const t = item.task;
    if (preamble(t.part) && !(t.sub && isGoalTitle(text.slice(...t.sub.title)))) continue;
    const path = [...pre, ...containerPath(t)];
    const id = perContainer ? [...path, String(t.num)].join('.') : [...pre, String(t.num)].join('.');
    addOutlineTask(builder, text, rules, uniqueId(id), path, t.start, t.contentStart, t.end);
  }
}

function itemStart(item: { kind: 'task'; task: OutlineTask } | { kind: 'sub'; sub: OutlineSub }): number {
  return item.kind === 'task' ? item.task.start : item.sub.line.start;
}

function taskMarker(t: OutlineTask): { num: number; label: string; range: [number, number] } {
  return { num: t.num, label: `${t.num}.`, range: [t.start, t.contentStart] };
}

function addOutlineTask(
  builder: DocumentBuilder,
  text: string,
  rules: UnitRules,
  id: string,
  sectionPath: string[],
  start: number,
  contentStart: number,
  end: number,
  headingRange?: [number, number],
): void {
  const [cs, ce] = trimRange(text, contentStart, end);
  const units = parseUnitBracket(text, cs, ce, rules);
  if (!units && /（[^（）]*(牵头|配合|责任单位|责任部门)[^（）]*）?$/.test(text.slice(Math.max(cs, ce - 80), ce))) {
    builder.warn('units-unread', `the units at the end of task ${id} could not be read`, [Math.max(cs, ce - 80), ce]);
  }
  const textRange = trimRange(text, cs, units ? units.start : ce);
  const heading = headingRange ?? firstSentence(text, textRange[0], textRange[1]);
  builder.addTask({
    id,
    sectionPath,
    range: [start, ce],
    headingRange: heading,
    textRange,
    leadUnits: units?.leadUnits,
    supportUnits: units?.supportUnits,
  });
}

/** Warn about gaps, repeats and disorder in a numbered sequence that should run 1, 2, 3 … */
function checkSequence(
  builder: DocumentBuilder,
  markers: Array<{ num: number; label: string; range: [number, number] }>,
  what: 'task' | 'part',
): void {
  const seen = new Set<number>();
  let prev = 0;
  const show = (n: number): string => (what === 'part' ? `${toChineseNumeral(n)}、` : `${n}.`);
  for (const m of markers) {
    if (seen.has(m.num)) {
      builder.warn('numbering-duplicate', `${what} number ${show(m.num)} appears more than once`, m.range);
    } else if (m.num > prev + 1) {
      const missing = m.num - prev - 1 === 1 ? show(prev + 1) : `${show(prev + 1)}–${show(m.num - 1)}`;
      builder.warn('numbering-gap', `${what} numbering jumps from ${prev === 0 ? 'the start' : show(prev)} to ${show(m.num)}: ${missing} missing`, m.range);
    } else if (m.num < prev + 1) {
      builder.warn('numbering-order', `${what} ${show(m.num)} follows ${show(prev)}: out of order`, m.range);
    }
    seen.add(m.num);
    prev = m.num;
  }
}

/** Interpretation: sections from `第X部分`, tasks from the headings each part lists. */
function readReading(builder: DocumentBuilder, text: string, from: number, to: number): PolicyDocument['declared'] {
  const { parts, declared } = readInterpretation(text, from, to);
  const sorted = [...parts].sort((a, b) => a.num - b.num);
  checkSequence(builder, parts.map((p) => ({ num: p.num, label: p.id, range: p.mention })), 'part');
  const seen = new Set<string>();
  for (const part of parts) {
    if (seen.has(part.id)) continue;
    seen.add(part.id);
    const declaredTitle = declared.partTitles.length === sorted.length ? declared.partTitles[part.num - 1] : undefined;
    const titleRange = part.weakTitle ? (declaredTitle ?? part.title) : (part.title ?? declaredTitle);
    const end = part.items.length > 0 ? part.items[part.items.length - 1]![1] : part.mention[1];
    const section = builder.addSection({
      id: part.id,
      path: [part.id],
      title: titleRange ? text.slice(...titleRange).replace(/\n/g, '') : '',
      range: [part.mention[0], end],
    });
    if (part.declaredCount !== undefined) section.declaredCount = part.declaredCount;
  }
  let n = 0;
  for (const part of parts) {
    for (const item of part.items) {
      n++;
      builder.addTask({ id: String(n), sectionPath: [part.id], range: item, headingRange: item, textRange: item, compact: true });
    }
    if (part.declaredCount !== undefined && part.declaredCount !== part.items.length) {
      builder.warn(
        'count-mismatch',
        `part ${part.id} declares ${part.declaredCount} items but lists ${part.items.length}`,
        part.declaredAt ?? part.mention,
      );
    }
  }
  const result: NonNullable<PolicyDocument['declared']> = {};
  if (declared.sections !== undefined) {
    result.sections = declared.sections;
    if (declared.sections !== sorted.length) {
      builder.warn('count-mismatch', `the document declares ${declared.sections} parts but ${sorted.length} were found`, declared.at);
    }
  }
  if (declared.tasks !== undefined) {
    result.tasks = declared.tasks;
    if (declared.tasks !== n) {
      builder.warn('count-mismatch', `the document declares ${declared.tasks} items but ${n} headings were found`, declared.at);
    }
  }
  return declared.sections === undefined && declared.tasks === undefined ? undefined : result;
}

export type { Line };

/** A work report opens with a salutation (各位代表：) where other documents print a title. */
/** The first plausible year (19xx/20xx) in a string. */
function firstYear(s: string): number | undefined {
  const m = /(?:19|20)\d{2}/.exec(s);
  return m ? Number(m[0]) : undefined;
}

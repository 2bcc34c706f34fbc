import type { PolicyDocument, Task } from '../model/index.js';
import { toChineseNumeral } from '../vocabulary/index.js';
import { createRng, type Rng } from './prng.js';
import { planTarget, type Edit, type TargetMutationRates } from './targets.js';
import type { SyntheticLinkTruth, SyntheticDocument, SyntheticRelation, SyntheticTargetTruth, SyntheticTruth } from './truth.js';
import { COUNTY_NAMES, HEADING_SYNONYMS, LOCAL_SENTENCES, LOCAL_TASKS } from './vocabulary.js';

export interface SyntheticMutationRates extends TargetMutationRates {
  /** Per task: the child drops it. */
  dropTask: number;
  /** Per document: the child drops one whole part (never the first). */
  dropSection: number;
  /** Per document: at most this many local tasks are added (uniformly 0..max). */
  maxAdded: number;
  /** Per task: swapped with its successor within the part. */
  reorder: number;
  /** Per task: moved to the end of another part. */
  move: number;
  /** Per task: merged with the next task of the same part. */
  merge: number;
  /** Per task with two or more body sentences: split into two child tasks. */
  split: number;
  /** Per task: heading reworded from the synonym table. */
  reword: number;
  /** Per body sentence without a target: the child leaves it out. */
  dropSentence: number;
  /** Per body sentence with a target: the child leaves it out, so its targets are dropped. */
  dropTargetSentence: number;
  /** Per task: a local sentence is added to the body. */
  localSentence: number;
}

export const DEFAULT_SYNTHETIC_RATES: Readonly<SyntheticMutationRates> = {
  dropTask: 0.06,
  dropSection: 0.15,
  maxAdded: 3,
  reorder: 0.04,
  move: 0.03,
  merge: 0.03,
  split: 0.03,
  reword: 0.3,
  dropSentence: 0.2,
  dropTargetSentence: 0.04,
  localSentence: 0.25,
  below: 0.12,
  above: 0.12,
  relax: 0.15,
  raise: 0.15,
  comparator: 0.1,
  unit: 0.25,
};

export interface GenerateChildListOptions {
  /** Seed of the pseudo-random draws: the same parent and seed always give the same text and truth. */
  seed: number;
  /** Region name of the child (default: drawn from a list of fictional counties). */
  region?: string;
  /** Share of the parent's extensive quantities the child takes (default: drawn from 0.05-0.3). */
  share?: number;
  rates?: Partial<SyntheticMutationRates>;
  /**
   * Rewords a heading chosen for rewording (rates.reword) in place of the built-in synonym table: e.g. with
   * words the aligner holds in none of its tables. Returns the new heading (without its 。).
   */
  rewordHeading?: (heading: string, rng: Rng) => string;
}

/** One child task to write, before numbering. */
type Item =
  | { kind: 'task'; task: Task; moved: boolean; reordered: boolean }
  | { kind: 'merge'; tasks: [Task, Task] }
  | { kind: 'split'; task: Task; cut: number; part: 1 | 2 }
  | { kind: 'local'; text: string };

interface Group {
  id: string;
  title: string;
  items: Item[];
}

/** Level word leading a unit name (市科技局): the child's replaces the parent's. */
const LEVEL_PREFIX: Readonly<Record<string, string>> = { province: '省', city: '市', county: '县', district: '区' };

function childLevelPrefix(parent: PolicyDocument): { from: string; to: string } {
  if (parent.level === 'province') return { from: '省', to: '市' };
  if (parent.level === 'county' || parent.level === 'district') return { from: LEVEL_PREFIX[parent.level] ?? '县', to: '镇' };
  return { from: '市', to: '县' };
}

/** Apply the edits that fall inside [start, end) to that slice of the source. */
function render(source: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let pos = start;
  for (const e of edits) {
    if (e.start < pos || e.end > end) continue;
    if (e.start >= end) break;
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos, end);
}

/** Where a task's content ends: before the trailing （牵头单位：…） bracket. */
function contentEnd(source: string, task: Task): number {
  let end = task.span.end;
  while (end > task.headingSpan.start && /\s/.test(source[end - 1] ?? '')) end--;
  const slice = source.slice(task.headingSpan.start, end);
  const open = Math.max(slice.lastIndexOf('（'), slice.lastIndexOf('('));
  if (open >= 0 && /[）)]$/.test(slice) && slice.slice(open, open + 8).includes('单位')) return task.headingSpan.start + open;
  return end;
}

/** Start of the heading text, past any printed task number. */
function headingStart(source: string, task: Task): number {
  const m = /^\s*\d+\s*[.．、]\s*/.exec(source.slice(task.headingSpan.start, task.headingSpan.start + 12));
  return task.headingSpan.start + (m ? m[0].length : 0);
}

/** Heading end, past its 。 when the span stops before it. */
function headingEnd(source: string, task: Task, end: number): number {
  let e = Math.min(task.headingSpan.end, end);
  if (source[e] === '。' && e < end) e++;
  return e;
}

/** Body sentence ends (offsets just after each 。) usable as split points. */
function splitPoints(source: string, task: Task): number[] {
  const end = contentEnd(source, task);
  const start = headingEnd(source, task, end);
  const points: number[] = [];
  for (let i = source.indexOf('。', start); i >= 0 && i < end - 1; i = source.indexOf('。', i + 1)) {
    // a second half opening with a number would read as a task number (74.2023年…): not a usable cut
    if (!/^\s*[0-9０-９]/.test(source.slice(i + 1, i + 4))) points.push(i + 1);
  }
  return points;
}

interface TaskPlan {
  edits: Edit[];
  targets: SyntheticTargetTruth[];
  reworded: boolean;
}

function overlaps(edits: readonly Edit[], e: Edit): boolean {
  return edits.some((x) => x.start < e.end && e.start < x.end);
}

/** Body sentences of a task as [start, end) ranges in the source (end just after the 。). */
function bodySentences(source: string, task: Task): Array<[number, number]> {
  const end = contentEnd(source, task);
  let start = headingEnd(source, task, end);
  const out: Array<[number, number]> = [];
  for (let i = source.indexOf('。', start); i >= 0 && i < end; i = source.indexOf('。', start)) {
    if (i + 1 - start > 1) out.push([start, i + 1]);
    start = i + 1;
  }
  if (end - start > 1) out.push([start, end]);
  return out;
}

interface PlanContext {
  source: string;
  share: number;
  rates: SyntheticMutationRates;
  rng: Rng;
  /** The child's level word (县) and the parent's (市), for 全市 → 全县. */
  prefix: { from: string; to: string };
  region: string;
  rewordHeading: GenerateChildListOptions['rewordHeading'];
}

/**
 * Decide what happens to one parent task's text: its targets (scaled, relaxed, raised, comparators and
 * units changed), its heading (reworded), and, when `bodyEdits`, its body (sentences left out, a local
 * sentence added, 全市 → 全县).
 */
function planTask(ctx: PlanContext, task: Task, bodyEdits: boolean): TaskPlan {
  const { source, share, rates, rng, prefix } = ctx;
  const edits: Edit[] = [];
  const targets: SyntheticTargetTruth[] = [];
  for (const target of task.targets) {
    const planned = planTarget(source, target, task.id, share, rates, rng);
    targets.push(planned.truth);
    if (planned.edit && !overlaps(edits, planned.edit)) edits.push(planned.edit);
  }
  let reworded = false;
  if (rng.chance(rates.reword)) {
    const hs = headingStart(source, task);
    const heading = source.slice(hs, task.headingSpan.end);
    const custom = ctx.rewordHeading?.(heading, rng);
    if (custom !== undefined && custom !== heading) {
      const edit = { start: hs, end: task.headingSpan.end, text: custom };
      if (!overlaps(edits, edit)) {
        edits.push(edit);
        reworded = true;
      }
    }
    for (const [from, to] of ctx.rewordHeading ? [] : HEADING_SYNONYMS) {
      const at = heading.indexOf(from);
      if (at < 0) continue;
      const edit = { start: hs + at, end: hs + at + from.length, text: to };
      if (!overlaps(edits, edit)) {
        edits.push(edit);
        reworded = true;
      }
      break;
    }
  }
  if (bodyEdits) {
    const sentences = bodySentences(source, task);
    let kept = sentences.length;
    sentences.forEach(([start, end], k) => {
      if (kept <= 1) return;
      const inside = targets.filter((t) => t.parentSpan && t.parentSpan.start >= start && t.parentSpan.start < end);
      if (!rng.chance(inside.length > 0 ? rates.dropTargetSentence : rates.dropSentence)) return;
      // the sentence goes, with any edit inside it; its targets are dropped although the task is kept
      for (let i = edits.length - 1; i >= 0; i--) if (edits[i]!.start >= start && edits[i]!.end <= end) edits.splice(i, 1);
      if (overlaps(edits, { start, end, text: '' })) return;
      edits.push({ start, end, text: '' });
      for (const t of inside) {
        t.expected = 'dropped';
        t.scored = true;
        delete t.childText;
        delete t.childValue;
        delete t.share;
        delete t.versusReference;
        delete t.comparatorChanged;
        delete t.unitChanged;
      }
      kept--;
      void k;
    });
    const first = sentences[0];
    if (first && sentences.length >= 2 && rng.chance(rates.localSentence)) {
      const at = first[1];
      const edit = { start: at, end: at, text: rng.pick(LOCAL_SENTENCES).replace(/\{region\}/g, ctx.region) };
      if (!edits.some((e) => e.start <= at && at < e.end)) edits.push(edit);
    }
    // 全市 / 我市 → 全县 / 我县 wherever no other edit sits
    const from = task.headingSpan.start;
    const to = contentEnd(source, task);
    for (const word of [`全${prefix.from}`, `我${prefix.from}`]) {
      for (let i = source.indexOf(word, from); i >= 0 && i < to; i = source.indexOf(word, i + word.length)) {
        const edit = { start: i, end: i + word.length, text: word[0] + prefix.to };
        if (!overlaps(edits, edit)) edits.push(edit);
      }
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, targets, reworded };
}

function unitsBracket(task: Task, prefix: { from: string; to: string }, style: BracketStyle): string {
  const localise = (u: string): string => (u.startsWith(prefix.from) ? prefix.to + u.slice(prefix.from.length) : u);
  if (task.leadUnits.length === 0 && task.supportUnits.length === 0) return '';
  const parts: string[] = [];
  if (task.leadUnits.length) parts.push(`牵头单位${style.colon}${task.leadUnits.map(localise).join('、')}`);
  if (task.supportUnits.length) parts.push(`配合单位${style.colon}${task.supportUnits.map(localise).join('、')}`);
  return `${style.open}${parts.join(style.semicolon)}${style.close}`;
}

interface BracketStyle {
  open: string;
  close: string;
  colon: string;
  semicolon: string;
  /** Between the task number and its heading: 1. / 1． / 1、 */
  numberMark: string;
  indent: string;
}

const STYLES: readonly BracketStyle[] = [
  { open: '（', close: '）', colon: '：', semicolon: '；', numberMark: '.', indent: '　　' },
  { open: '(', close: ')', colon: ':', semicolon: ';', numberMark: '.', indent: '' },
  { open: '（', close: '）', colon: '：', semicolon: '；', numberMark: '．', indent: '' },
  { open: '（', close: '）', colon: '：', semicolon: '；', numberMark: '、', indent: '　　' },
];

function stripEndMark(s: string): string {
  return s.replace(/[。；;，,\s]+$/, '');
}

function stripStartMark(s: string): string {
  return s.replace(/^[。；;，,\s]+/, '');
}

/**
 * Generate a child task list from a parsed parent task list: the parent's parts and tasks, with recorded
 * mutations (tasks dropped, added, reordered, moved, merged, split; headings reworded; extensive numbers
 * scaled by the child's share, some deliberately below or above it; intensive numbers kept, relaxed or
 * raised; comparators and printed units changed). Returns the text, in the format of a real list, and the
 * ground truth to score an alignment and a gap analysis against.
 */
export function generateChildList(parent: PolicyDocument, options: GenerateChildListOptions): SyntheticDocument {
  const rng = createRng(options.seed);
  const rates: SyntheticMutationRates = { ...DEFAULT_SYNTHETIC_RATES, ...options.rates };
  const region = options.region ?? rng.pick(COUNTY_NAMES);
  const share = options.share ?? Math.round(rng.uniform(0.05, 0.3) * 1000) / 1000;
  const style = rng.pick(STYLES);
  const prefix = childLevelPrefix(parent);
  const source = parent.source;
  const ctx: PlanContext = { source, share, rates, rng, prefix, region, rewordHeading: options.rewordHeading };

  // Parts of the parent with their tasks (tasks outside any part go with the first).
  const topSections = parent.sections.filter((s) => s.path.length === 1);
  const groups: Group[] = topSections.map((s) => ({ id: s.id, title: s.title, items: [] }));
  if (groups.length === 0) groups.push({ id: '一', title: '', items: [] });
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const tasksByGroup = new Map<Group, Task[]>(groups.map((g) => [g, []]));
  for (const task of parent.tasks) {
    const g = groupOf.get(task.sectionPath[0] ?? '') ?? groups[0]!;
    tasksByGroup.get(g)!.push(task);
  }

  const droppedParents: string[] = [];
  const droppedParentSections: string[] = [];
  const plans = new Map<string, TaskPlan>();
  const targetTruth: SyntheticTargetTruth[] = [];

  // 1. Whole part dropped.
  const populated = groups.filter((g) => (tasksByGroup.get(g) ?? []).length > 0);
  if (populated.length >= 3 && rng.chance(rates.dropSection)) {
    const g = rng.pick(populated.slice(1));
    droppedParentSections.push(g.id);
  }

  // 2. Per task: dropped, merged with the next, split, or kept; plan its edits.
  for (const g of groups) {
    const tasks = tasksByGroup.get(g) ?? [];
    const sectionDropped = droppedParentSections.includes(g.id);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i]!;
      if (sectionDropped || rng.chance(rates.dropTask)) {
        droppedParents.push(task.id);
        for (const t of task.targets) {
          targetTruth.push({
            parentTask: task.id, childTask: null, parentSpan: { ...t.span }, parentText: t.text, kind: t.kind,
            parentValue: t.value, expected: 'dropped', scored: true,
          });
        }
        continue;
      }
      const next = tasks[i + 1];
      if (next && rng.chance(rates.merge)) {
        plans.set(task.id, planTask(ctx, task, true));
        plans.set(next.id, planTask(ctx, next, true));
        g.items.push({ kind: 'merge', tasks: [task, next] });
        i++;
        continue;
      }
      const points = splitPoints(source, task);
      if (points.length >= 2 && rng.chance(rates.split)) {
        // no body edits in a split task: its two halves must both keep text
        plans.set(task.id, planTask(ctx, task, false));
        const cut = points[Math.floor((points.length - 1) / 2)]!;
        g.items.push({ kind: 'split', task, cut, part: 1 }, { kind: 'split', task, cut, part: 2 });
        continue;
      }
      plans.set(task.id, planTask(ctx, task, true));
      g.items.push({ kind: 'task', task, moved: false, reordered: false });
    }
  }
  const liveGroups = groups.filter((g) => !droppedParentSections.includes(g.id) && g.items.length > 0);

  // 3. Moves to another part, then swaps within a part.
  if (liveGroups.length >= 2) {
    for (const g of liveGroups) {
      for (let i = 0; i < g.items.length; i++) {
        const item = g.items[i]!;
        if (item.kind !== 'task' || item.moved || g.items.length < 3 || !rng.chance(rates.move)) continue;
        const others = liveGroups.filter((o) => o !== g);
        const dest = rng.pick(others);
        g.items.splice(i, 1);
        i--;
        dest.items.push({ ...item, moved: true });
      }
    }
  }
  for (const g of liveGroups) {
    for (let i = 0; i + 1 < g.items.length; i++) {
      const a = g.items[i]!;
      const b = g.items[i + 1]!;
      if (a.kind !== 'task' || b.kind !== 'task' || a.moved || b.moved || !rng.chance(rates.reorder)) continue;
      g.items[i] = { ...b, reordered: true };
      g.items[i + 1] = { ...a, reordered: true };
      i++;
    }
  }

  // 4. Local tasks.
  const added = rng.int(0, Math.max(0, Math.floor(rates.maxAdded)));
  const pool = rng.shuffle(LOCAL_TASKS);
  for (let k = 0; k < added && k < pool.length && liveGroups.length > 0; k++) {
    const g = rng.pick(liveGroups);
    const at = rng.int(0, g.items.length);
    g.items.splice(at, 0, { kind: 'local', text: pool[k]!.replace(/\{unit\}/g, prefix.to) });
  }

  // 5. Write the text, numbering tasks through the document.
  const parentTitle = parent.title.replace(/\s+/g, '');
  // Every mention of the parent's region in the title becomes the child's (…办公室关于印发某县…的通知).
  const title = parent.region && parentTitle.includes(parent.region) ? parentTitle.split(parent.region).join(region) : `${region}${parentTitle}`;
  const lines: string[] = [
    title,
    '',
    `为认真贯彻落实上级部署，结合${region}实际，制定以下重点工作任务。`,
  ];
  const links: SyntheticLinkTruth[] = [];
  const addedChildren: string[] = [];
  let n = 0;
  let part = 0;
  const writeTask = (content: string, bracket: string): string => {
    n++;
    lines.push(`${style.indent}${n}${style.numberMark}${content}${bracket}`);
    return String(n);
  };
  const claimed = new Set<SyntheticTargetTruth>();
  const claim = (task: Task, childId: string, cut?: { at: number; part: 1 | 2 }): void => {
    for (const t of plans.get(task.id)?.targets ?? []) {
      if (claimed.has(t)) continue;
      if (cut) {
        const inFirst = (t.parentSpan?.start ?? 0) < cut.at;
        if (inFirst !== (cut.part === 1)) continue;
      }
      claimed.add(t);
      if (t.expected !== 'dropped') t.childTask = childId;
      targetTruth.push(t);
    }
  };

  for (const g of liveGroups) {
    part++;
    lines.push(`${style.indent}${toChineseNumeral(part)}、${g.title}`);
    for (const item of g.items) {
      if (item.kind === 'local') {
        addedChildren.push(writeTask(item.text.replace(/（[^（]*单位：[^）]*）$/, ''), bracketFromLocal(item.text, style)));
        continue;
      }
      if (item.kind === 'task') {
        const { task } = item;
        const plan = plans.get(task.id)!;
        const end = contentEnd(source, task);
        const hs = headingStart(source, task);
        const he = headingEnd(source, task, end);
        const heading = stripEndMark(render(source, hs, he, plan.edits));
        const body = stripStartMark(render(source, he, end, plan.edits));
        const id = writeTask(`${heading}。${body}`, unitsBracket(task, prefix, style));
        const mutations: string[] = [];
        if (plan.reworded) mutations.push('reworded');
        if (item.moved) mutations.push('moved');
        if (item.reordered) mutations.push('reordered');
        const relation: SyntheticRelation = item.moved ? 'moved' : plan.reworded ? 'reworded' : 'same';
        links.push({ child: id, parents: [task.id], relation, mutations });
        claim(task, id);
        continue;
      }
      if (item.kind === 'merge') {
        const [a, b] = item.tasks;
        const pa = plans.get(a.id)!;
        const pb = plans.get(b.id)!;
        const ea = contentEnd(source, a);
        const eb = contentEnd(source, b);
        const ha = headingEnd(source, a, ea);
        const hb = headingEnd(source, b, eb);
        const heading = `${stripEndMark(render(source, headingStart(source, a), ha, pa.edits))}，${stripEndMark(render(source, headingStart(source, b), hb, pb.edits))}`;
        const bodyA = stripStartMark(render(source, ha, ea, pa.edits));
        const bodyB = stripStartMark(render(source, hb, eb, pb.edits));
        const merged: Task = { ...a, leadUnits: [...new Set([...a.leadUnits, ...b.leadUnits])], supportUnits: [...new Set([...a.supportUnits, ...b.supportUnits])] };
        const id = writeTask(`${heading}。${bodyA}${bodyB}`, unitsBracket(merged, prefix, style));
        links.push({ child: id, parents: [a.id, b.id], relation: 'merged', mutations: ['merged'] });
        claim(a, id);
        claim(b, id);
        continue;
      }
      // split
      const { task, cut, part: which } = item;
      const plan = plans.get(task.id)!;
      const end = contentEnd(source, task);
      const hs = headingStart(source, task);
      const he = headingEnd(source, task, end);
      const content =
        which === 1
          ? `${stripEndMark(render(source, hs, he, plan.edits))}。${stripStartMark(render(source, he, cut, plan.edits))}`
          : stripStartMark(render(source, cut, end, plan.edits));
      const id = writeTask(content, unitsBracket(task, prefix, style));
      links.push({ child: id, parents: [task.id], relation: 'split', mutations: ['split'] });
      claim(task, id, { at: cut, part: which });
    }
  }
  for (const id of addedChildren) targetTruth.push({ parentTask: null, childTask: id, expected: 'added', scored: true });

  const truth: SyntheticTruth = {
    schema: 'policy-cascade/synthetic-truth@1',
    seed: options.seed,
    parent: { title: parent.title, ...(parent.name ? { name: parent.name } : {}) },
    child: { title, region },
    share,
    links,
    droppedParents,
    addedChildren,
    droppedParentSections,
    targets: targetTruth,
  };
  return { text: lines.join('\n') + '\n', truth };
}

/** A local task's bracket, rewritten in the document's punctuation style. */
function bracketFromLocal(text: string, style: BracketStyle): string {
  const m = /（([^（]*单位)：([^）]*)）$/.exec(text);
  if (!m) return '';
  return `${style.open}${m[1]}${style.colon}${m[2]}${style.close}`;
}

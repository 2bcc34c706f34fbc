import { parseChineseNumeral } from '../vocabulary/index.js';
import { indexOutside, splitOutside, trimRange } from './scan.js';

/** One part of the described list, as an interpretation states it. */
export interface ReadingPart {
  id: string;
  num: number;
  /** Normalised range of the `第X部分` mention. */
  mention: [number, number];
  title?: [number, number];
  /** The title was read from prose (围绕X): a declared part title, when there is one, is better. */
  weakTitle?: boolean;
  /** Heading ranges (normalised, trimmed). */
  items: Array<[number, number]>;
  /** `N个方面` when stated, and where. */
  declaredCount?: number;
  declaredAt?: [number, number];
}

export interface ReadingDeclared {
  sections?: number;
  tasks?: number;
  /** Range of the declaration, for warnings. */
  at?: [number, number];
  /** Part titles from `共分为十二个部分，包括A、B…` in order. */
  partTitles: Array<[number, number]>;
}

const PART_MENTION_RE = /第([一二三四五六七八九十]{1,3})部分/g;
const COUNT_TAIL_RE = /([0-9]{1,3}|[一二三四五六七八九十两]{1,3})个?方面$/;
const NUM = '([0-9]{1,4}|[一二三四五六七八九十百两]{1,5})';
const DECLARED_SECTIONS_RE = new RegExp(`共(?:分为|分|有|包括)?${NUM}个?部分`);
const DECLARED_TASKS_RE = new RegExp(`${NUM}(?:项|条)(?:内容|任务|重点任务|工作任务|重点工作)`);

/** Count statements such as `第一部分包括` in the text: two or more make it an interpretation. */
export function countPartStatements(text: string): number {
  let n = 0;
  for (const m of text.matchAll(PART_MENTION_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const stop = after.search(/[；;]|\n\n/);
    const clause = stop < 0 ? after : after.slice(0, stop);
    if (/包括|个方面|涉及/.test(clause)) n++;
  }
  return n;
}

function itemsIn(text: string, from: number, to: number): { items: Array<[number, number]>; count?: number; countAt?: [number, number] } {
  let [s, e] = trimRange(text, from, to, '：:，');
  let count: number | undefined;
  let countAt: [number, number] | undefined;
  const tail = COUNT_TAIL_RE.exec(text.slice(Math.max(s, e - 10), e));
  if (tail) {
    const n = parseChineseNumeral(tail[1]!.replace('两', '二'));
    if (n !== undefined) {
      count = n;
      countAt = [e - tail[0].length, e];
      e -= tail[0].length;
    }
  }
  [s, e] = trimRange(text, s, e);
  if (text.slice(e - 1, e) === '等') e--;
  const items = splitOutside(text, s, e, '、')
    .map(([a, b]) => trimRange(text, a, b, '，'))
    .filter(([a, b]) => b > a);
  return { items, count, countAt };
}

/**
 * Parts and headings stated by an interpretation, in both styles:
 * `第一部分包括：A、B、C；` and `第一部分，TITLE。包括A、B…8个方面。`, and in prose
 * (`第十二部分，围绕X，从A、B、C三个方面提出了保障措施`).
 */
export function readInterpretation(text: string, from: number, to: number): { parts: ReadingPart[]; declared: ReadingDeclared } {
  const region = text.slice(from, to);
  const mentions = [...region.matchAll(PART_MENTION_RE)].map((m) => ({
    id: m[1]!,
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const parts: ReadingPart[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const segEnd = k + 1 < mentions.length ? mentions[k + 1]!.start : to;
    const num = parseChineseNumeral(m.id);
    if (num === undefined) continue;
    const part: ReadingPart = { id: m.id, num, mention: [m.start, m.end], items: [] };
    const seg = text.slice(m.end, segEnd);
    const include = seg.search(/包括|涉及/);
    const firstStop = indexOutside(text, m.end, segEnd, '。；');
    if (include >= 0) {
      if (firstStop < 0 || m.end + include < firstStop) {
        // 第一部分包括：A、B、C；  (text before 包括 may carry a title: 第一部分，X，包括…)
        const lead = trimRange(text, m.end, m.end + include, '，：');
        if (lead[1] > lead[0]) part.title = lead;
      } else {
        // 第一部分，TITLE。包括A、B…8个方面。
        part.title = trimRange(text, m.end, firstStop, '，：');
      }
      const itemsStart = m.end + include + 2;
      const stop = indexOutside(text, itemsStart, segEnd, '。；');
      const r = itemsIn(text, itemsStart, stop < 0 ? segEnd : stop);
      part.items = r.items;
      part.declaredCount = r.count;
      part.declaredAt = r.countAt;
    } else {
      // prose: …，从A、B、C三个方面提出了…
      const stop = indexOutside(text, m.end, segEnd, '。；');
      const sentenceEnd = stop < 0 ? segEnd : stop;
      const sentence = text.slice(m.end, sentenceEnd);
      const aspects = /(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})个方面/.exec(sentence);
      if (aspects) {
        const countEnd = m.end + aspects.index + aspects[0].length - 2; // keep `N个` for itemsIn
        const clauses = splitOutside(text, m.end, countEnd, '，').filter(([a, b]) => trimRange(text, a, b)[1] > trimRange(text, a, b)[0]);
        const last = clauses[clauses.length - 1]!;
        let itemsStart = last[0];
        const lead = /^\s*(从|包括|涉及|围绕|在)/.exec(text.slice(itemsStart, itemsStart + 4));
        if (lead) itemsStart += lead[0].length;
        const r = itemsIn(text, itemsStart, countEnd + 2);
        part.items = r.items;
        part.declaredCount = r.count;
        part.declaredAt = r.countAt;
        if (clauses.length > 1) {
          const first = trimRange(text, clauses[0]![0], clauses[0]![1], '，：');
          const verb = /^(围绕|关于|聚焦|针对)/.exec(text.slice(first[0], first[0] + 2));
          part.title = [first[0] + (verb ? verb[0].length : 0), first[1]];
          part.weakTitle = true;
          if (part.title[1] <= part.title[0]) delete part.title;
        }
      }
    }
    parts.push(part);
  }

  const declared: ReadingDeclared = { partTitles: [] };
  const firstMention = mentions.length > 0 ? mentions[0]!.start : to;
  const intro = text.slice(from, firstMention);
  const sec = DECLARED_SECTIONS_RE.exec(intro);
  if (sec) {
    declared.sections = parseChineseNumeral(sec[1]!.replace('两', '二'));
    declared.at = [from + sec.index, from + sec.index + sec[0].length];
    // 共分为十二个部分，包括A、B、…。
    const afterDecl = from + sec.index + sec[0].length;
    const include = text.slice(afterDecl, afterDecl + 4).search(/包括/);
    if (include >= 0) {
      const itemsStart = afterDecl + include + 2;
      const stop = indexOutside(text, itemsStart, firstMention, '。；\n');
      declared.partTitles = itemsIn(text, itemsStart, stop < 0 ? firstMention : stop).items;
    }
  }
  const tasks = DECLARED_TASKS_RE.exec(intro);
  if (tasks) {
    declared.tasks = parseChineseNumeral(tasks[1]!.replace('两', '二'));
    declared.at ??= [from + tasks.index, from + tasks.index + tasks[0].length];
  }
  return { parts, declared };
}

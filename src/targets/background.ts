import { lastWhere } from './text-index.js';

/**
 * Background sentences: numbers that report a past state rather than commit to one. Plans open with
 * the situation (`截至2022年底，全市电动汽车保有量达到12.6万辆`, `“十四五”以来新增高新技术企业320家`)
 * before their goals (`到2025年…达到2000座以上`); the numbers of the first kind are not targets.
 */

/** Markers of a period reaching up to now: what follows in the sentence is an achievement. */
const PAST_PERIOD_MARKERS = ['以来', '年来'];
/** Words opening a status report at a date (`截至2022年底`). */
const AS_OF_MARKERS = ['截至', '截止到', '截止'];
/** Words committing to a result; after a past marker in the same sentence they start a goal again. */
const COMMITMENT_MARKERS = ['力争', '确保', '争取', '努力', '计划'];

const YEAR = /(?:19|20)\d{2}(?=年)/y;

export interface YearContext {
  /** The year the document speaks from (its first year of action): earlier years are background. */
  referenceYear?: number;
  /** The latest year the text looks forward to (到2025年, 2025年底前), if any. */
  latestForwardYear?: number;
  /**
   * Ranges of the text that report rather than commit, in text order: paragraphs reviewing an earlier
   * year (`2022年，全省…增长4.5%`, `过去一年，…`) — a commitment word in the sentence still makes a goal —
   * and the cells of a progress column in a table (`1-9月份工作完成情况`), which never do.
   */
  reportRanges: ReadonlyArray<{ start: number; end: number; absolute: boolean }>;
}

function yearAt(text: string, pos: number): number | undefined {
  YEAR.lastIndex = pos;
  const m = YEAR.exec(text);
  return m ? Number(m[0]) : undefined;
}

/**
 * Forward-looking years (到/至/力争到 2025年, or 2025年(年)底前 / 2025年前) and the ranges that report
 * (see YearContext). Linear in the text.
 */
export function yearContext(
  text: string,
  mask: Uint8Array,
  referenceYear?: number,
  progressCells: ReadonlyArray<{ start: number; end: number }> = [],
): YearContext {
  let latest: number | undefined;
  for (let i = 0; i + 4 < text.length; i++) {
    const ch = text[i]!;
    if ((ch !== '1' && ch !== '2') || mask[i]) continue;
    const year = yearAt(text, i);
    if (year === undefined || (i > 0 && /[0-9]/.test(text[i - 1]!))) continue;
    const before = text[i - 1];
    const after = text.slice(i + 5, i + 9);
    const forward = before === '到' || before === '至' || /^(?:年底|年末|底|末)?(?:前|以前)/.test(after);
    if (forward && (latest === undefined || year > latest)) latest = year;
    i += 4;
  }
  const reportRanges = [
    ...reviewParagraphs(text, referenceYear ?? goalYear(text, mask)),
    ...questions(text),
    ...progressCells.map((c) => ({ ...c, absolute: true })),
  ];
  reportRanges.sort((a, b) => a.start - b.start);
  return {
    ...(referenceYear !== undefined ? { referenceYear } : {}),
    ...(latest !== undefined ? { latestForwardYear: latest } : {}),
    reportRanges,
  };
}

/** `2023年经济社会发展主要预期目标`, `2024年工作目标`: the year whose goals the text sets (not 到2025年). */
const GOAL_YEAR = /(?<![到至0-9])((?:19|20)\d{2})年[^，,。；;\n]{0,12}目标/g;

function goalYear(text: string, mask: Uint8Array): number | undefined {
  for (const m of text.matchAll(GOAL_YEAR)) if (!mask[m.index]) return Number(m[1]);
  return undefined;
}

/** A paragraph opened by a year and a comma (`2022年，`) or by 过去一年 / 去年: a review when the year is past. */
const REVIEW_OPENING = /^[\s\u3000]*(?:((?:19|20)\d{2})年(?:以来)?|过去一年|过去五年|去年|上年)[，,]/;

/** `问：今年的就业目标是1100万人吗？`: in question-and-answer text the question commits to nothing. */
const QUESTION = /(?:^|[\n。！!？?])[\s\u3000]*(?:问|提问|记者问)[：:][^？?\n]{0,200}[？?]/g;

function questions(text: string): Array<{ start: number; end: number; absolute: boolean }> {
  if (!text.includes('问')) return [];
  return [...text.matchAll(QUESTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, absolute: true }));
}

/** A sentence that turns to the year ahead (`2023年，…`, `今年…`) ends the review. */
const TURN_TO_GOALS = /[。；;！!？?]\s*(?:((?:19|20)\d{2})年|今年|明年)/g;

function reviewEnd(text: string, from: number, end: number, reference: number | undefined): number {
  for (const m of text.slice(from, end).matchAll(TURN_TO_GOALS)) {
    if (m[1] === undefined || reference === undefined || Number(m[1]) >= reference) return from + m.index + 1;
  }
  return end;
}

function reviewParagraphs(text: string, reference: number | undefined): Array<{ start: number; end: number; absolute: boolean }> {
  const out: Array<{ start: number; end: number; absolute: boolean }> = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const m = REVIEW_OPENING.exec(text.slice(start, Math.min(end, start + 24)));
    if (m && (m[1] === undefined || (reference !== undefined && Number(m[1]) < reference))) {
      out.push({ start, end: reviewEnd(text, start + m[0].length, end, reference), absolute: false });
    }
    start = end + 1;
  }
  return out;
}

function lastUnmasked(window: string, mask: Uint8Array, from: number, word: string): number {
  for (let at = window.lastIndexOf(word); at >= 0; at = at > 0 ? window.lastIndexOf(word, at - 1) : -1) {
    if (!mask[from + at]) return at;
  }
  return -1;
}

function isEarlier(year: number, ctx: YearContext): boolean {
  if (ctx.referenceYear !== undefined) return year < ctx.referenceYear;
  return ctx.latestForwardYear !== undefined && year < ctx.latestForwardYear;
}

/**
 * True when the number at `pos` stands in a sentence (starting at `sentenceStart`) that reports the
 * past: after `…以来` / `…年来`, after `截至<year>` when that year is earlier than the document's
 * reference year (or than a year the text looks forward to), or — given a reference year — in a
 * sentence led by an earlier year (`2022年全市…达到…`). A commitment word after the marker
 * (力争, 确保) starts a goal again.
 */
export function inBackgroundSentence(
  text: string,
  mask: Uint8Array,
  sentenceStart: number,
  pos: number,
  ctx: YearContext,
): boolean {
  const window = text.slice(sentenceStart, pos);
  const report = reportRangeAt(ctx, pos);
  if (report?.absolute) return true;
  if (report && !COMMITMENT_MARKERS.some((w) => window.includes(w))) return true;
  let markerAt = -1;
  for (const word of PAST_PERIOD_MARKERS) markerAt = Math.max(markerAt, lastUnmasked(window, mask, sentenceStart, word));
  for (const word of AS_OF_MARKERS) {
    const at = lastUnmasked(window, mask, sentenceStart, word);
    if (at < 0) continue;
    const year = yearAt(text, sentenceStart + at + word.length);
    if (year !== undefined && isEarlier(year, ctx)) markerAt = Math.max(markerAt, at);
  }
  if (markerAt < 0 && ctx.referenceYear !== undefined) {
    const lead = /^[\s\u3000，,；;、]*(?:在|于)?/.exec(window)![0].length;
    const year = window.length > lead ? yearAt(text, sentenceStart + lead) : undefined;
    if (year !== undefined && year < ctx.referenceYear) markerAt = lead;
  }
  if (markerAt < 0) return false;
  const rest = window.slice(markerAt);
  return !COMMITMENT_MARKERS.some((w) => rest.includes(w));
}

/** The report range holding `pos`, if any (ranges are sorted by start). */
function reportRangeAt(ctx: YearContext, pos: number): { start: number; end: number; absolute: boolean } | undefined {
  const range = lastWhere(ctx.reportRanges, (r) => r.start <= pos);
  return range && pos < range.end ? range : undefined;
}

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
}

function yearAt(text: string, pos: number): number | undefined {
  YEAR.lastIndex = pos;
  const m = YEAR.exec(text);
  return m ? Number(m[0]) : undefined;
}

/** Forward-looking years: 到/至/力争到 2025年, or 2025年(年)底前 / 2025年前. Linear in the text. */
export function yearContext(text: string, mask: Uint8Array, referenceYear?: number): YearContext {
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
  return {
    ...(referenceYear !== undefined ? { referenceYear } : {}),
    ...(latest !== undefined ? { latestForwardYear: latest } : {}),
  };
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

import type { Comparator, Target } from '../model/index.js';
import { formatNumber, isCountUnit, multiplierValue, parseLiteral, roundSignificant } from './numbers.js';
import type { Rng } from './prng.js';
import type { SyntheticTargetTruth } from './truth.js';

/** A replacement of source[start, end) by text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface TargetMutationRates {
  /** Extensive targets: the child takes much less than its share (factor 0.4). */
  below: number;
  /** Extensive targets: the child takes much more than its share (factor 2.5). */
  above: number;
  /** Intensive targets: a weaker commitment. */
  relax: number;
  /** Intensive targets: a stronger commitment. */
  raise: number;
  /** 以上 ↔ 左右. */
  comparator: number;
  /** 万 ↔ 亿, 万人 ↔ 人, quantity unchanged. */
  unit: number;
}

/** Where a target's number is printed, as found in the parent source. */
interface Literal {
  start: number;
  /** End of the printed unit. */
  end: number;
  lower: number;
  upper?: number;
  /** 余/多 between the number and the unit. */
  approx: string;
  multiplier: number;
  /** Multiplier prefix as printed (万, 亿, '') when the raw unit splits into prefix + base unit. */
  prefix?: string;
  /** Comparator word printed right after the unit (以上, 左右), when there is one. */
  comparatorWord?: string;
}

const ARABIC_TAIL = /(\d+(?:\.\d+)?)(?:\s*[-—–~～至到]\s*(\d+(?:\.\d+)?))?([余多]?)$/;
const CHINESE_TAIL = /([〇零一二两三四五六七八九十百千]+)([余多]?)$/;
const COMPARATOR_WORDS: Readonly<Record<string, Comparator>> = { 以上: '>=', 左右: '~' };

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Find the printed number of a target: the literal right before its raw unit, checked against its value. */
/** Full-width ASCII forms (１２％．) to half-width, one character for one, so offsets stay valid. */
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Find the printed number of a target: the literal right before its raw unit, checked against its value. */
export function locateLiteral(source: string, target: Target): Literal | undefined {
  const rawUnit = halfWidth(target.rawUnit);
  if (!rawUnit) return undefined;
  const from = Math.max(0, target.span.start - 24);
  const to = Math.min(source.length, target.span.end + rawUnit.length + 4);
  const view = halfWidth(source.slice(from, to));
  const spanStart = target.span.start - from;
  const spanEnd = target.span.end - from;
  let i = view.indexOf(rawUnit, spanStart);
  while (i >= 0 && i <= spanEnd) {
    const before = view.slice(Math.max(spanStart - 4, i - 24, 0), i);
    const arabic = ARABIC_TAIL.exec(before);
    const chinese = arabic ? null : CHINESE_TAIL.exec(before);
    const m = arabic ?? chinese;
    if (m) {
      const lower = parseLiteral(m[1] ?? '');
      const upper = arabic && m[2] ? parseLiteral(m[2]) : undefined;
      const approx = (arabic ? m[3] : m[2]) ?? '';
      if (lower > 0 && Number.isFinite(lower)) {
        const multiplier = target.value / lower;
        const prefix = target.rawUnit.endsWith(target.unit) ? target.rawUnit.slice(0, target.rawUnit.length - target.unit.length) : undefined;
        const printed = prefix === undefined ? undefined : multiplierValue(prefix);
        if (printed !== undefined && close(printed, multiplier)) {
          const end = i + rawUnit.length;
          const after = view.slice(end, end + 2);
          return {
            start: from + i - m[0].length,
            end: from + end,
            lower,
            upper,
            approx,
            multiplier,
            prefix,
            comparatorWord: after in COMPARATOR_WORDS ? after : undefined,
          };
        }
      }
    }
    i = view.indexOf(rawUnit, i + 1);
  }
  return undefined;
}

type Mode = 'kept' | 'below' | 'above' | 'relaxed' | 'raised';

/** A prefix that prints `value` readably (no 0.08亿). */
function readablePrefix(value: number, prefix: string): string {
  if (prefix === '亿' && value < 1e8) return value >= 1e4 ? '万' : '';
  if (prefix === '万' && value < 1e4) return '';
  return prefix;
}

/** The unit mutation: print the same quantity with another multiplier. */
function switchedPrefix(value: number, prefix: string): string | undefined {
  if (prefix === '亿') return '万';
  if (prefix === '万') return value >= 1e8 ? '亿' : '';
  if (prefix === '' && value >= 1e4) return '万';
  return undefined;
}

function scaleValue(value: number, factor: number, countUnit: boolean): number {
  const scaled = value * factor;
  return countUnit ? Math.max(1, Math.round(scaled)) : roundSignificant(scaled, 2);
}

/** Loosen or tighten an intensive value by 20-50 %, respecting the direction of the comparator. */
function shiftIntensive(value: number, unit: string, comparator: Comparator, mode: 'relaxed' | 'raised', rng: Rng): number {
  const upward = (mode === 'raised') === !(comparator === '<=' || comparator === '<');
  const delta = rng.uniform(0.2, 0.5);
  let next = roundSignificant(upward ? value * (1 + delta) : value * (1 - delta), 2);
  if (unit === '%' && next > 100) next = 100;
  if (next === value) next = roundSignificant(upward ? value * 1.5 : value * 0.5, 2);
  return next;
}

export interface PlannedTarget {
  edit?: Edit;
  truth: SyntheticTargetTruth;
}

/**
 * Decide what happens to one parent target in a child list that takes `share` of the parent's extensive
 * quantities, and produce the edit that writes it.
 */
export function planTarget(
  source: string,
  target: Target,
  parentTask: string,
  share: number,
  rates: TargetMutationRates,
  rng: Rng,
): PlannedTarget {
  const base: SyntheticTargetTruth = {
    parentTask,
    childTask: null,
    parentSpan: { start: target.span.start, end: target.span.end },
    parentText: target.text,
    kind: target.kind,
    parentValue: target.value,
    expected: 'kept',
    scored: true,
  };
  const literal = target.qualitative ? undefined : locateLiteral(source, target);
  if (!literal) {
    // Copied as printed: an intensive target is kept; an extensive one copies the parent's absolute number.
    return target.kind === 'intensive'
      ? { truth: { ...base, childValue: target.value } }
      : { truth: { ...base, childValue: target.value, share: 1, scored: false } };
  }

  const upperBounded = target.comparator === '<=' || target.comparator === '<';
  const r = rng.next();
  let mode: Mode = 'kept';
  if (target.kind === 'extensive') {
    if (!upperBounded && r < rates.below) mode = 'below';
    else if (!upperBounded && r < rates.below + rates.above) mode = 'above';
  } else if (r < rates.relax) mode = 'relaxed';
  else if (r < rates.relax + rates.raise && !(target.unit === '%' && target.value >= 100 && !upperBounded)) mode = 'raised';

  const countUnit = isCountUnit(target.unit);
  let lower: number;
  let upper: number | undefined;
  if (target.kind === 'extensive') {
    const factor = share * (mode === 'below' ? 0.4 : mode === 'above' ? 2.5 : 1);
    lower = scaleValue(target.value, factor, countUnit);
    upper = literal.upper !== undefined ? scaleValue(literal.upper * literal.multiplier, factor, countUnit) : undefined;
    if (upper !== undefined && upper <= lower) upper = undefined;
  } else {
    lower = mode === 'kept' ? target.value : shiftIntensive(target.value, target.unit, target.comparator, mode === 'raised' ? 'raised' : 'relaxed', rng);
    upper = literal.upper !== undefined ? literal.upper * literal.multiplier * (lower / target.value) : undefined;
  }

  // Printed multiplier: readable by default, switched on purpose for the unit mutation.
  const parentPrefix = literal.prefix ?? '';
  let prefix = readablePrefix(lower, parentPrefix);
  if (rng.chance(rates.unit)) prefix = switchedPrefix(lower, prefix) ?? prefix;
  const mult = multiplierValue(prefix) ?? 1;
  // Quantities printed without a multiplier must stay whole in count units.
  if (countUnit && prefix === '') lower = Math.max(1, Math.round(lower));
  // Intensive values keep every printed digit (94.906 stays 94.906); scaled ones get at most four.
  const digits = target.kind === 'intensive' ? 8 : 4;
  const printedLower = formatNumber(lower / mult, digits);
  lower = Number(printedLower) * mult;
  const printedUpper = upper !== undefined ? formatNumber(upper / mult, digits) : undefined;

  let comparatorWord = literal.comparatorWord;
  let comparatorChanged: SyntheticTargetTruth['comparatorChanged'];
  if (comparatorWord && COMPARATOR_WORDS[comparatorWord] === target.comparator && rng.chance(rates.comparator)) {
    const next = comparatorWord === '以上' ? '左右' : '以上';
    comparatorChanged = { from: COMPARATOR_WORDS[comparatorWord] as Comparator, to: COMPARATOR_WORDS[next] as Comparator };
    comparatorWord = next;
  }

  const rawUnit = prefix + target.unit;
  const printed = `${printedLower}${printedUpper !== undefined ? `—${printedUpper}` : ''}${literal.approx}${rawUnit}`;
  const edit: Edit = {
    start: literal.start,
    end: literal.end + (literal.comparatorWord ? literal.comparatorWord.length : 0),
    text: printed + (comparatorWord ?? ''),
  };

  const truth: SyntheticTargetTruth = { ...base, childValue: lower, childText: edit.text };
  if (comparatorChanged) truth.comparatorChanged = comparatorChanged;
  if (rawUnit !== target.rawUnit) truth.unitChanged = { from: target.rawUnit, to: rawUnit };
  if (target.kind === 'extensive') {
    const realised = lower / target.value;
    const ratio = realised / share;
    truth.share = realised;
    if (ratio >= 0.8 && ratio <= 1.25) {
      truth.versusReference = 'proportional';
      truth.expected = 'kept';
    } else if (ratio < 0.65) {
      truth.versusReference = 'below';
      truth.expected = 'relaxed';
    } else if (ratio > 1.55) {
      truth.versusReference = 'above';
      truth.expected = 'raised';
    } else truth.scored = false; // rounding left it between classes
  } else {
    truth.expected = lower === target.value ? 'kept' : mode === 'raised' ? 'raised' : mode === 'relaxed' ? 'relaxed' : 'kept';
  }
  return { edit, truth };
}

import type { Change, Comparator, Target, TargetChange, VersusReference } from '../model/index.js';
import { levelWordsOf, normalizeQualifier } from './metric.js';
import { conversionFactor } from './units.js';

const EPSILON = 1e-9;

/** A ceiling (以内, 不超过, 控制在): for these a lower number is the stricter commitment. */
export function isCeiling(c: Comparator): boolean {
  return c === '<=' || c === '<';
}

/**
 * Whether the pair of targets is read as a ceiling: the parent's comparator decides; when the parent
 * states a plain or approximate number, the child's ceiling decides.
 */
export function pairIsCeiling(parent: Target, child: Target): boolean {
  if (isCeiling(parent.comparator)) return true;
  return (parent.comparator === '=' || parent.comparator === '~') && isCeiling(child.comparator);
}

/** Both targets extensive (counts, areas, money totals): compare shares, not values. */
export function pairIsExtensive(parent: Target, child: Target): boolean {
  return parent.kind === 'extensive' && child.kind === 'extensive';
}

/** The child's value expressed in the parent's unit (兆瓦 → 千瓦 etc.). */
export function childValueInParentUnit(parent: Target, child: Target, which: 'value' | 'max' = 'value'): number | undefined {
  const v = which === 'value' ? child.value : child.max;
  return v === undefined ? undefined : v * conversionFactor(child.unit, parent.unit);
}

function sign(x: number, scale: number): -1 | 0 | 1 {
  if (Math.abs(x) <= EPSILON * Math.max(1, Math.abs(scale))) return 0;
  return x < 0 ? -1 : 1;
}

/**
 * Intensive targets: compare values (a range by its lower bound, then its upper bound). Lower is
 * relaxed, higher raised, equal kept — reversed for a ceiling, where a lower child number is stricter.
 */
export function classifyIntensive(parent: Target, child: Target): Change {
  const cv = childValueInParentUnit(parent, child) ?? child.value;
  let s = sign(cv - parent.value, parent.value);
  if (s === 0 && parent.max !== undefined && child.max !== undefined) {
    s = sign((childValueInParentUnit(parent, child, 'max') ?? child.max) - parent.max, parent.max);
  }
  if (s === 0) return 'kept';
  const higher = s > 0;
  return pairIsCeiling(parent, child) ? (higher ? 'relaxed' : 'raised') : higher ? 'raised' : 'relaxed';
}

/** child / parent for an extensive pair, or undefined when the parent value is 0. */
export function shareOf(parent: Target, child: Target): number | undefined {
  if (Math.abs(parent.value) <= EPSILON) return undefined;
  const cv = childValueInParentUnit(parent, child) ?? child.value;
  return cv / parent.value;
}

export function isShareOne(share: number): boolean {
  return Math.abs(share - 1) <= 1e-9;
}

/** below | proportional | above: |share / reference − 1| ≤ tolerance is proportional. */
export function compareWithReference(share: number, reference: number, tolerance: number): VersusReference {
  const ratio = share / reference;
  // a hair of slack so a tolerance edge computed in floating point (0.125 / 0.1) still counts as inside
  if (Math.abs(ratio - 1) <= tolerance + 1e-9) return 'proportional';
  return ratio < 1 ? 'below' : 'above';
}

/**
 * Change class of an extensive pair from its position against the reference share: proportional is
 * kept, below relaxed (the child takes less than its share), above raised (more than its share,
 * 加码). For a ceiling it flips: a share of a cap above the reference means a looser cap (relaxed).
 */
export function changeFromReference(v: VersusReference, ceiling: boolean): Change {
  if (v === 'proportional') return 'kept';
  const above = v === 'above';
  return ceiling ? (above ? 'relaxed' : 'raised') : above ? 'raised' : 'relaxed';
}

/** Administrative tier of each character a multi-tier tag is made of (区 sits beside 县). */
const TIER_OF: ReadonlyMap<string, string> = new Map([
  ['省', 'province'],
  ['市', 'city'],
  ['县', 'county'],
  ['区', 'county'],
  ['乡', 'township'],
  ['镇', 'township'],
  ['村', 'village'],
]);

/**
 * A tag naming several tiers at once (省市县重点项目, 市县): it says the item is on some official list, not
 * at which level, so it narrows nothing a level change could loosen. Such a tag is often stated once for
 * a whole enumeration (谋划在库省市县重点项目…，开工建设…) and elided from the later clauses; comparing it
 * would report ellipsis as a qualifier change.
 */
function isMultiTierTag(q: string): boolean {
  const chars = [...q];
  if (chars.length < 2 || chars.length > 4 || !chars.every((c) => TIER_OF.has(c))) return false;
  return new Set(chars.map((c) => TIER_OF.get(c))).size >= 2; // 乡镇 is one tier, 省市县 three
}

/** Level words and thresholds of a target, normalised (省级及以上 → 省级以上), in a stable order. */
export function qualifierSet(t: Target): string[] {
  const all = [...t.qualifiers.map(normalizeQualifier), ...levelWordsOf(t.metric)].filter(
    (q) => q.length > 0 && !isMultiTierTag(q),
  );
  return [...new Set(all)].sort();
}

/** {from, to} when the qualifiers differ (省级以上 → 市级以上); undefined when they are the same. */
export function qualifierChange(parent: Target, child: Target): TargetChange['qualifierChanged'] {
  const from = qualifierSet(parent);
  const to = qualifierSet(child);
  if (from.length === to.length && from.every((q, i) => q === to[i])) return undefined;
  return { from, to };
}

export function comparatorChange(parent: Target, child: Target): TargetChange['comparatorChanged'] {
  return parent.comparator === child.comparator ? undefined : { from: parent.comparator, to: child.comparator };
}

/**
 * Horizons compare by the year they name: 年底前, the document's own year (2023年底 in a 2023 list) and
 * no horizon at all mean the same; 到2025年 against none is a change. `years` are the documents' own
 * years when known.
 */
export function horizonChange(
  parent: Target,
  child: Target,
  years: { parent?: string; child?: string } = {},
): TargetChange['horizonChanged'] {
  if (horizonKey(parent.horizon, years.parent) === horizonKey(child.horizon, years.child)) return undefined;
  const out: NonNullable<TargetChange['horizonChanged']> = {};
  if (parent.horizon !== undefined) out.from = parent.horizon;
  if (child.horizon !== undefined) out.to = child.horizon;
  return out;
}

function horizonKey(h: string | undefined, ownYear: string | undefined): string {
  if (!h) return '';
  const year = /(?:19|20)\d{2}/.exec(h.normalize('NFKC'));
  return year && year[0] !== ownYear ? year[0] : '';
}

/** The year a document is for: its date, else a year in its title (2023年重点工作任务). */
export function documentYear(doc: { date?: string; title: string }): string | undefined {
  const fromDate = doc.date ? /^(?:19|20)\d{2}/.exec(doc.date) : null;
  if (fromDate) return fromDate[0];
  const fromTitle = /((?:19|20)\d{2})年/.exec(doc.title.normalize('NFKC'));
  return fromTitle ? fromTitle[1] : undefined;
}

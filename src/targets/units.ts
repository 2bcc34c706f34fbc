import type { TargetKind } from '../model/index.js';

/**
 * Unit catalogue: base units, the multipliers that may precede them (万千瓦 → 千瓦 × 10⁴), and how a
 * quantity in that unit behaves.
 *
 * - `count`: a measure word counting things (家, 个, 所); a count may head a noun phrase
 *   (`推动200家企业…`) and still be a target.
 * - `measure`: a physical or money quantity (亩, 立方米, 元); followed directly by a noun it is
 *   usually a specification (`年产10万吨项目`), not a target.
 * - `ratio`: intensive by nature (%, 个百分点, 倍).
 * - `spec`: never a target on its own (千伏 voltage class, 岁 age limit); read as a qualifier.
 */
export type UnitCategory = 'count' | 'measure' | 'ratio' | 'spec';

export interface UnitInfo {
  /** The unit as printed, multiplier included (亿立方米). */
  raw: string;
  /** Base unit without multiplier (立方米). */
  unit: string;
  /** Factor from the printed unit to the base unit (10⁸ for 亿立方米). */
  factor: number;
  kind: TargetKind;
  category: UnitCategory;
}

interface BaseUnit {
  unit: string;
  category: UnitCategory;
  /** Printed spellings folding to this unit with a factor (百分点 → 个百分点 × 1). */
  aliases?: readonly string[];
}

const BASE_UNITS: readonly BaseUnit[] = [
  // counts
  ...[
    '个', '家', '项', '所', '座', '处', '场', '条', '台', '套', '户', '名', '人', '批', '件', '张', '辆',
    '头', '只', '羽', '株', '棵', '艘', '架', '册', '篇', '份', '次', '人次', '场次', '例',
    '间', '栋', '幢', '口', '眼', '盏', '根', '支', '类', '床', '课时', '学时', '标准箱', '期次', '部',
  ].map((unit): BaseUnit => ({ unit, category: 'count' })),
  // measures
  ...[
    '亩', '公顷', '平方米', '平方公里', '平方千米', '立方米', '吨', '公斤', '千克', '斤', '元', '美元',
    '公里', '千米', '米', '延米', '千瓦', '兆瓦', '吉瓦', '千瓦时', '千伏安', '兆伏安', '升', '小时', '天',
    '微克', '毫克', '克', '毫升', '吨标准煤', '吨标煤',
  ].map((unit): BaseUnit => ({ unit, category: 'measure' })),
  { unit: '%', category: 'ratio', aliases: ['％'] },
  { unit: '‰', category: 'ratio' },
  { unit: '个百分点', category: 'ratio', aliases: ['百分点'] },
  { unit: '倍', category: 'ratio' },
  { unit: '千伏', category: 'spec', aliases: ['kV', 'KV'] },
  { unit: '岁', category: 'spec', aliases: ['周岁'] },
];

/** Multipliers that may precede a base unit after an Arabic number (1.2万人, 0.8亿立方米). */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** The factor of a multiplier word (万 → 1e4), undefined for any other word. */
export function multiplierFactor(word: string): number | undefined {
  return MULTIPLIERS.find(([prefix]) => prefix === word)?.[1];
}

/** Printed spelling → base unit entry, built once (immutable after construction). */
const SPELLINGS: ReadonlyMap<string, BaseUnit> = (() => {
  const map = new Map<string, BaseUnit>();
  for (const base of BASE_UNITS) {
    map.set(base.unit, base);
    for (const alias of base.aliases ?? []) map.set(alias, base);
  }
  return map;
})();

const MAX_SPELLING = Math.max(...[...SPELLINGS.keys()].map((s) => s.length));

function infoFor(raw: string, base: BaseUnit, factor: number): UnitInfo {
  return {
    raw,
    unit: base.unit,
    factor,
    kind: base.category === 'ratio' ? 'intensive' : 'extensive',
    category: base.category,
  };
}

/** Longest base-unit spelling starting at `pos`, or undefined. */
function baseAt(text: string, pos: number): { spelling: string; base: BaseUnit } | undefined {
  for (let len = Math.min(MAX_SPELLING, text.length - pos); len >= 1; len--) {
    const spelling = text.slice(pos, pos + len);
    const base = SPELLINGS.get(spelling);
    if (base) return { spelling, base };
  }
  return undefined;
}

/**
 * The unit printed at `pos` (after a number): a base unit, or a multiplier followed by one. A base
 * unit wins over a multiplier reading (千瓦 is kilowatt, not 千 × 瓦). `approxBetween` lets 余/多 stand
 * between multiplier and base unit (1万多人); its length is reported so the caller can flag it.
 */
export function matchUnitAt(
  text: string,
  pos: number,
  options: { allowMultiplier?: boolean } = {},
): { info: UnitInfo; end: number; approximate: boolean } | undefined {
  const simple = matchSimpleUnitAt(text, pos, options);
  return simple ? withDenominator(text, simple) : undefined;
}

/** Denominators after `/` (or 每) that make a rate: 微克/立方米, 元/吨, 公斤/亩. */
const DENOMINATORS = new Set([
  '年', '月', '日', '人', '户', '亩', '吨', '立方米', '平方米', '千瓦时', '公里', '小时', '天', '升', '床', '人次', '万人', '千人',
  '万元',
]);

function withDenominator(
  text: string,
  match: { info: UnitInfo; end: number; approximate: boolean },
): { info: UnitInfo; end: number; approximate: boolean } {
  if (match.info.category === 'ratio' || match.info.category === 'spec') return match;
  const slash = text[match.end];
  if (slash !== '/') return match;
  for (let len = 3; len >= 1; len--) {
    const denominator = text.slice(match.end + 1, match.end + 1 + len);
    if (denominator.length === len && DENOMINATORS.has(denominator)) {
      const unit = `${match.info.unit}/${denominator}`;
      const raw = `${match.info.raw}/${denominator}`;
      return {
        info: { raw, unit, factor: match.info.factor, kind: 'intensive', category: 'measure' },
        end: match.end + 1 + len,
        approximate: match.approximate,
      };
    }
  }
  return match;
}

function matchSimpleUnitAt(
  text: string,
  pos: number,
  options: { allowMultiplier?: boolean },
): { info: UnitInfo; end: number; approximate: boolean } | undefined {
  const direct = baseAt(text, pos);
  if (direct) return { info: infoFor(direct.spelling, direct.base, 1), end: pos + direct.spelling.length, approximate: false };
  if (options.allowMultiplier === false) return undefined;
  for (const [prefix, factor] of MULTIPLIERS) {
    if (!text.startsWith(prefix, pos)) continue;
    let at = pos + prefix.length;
    let approximate = false;
    const marker = text[at];
    if (marker === '余' || marker === '多') {
      approximate = true;
      at += 1;
    }
    const after = baseAt(text, at);
    if (after && after.base.category !== 'ratio') {
      const raw = text.slice(pos, at + after.spelling.length).replace(/[余多]/, '');
      return { info: infoFor(raw, after.base, factor), end: at + after.spelling.length, approximate };
    }
  }
  return undefined;
}

/**
 * Catalogue entry for a printed unit (`亿立方米`, `万千瓦`, `%`), or undefined when the unit is not
 * known. `unitInfo('亿立方米')` → { unit: '立方米', factor: 1e8, kind: 'extensive', … }.
 */
export function unitInfo(raw: string): UnitInfo | undefined {
  const trimmed = raw.trim();
  const match = matchUnitAt(trimmed, 0);
  return match && match.end === trimmed.length ? match.info : undefined;
}

/** Convert a value printed in `rawUnit` to its base unit (`convertValue(0.8, '亿立方米')` → 80000000). */
export function convertValue(value: number, rawUnit: string): number {
  const info = unitInfo(rawUnit);
  return info ? scale(value, info.factor) : value;
}

/** value × factor without binary noise (1.2 × 10⁴ = 12000, not 11999.999…). */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  return Number((value * factor).toPrecision(12));
}

/** Physical conversions between distinct base units that measure the same thing. */
const SAME_DIMENSION: ReadonlyArray<readonly [string, string, number]> = [
  ['兆瓦', '千瓦', 1e3],
  ['吉瓦', '千瓦', 1e6],
  ['千米', '公里', 1],
  ['平方千米', '平方公里', 1],
  ['公顷', '亩', 15],
  ['平方公里', '平方米', 1e6],
  ['公斤', '千克', 1],
  ['千克', '斤', 2],
  ['吨', '斤', 2000],
  ['兆伏安', '千伏安', 1e3],
  ['公里', '米', 1e3],
  ['百分点', '个百分点', 1],
];

function baseOf(unit: string): string {
  return unitInfo(unit)?.unit ?? unit;
}

/**
 * Factor turning a value in base unit `from` into base unit `to` (兆瓦 → 千瓦: 1000), or undefined
 * when the two do not measure the same thing. Multiplied spellings are accepted (万亩 → 亩: 10⁴).
 */
export function unitFactor(from: string, to: string): number | undefined {
  const a = unitInfo(from);
  const b = unitInfo(to);
  const fa = a?.factor ?? 1;
  const fb = b?.factor ?? 1;
  const ua = a?.unit ?? from;
  const ub = b?.unit ?? to;
  if (ua === ub) return fa / fb;
  for (const [x, y, f] of SAME_DIMENSION) {
    if (ua === x && ub === y) return (fa * f) / fb;
    if (ua === y && ub === x) return fa / (f * fb);
  }
  return undefined;
}

/** True when two units (printed or base) measure the same thing, so their values can be compared. */
export function compatibleUnits(a: string, b: string): boolean {
  return baseOf(a) === baseOf(b) || unitFactor(a, b) !== undefined;
}

/** All base units in the catalogue with their category (for documentation and tests). */
export function unitCatalogue(): ReadonlyArray<{ unit: string; category: UnitCategory; kind: TargetKind }> {
  return BASE_UNITS.map((b) => ({
    unit: b.unit,
    category: b.category,
    kind: b.category === 'ratio' ? 'intensive' : 'extensive',
  }));
}

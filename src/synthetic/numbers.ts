/** Reading and writing the numbers of a target phrase, for the generator's number mutations. */
import { parseChineseNumeral } from '../vocabulary/index.js';

const MULTIPLIERS: Readonly<Record<string, number>> = {
  '': 1,
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

/** Value of a multiplier prefix such as 万 or 亿 ('' → 1); undefined when it is not one. */
export function multiplierValue(prefix: string): number | undefined {
  return MULTIPLIERS[prefix];
}

/** Parse an Arabic number (half- or full-width digits) or a small Chinese numeral (三, 十二, 二百); NaN otherwise. */
export function parseLiteral(literal: string): number {
  const ascii = literal.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)));
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(literal) ?? NaN;
}

/** Write a number without exponent, at most `digits` significant digits, no trailing zeros. */
export function formatNumber(value: number, digits = 4): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, Math.min(6, digits - 1 - magnitude));
  const rounded = Number(value.toFixed(decimals));
  const fixed = rounded.toFixed(decimals);
  return decimals > 0 ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Round to `digits` significant digits. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

/**
 * Units counted in whole items (家, 个, 人 …): a scaled value is rounded to an integer of at least 1.
 * Everything else (%, 亩, 立方米, 千瓦, 元 …) may carry decimals.
 */
const CONTINUOUS_UNITS = new Set([
  '%', '‰', '亩', '公顷', '平方米', '平方公里', '立方米', '吨', '千瓦', '千瓦时', '度', '元', '公里', '千米', '米',
  '斤', '公斤', '千克', '小时', '倍', '吨标准煤', '标准煤', '个百分点', '百分点', '年', '天',
]);

export function isCountUnit(unit: string): boolean {
  return !CONTINUOUS_UNITS.has(unit);
}

// Extraction of "named things" and numbers that two tasks can share verbatim.

const QUOTED = /[“"「『《〈]([^”"」』》〉\n]{1,30})[”"」』》〉]/g;
// Units a quantity can carry, longest first so that 平方公里 wins over 公里.
const UNITS = [
  '平方公里', '平方米', '立方米', '千瓦时', '千伏', '千瓦', '公里', '课时', '亿元', '万元', '元', '个', '家', '项',
  '人次', '人', '所', '座', '条', '处', '场', '名', '亩', '吨', '斤', '头', '次', '张', '户', '台', '辆', '批', '类',
  '年', '%', '％',
];
// A number (possibly decimal), an optional 万/亿 and an optional unit; years are skipped below.
const NUMBER_WITH_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)(万|亿)?(${UNITS.join('|')})?`, 'g');
const YEAR_UNIT = /^年/;

/** Quoted terms (“两高”, 《…规划》) inside a text, without the quotes. */
export function extractNamedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const term = (m[1] ?? '').trim();
    if (term.length >= 2) out.push(term);
  }
  return out;
}

/**
 * Numbers with their unit as printed (500万元, 30万千瓦, 18%), years and bare digits excluded:
 * the values a child copies from its parent (thresholds, standards) rather than scales.
 */
export function extractNumberTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const value = m[1] ?? '';
    const mult = m[2] ?? '';
    const unit = m[3] ?? '';
    if (YEAR_UNIT.test(unit)) continue;
    if (/^(19|20)\d\d$/.test(value) && mult === '') continue;
    if (unit === '' && mult === '') continue;
    out.push(`${value}${mult}${unit}`);
  }
  return out;
}

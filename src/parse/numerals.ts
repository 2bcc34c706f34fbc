const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numeral (一 … 九十九, 一百零六, 二〇二三 digit by digit) → number; undefined when not one. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!s.includes('十') && !s.includes('百') && !s.includes('千')) {
    // digit by digit: 二〇二三 → 2023
    let v = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) current = d;
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
  }
  return String(n);
}

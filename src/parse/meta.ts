import type { Level } from '../model/index.js';
import { isMetadataLine, isStandaloneDate } from './chrome.js';
import type { Line } from './lines.js';
import { parseChineseNumeral } from '../vocabulary/index.js';

export interface HeadInfo {
  title: string;
  /** Index of the title line (the last copy when portal metadata repeats it). */
  titleLine?: number;
  issuer?: string;
  docNumber?: string;
  date?: string;
  region?: string;
}

const TITLE_WORD_RE = /(关于|通知|方案|任务|计划|意见|办法|规划|解读|要点|清单|纲要|措施|决定|规定|细则|部署)/;
const DOC_NUMBER_RE = /([\u4e00-\u9fff]{1,12})[〔[（(【]((?:19|20)\d{2})[〕\]）)】]?(\d{1,4})号/;
const ORG_LINE_RE = /^[\u4e00-\u9fff（）]{2,40}(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|委|局|厅|办)$/;

/** Keys of portal metadata blocks (one field per line, several on a line, pipes, key and value on two lines). */
const FIELD_KEYS =
  '索引号|主题分类|组配分类|发布机构|发文机关|发文单位|成文日期|发文日期|发布日期|公开日期|生成日期|印发日期|文号|发文字号|有效性|信息名称|文件名称|关键词|主题词|公开方式|公开范围|政策咨询部门|政策咨询电话|规范性文件号|统一编号|所属机构';
/** Everyday words that are a field only with a separator after them (来源：…, 名称：…). */
const SHORT_FIELD_KEYS = '标题|名称|来源|体裁|时效|登记号';
const FIELD_AT_START_RE = new RegExp(`^[•·●\\s]*(?:(${FIELD_KEYS})[：:|]?|(${SHORT_FIELD_KEYS})[：:|])`);
const FIELD_ANY_RE = new RegExp(`(?:^|[|\\s]|(?<=[0-9a-zA-Z）)]))(${FIELD_KEYS}|${SHORT_FIELD_KEYS})[：:|]`, 'g');

/** Fields of a portal metadata block: 名称, 文号, 成文日期 … → value (the first of each). */
export function readPortalFields(lines: readonly Line[]): Map<string, string> {
  const fields = new Map<string, string>();
  const set = (k: string, v: string): void => {
    const value = v.replace(/^[|：:\s]+|[|\s]+$/g, '').trim();
    if (value.length > 0 && !fields.has(k)) fields.set(k, value);
  };
  lines.forEach((l, i) => {
    const first = FIELD_AT_START_RE.exec(l.text);
    if (!first) return;
    // the keys on the line, each value running to the next key
    const firstKey = first[1] ?? first[2]!;
    const keys: Array<{ key: string; at: number; end: number }> = [{ key: firstKey, at: 0, end: first[0].length }];
    for (const m of l.text.slice(first[0].length).matchAll(FIELD_ANY_RE)) {
      const at = first[0].length + m.index + m[0].indexOf(m[1]!);
      keys.push({ key: m[1]!, at, end: at + m[1]!.length + 1 });
    }
    // a line of only a key: its value is on the next line
    if (keys.length === 1 && l.text.slice(first[0].length).replace(/[|\s]/g, '') === '') {
      const next = lines[i + 1];
      if (next && !FIELD_AT_START_RE.test(next.text)) set(firstKey, next.text);
      return;
    }
    keys.forEach((k, n) => set(k.key, l.text.slice(k.end, n + 1 < keys.length ? keys[n + 1]!.at : l.text.length)));
  });
  return fields;
}

/** A portal field line (索引号：…, | 成文日期 | 2023-04-27 |): never a title. */
export function isFieldLine(text: string): boolean {
  return FIELD_AT_START_RE.test(text) && !/^(标题|名称)[：:]?[^：:|]{12,}$/.test(text);
}

/** Words a title ends with (before a closing 》 and a bracketed period). */
const TITLE_END_RE =
  /(通知|方案|计划|意见|办法|规划|要点|清单|任务|措施|决定|规定|细则|分工|分解|分解表|报告|实事|解读|纲要|批复|公告|通告|条例|安排|项目|政策)(?:[（(][^（）()]{0,20}[）)])?[》〉]*$/;

/** Strip a portal prefix (`部门解读|`) and a wrapping pair of 《》 from a title line. */
export function cleanTitle(text: string): string {
  let t = text;
  const bar = t.indexOf('|');
  if (bar >= 0 && bar <= 10) t = t.slice(bar + 1);
  t = t.trim();
  if (t.startsWith('《') && t.endsWith('》') && t.indexOf('《', 1) < 0) t = t.slice(1, -1);
  return t;
}

function isTitleLike(text: string): boolean {
  if (text.length < 6 || text.length > 160) return false;
  if (/[。：；]$/.test(text) || text.startsWith('各')) return false;
  if (isMetadataLine(text) || isStandaloneDate(text) || DOC_NUMBER_RE.test(text) && text.length < 30) return false;
  if (/^[（(]此件/.test(text)) return false;
  return TITLE_WORD_RE.test(text);
}

function isTitleFragment(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 60 &&
    !/[。，：；、]/.test(text) &&
    !isMetadataLine(text) &&
    !isStandaloneDate(text) &&
    !DOC_NUMBER_RE.test(text) &&
    !ORG_LINE_RE.test(text) &&
    !TITLE_WORD_RE.test(text) &&
    /^[\u4e00-\u9fff]/.test(text)
  );
}

/**
 * The title: the first title-like line, joined with the lines it was broken over (《2023年 / 省〈政府工作
 * 报告〉任务分解 / 和责任分工方案》的通知) and with an issuer line right above a line starting 关于. A line
 * ending as titles end (…通知, …方案, …实施方案) wins over one that merely holds a title word.
 */
function findTitle(head: Line[], candidates: Line[]): { title: string; last: Line } | undefined {
  const byIndex = new Map(head.map((l) => [l.index, l]));
  const joined = (l: Line): { title: string; last: Line } => {
    let title = l.text;
    let last = l;
    for (let k = 0; k < 4; k++) {
      const next = byIndex.get(last.index + 1);
      if (!next || !isTitleContinuation(next.text)) break;
      const unbalanced = (title.match(/《/g)?.length ?? 0) > (title.match(/》/g)?.length ?? 0);
      // a title ending in a quoted name (关于落实《政府工作报告》) may go on: …重点工作部门分工的意见
      const quotedEnd = /》$/.test(title) && !/^《/.test(title) && !/^《/.test(next.text) && TITLE_END_RE.test(next.text);
      if (!unbalanced && TITLE_END_RE.test(cleanTitle(title)) && !quotedEnd) break;
      title += next.text;
      last = next;
    }
    const before = byIndex.get(l.index - 1);
    if (before && /^关于/.test(l.text) && ORG_LINE_RE.test(before.text)) title = before.text + title;
    else if (before && isTitleFragment(before.text) && !/^(关于|《)/.test(title)) title = before.text + title;
    return { title: cleanTitle(title.replace(/^[\u4e00-\u9fff]{1,12}[〔[（(【](?:19|20)\d{2}[〕\]）)】]?\d{1,4}号(?=[\u4e00-\u9fff《])/, '')), last };
  };
  let weak: { title: string; last: Line } | undefined;
  for (const l of candidates) {
    if (!isTitleLike(l.text) && !/[《〈]/.test(l.text)) continue;
    const t = joined(l);
    if (TITLE_END_RE.test(t.title)) return t;
    weak ??= isTitleLike(t.title) ? t : undefined;
  }
  if (weak) return weak;
  const plain = candidates.find((l) => l.text.length >= 4 && l.text.length <= 60 && !/[。，；]/.test(l.text) && !ORG_LINE_RE.test(l.text));
  return plain ? { title: cleanTitle(plain.text), last: plain } : undefined;
}

/** A line that can continue a title broken over lines: short, no sentence punctuation, not metadata. */
function isTitleContinuation(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 40 &&
    !/[。，：；]/.test(text) &&
    !/^(关于|各)/.test(text) &&
    !isMetadataLine(text) &&
    !isFieldLine(text) &&
    !isStandaloneDate(text) &&
    !DOC_NUMBER_RE.test(text) &&
    !ORG_LINE_RE.test(text)
  );
}

/** Repair a document number with a lost 〕: 国发〔202218号 → 国发〔2022〕18号. */
export function formatDocNumber(m: RegExpExecArray): string {
  return `${m[1]}〔${m[2]}〕${m[3]}号`;
}

function isoDate(y: string, mo: string, d: string): string | undefined {
  const year = parseChineseNumeral(y);
  const month = parseChineseNumeral(mo);
  const day = parseChineseNumeral(d);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CN_DATE_IN_RE = /(\d{4}|[〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日/;
const ISO_IN_RE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

function dateIn(text: string): string | undefined {
  const cn = CN_DATE_IN_RE.exec(text);
  if (cn) return isoDate(cn[1]!, cn[2]!, cn[3]!);
  const iso = ISO_IN_RE.exec(text);
  return iso ? isoDate(iso[1]!, iso[2]!, iso[3]!) : undefined;
}

/**
 * One administrative name with its suffix. 州 ends a name only when 市 does not follow (德州市, 广州市 read
 * whole), so 广州市天河区 reads as 广州市 + 天河区.
 */
const REGION_PART_RE = /^[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|县|区|盟|旗|州(?!市|区|县))/;
const NOT_A_PLACE_RE = /(关于|印发|政府|办公|解读|部门|贯彻|落实|深化|推动|实施|人民|建设|发展|工作|我|全)/;
/** Municipalities under the central government: a 市 at province level. */
const MUNICIPALITY_RE = /^(北京|上海|天津|重庆)市$/;

/** The leading 某某省 / 某某市 / 某某市某某区 / 某某县 of a title or an issuer (the whole chain of names). */
export function regionOf(text: string): string | undefined {
  let rest = cleanTitle(text);
  let region = '';
  for (let k = 0; k < 3; k++) {
    const m = REGION_PART_RE.exec(rest);
    if (!m || NOT_A_PLACE_RE.test(m[0])) break;
    region += m[0];
    rest = rest.slice(m[0].length);
  }
  return region.length > 0 ? region : undefined;
}

/** The level a region's last name stands for: 省 → province, 青岛市城阳区 → district, 北京市 → province. */
function levelOfRegion(region: string): Level | undefined {
  if (MUNICIPALITY_RE.test(region)) return 'province';
  const last = region.match(/(特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|县|区|盟|旗|州)$/)?.[1];
  if (last === undefined) return undefined;
  if (last === '省' || last === '自治区' || last === '特别行政区') return 'province';
  if (last === '县' || last === '旗' || last === '自治县' || last === '自治旗') return 'county';
  if (last === '区' || last === '新区') return 'district';
  return 'city';
}

/**
 * Title, issuer, document number and date from the lines above the outline (`head`, already past any
 * news preface) plus the `preface` lines, which only supply a date when nothing else does.
 */
export function readHead(head: Line[], preface: Line[], tail: Line[]): HeadInfo {
  const fields = readPortalFields([...head, ...tail]);
  const candidates = head.filter(
    (l) => l.text.length > 0 && !isMetadataLine(l.text) && !isFieldLine(l.text) && (l.text.match(/\|/g)?.length ?? 0) < 2,
  );
  const found = findTitle(head, candidates);
  const titleLine = found?.last;
  let title = found ? found.title : '';
  if (!title) {
    const named = fields.get('名称') ?? fields.get('信息名称') ?? fields.get('文件名称') ?? fields.get('标题');
    if (named && TITLE_WORD_RE.test(named)) title = cleanTitle(named);
  }
  // portal metadata may repeat the title: anchor on its last copy
  let anchor = titleLine;
  if (titleLine) {
    for (const l of head) if (l.index > titleLine.index && cleanTitle(l.text) === title) anchor = l;
  }
  const after = anchor ? head.filter((l) => l.index > anchor.index) : head;
  const info: HeadInfo = { title, titleLine: anchor?.index };

  // document number: a 文号 field, a line of its own right after the title, else any standalone one in the head
  const numberField = fields.get('发文字号') ?? fields.get('文号');
  const numberLine =
    after.slice(0, 4).find((l) => l.text.length < 40 && DOC_NUMBER_RE.test(l.text)) ??
    head.find((l) => l.text.length < 40 && DOC_NUMBER_RE.test(l.text) && !l.text.includes('《'));
  const numberText = numberField && DOC_NUMBER_RE.test(numberField) ? numberField : numberLine?.text;
  if (numberText) info.docNumber = formatDocNumber(DOC_NUMBER_RE.exec(numberText.replace(/^(发文字号|文号|字号)[：:]?/, ''))!);

  // issuer: the signature line after the title, else the title's prefix before 关于, else 来源 / 发布机构 / 解读机构
  const signature = after.find((l) => ORG_LINE_RE.test(l.text));
  const beforeAbout = title.indexOf('关于');
  const labelled = [...head, ...preface, ...tail]
    .filter((l) => l.text.length < 100)
    .map((l) => /(?:来源|发布机构|发文机关|解读机构|解读单位)[：:]([\u4e00-\u9fff（）]{2,40}?)(?:时间|发布时间|日期|$)/.exec(l.text))
    .find((m) => m !== null);
  const issuerField = fields.get('发文机关') ?? fields.get('发布机构') ?? fields.get('发文单位');
  if (signature) info.issuer = signature.text;
  else if (labelled) info.issuer = labelled[1];
  else if (issuerField && issuerField.length <= 40) info.issuer = issuerField;
  else if (beforeAbout >= 4) info.issuer = title.slice(0, beforeAbout);

  // date: the signature date, else a labelled one, else a lone date line, else the first in the preface
  const lone = after.find((l) => isStandaloneDate(l.text)) ?? head.find((l) => isStandaloneDate(l.text));
  const labelledDate = head
    .map((l) => /(?:时间|发布日期|成文日期|日期)[：:](.{8,12})/.exec(l.text))
    .find((m) => m !== null);
  const fieldDate = fields.get('成文日期') ?? fields.get('发文日期') ?? fields.get('印发日期') ?? fields.get('发布日期') ?? fields.get('公开日期') ?? fields.get('生成日期');
  info.date =
    (lone && dateIn(lone.text)) ??
    (fieldDate && dateIn(fieldDate)) ??
    (labelledDate && dateIn(labelledDate[1]!)) ??
    preface.map((l) => dateIn(l.text)).find((d) => d !== undefined);
  if (info.date === undefined) delete info.date;

  info.region = regionOf(title) ?? (info.issuer ? regionOf(info.issuer) : undefined);
  if (info.region === undefined) delete info.region;
  if (info.issuer === undefined) delete info.issuer;
  if (!title) title = '';
  return info;
}

const NATIONAL_ISSUER_RE = /^(国务院|中共中央|国家|中央)/;
const SUPERIORS_DOWN_TO_CITY_RE = /(?:国家|中央)、省(?:委)?、(?!各|地|设区)[\u4e00-\u9fff]{0,3}市(?![\u4e00-\u9fff]{0,2}[、和]?[县区乡镇]|[三两]?级)|(?:结合|根据|落实)省、(?!各|地|设区)[\u4e00-\u9fff]{2,3}市(?!、?[县区])/;
const LEVEL_OF_WORD: Readonly<Record<string, Level>> = { 省: 'province', 市: 'city', 县: 'county', 区: 'district' };

/**
 * Administrative level from the region's last name, else from the issuer (国务院 → national, 市发展改革委 →
 * city), else from cues in the text: 已经县政府同意, addressees (各乡镇人民政府), the prefix most lead units
 * share (省发展改革委, 县教育局), and last of all the scope words the text speaks of itself with (全市, 我县).
 */
export function inferLevel(region: string | undefined, issuer: string | undefined, text: string, leadUnits: readonly string[] = []): Level {
  const head = text.slice(0, 3000);
  // its own subordinate units are towns and streets (各镇街, 各乡镇（街道）), never 县（市、区）: county tier
  const addressedToTownships = /各(乡镇|镇|街道)|镇[（(]街道[）)]/.test(head) && !/县[（(]市、区[）)]|各县区/.test(head);
  if (region) {
    const level = levelOfRegion(region);
    if (level === 'city' && addressedToTownships && /市$/.test(region)) return 'county';
    if (level) return level;
  }
  if (issuer && NATIONAL_ISSUER_RE.test(issuer)) return 'national';
  const first = issuer?.[0];
  if (first !== undefined && LEVEL_OF_WORD[first]) return LEVEL_OF_WORD[first]!;
  const cue = /(?:经|由)(省|市|县|区)(?:政府|委)/.exec(text.slice(0, 5000));
  if (cue) return LEVEL_OF_WORD[cue[1]!]!;
  if (addressedToTownships) return 'county';
  // the tiers above it listed as 国家、省、市 / 省、某某市 (争取国家、省、市资金): a county-level text, even one
  // that calls itself 全市 (a county-level city); 省、市、县 and 国家、省、市三级 include its own tier
  if (/各县[（(]市、区[）)]/.test(head)) return 'city';
  if (SUPERIORS_DOWN_TO_CITY_RE.test(text.slice(0, 5000))) return 'county';
  if (/各市人民政府|各市州人民政府/.test(head)) return 'province';
  if (/^(国务院|国务院办公厅)(关于|印发)/.test(head.trimStart())) return 'national';
  // the level prefix shared by most lead units
  const prefixes = new Map<Level, number>();
  for (const u of leadUnits) {
    const level = LEVEL_OF_WORD[u[0] ?? ''];
    if (level) prefixes.set(level, (prefixes.get(level) ?? 0) + 1);
  }
  const top = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top && top[1] * 2 > leadUnits.length) return top[0];
  // the first place the text names as an issuer or in a document's name (上海市人民政府办公厅印发, 《某某省…》)
  const named = /([\u4e00-\u9fff]{2,8}?(?:自治区|省|市|县|区))(?:人民政府|委员会)|《([\u4e00-\u9fff]{2,8}?(?:自治区|省|市|县|区))/.exec(text.slice(0, 1500));
  const place = named ? regionOf(named[1] ?? named[2]!) : undefined;
  if (place && levelOfRegion(place)) return levelOfRegion(place)!;
  // the scope the text speaks of itself with (全市 / 我县 …), when one clearly dominates
  const scopes = new Map<Level, number>();
  for (const m of text.slice(0, 20000).matchAll(/(?:全|我)(国|省|市|县|区)/g)) {
    const level = m[1] === '国' ? 'national' : LEVEL_OF_WORD[m[1]!]!;
    scopes.set(level, (scopes.get(level) ?? 0) + 1);
  }
  const ranked = [...scopes.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] >= 2 * ranked[1]![1])) return ranked[0]![0];
  return 'unknown';
}

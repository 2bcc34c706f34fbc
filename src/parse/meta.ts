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

const REGION_RE = /^([\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))/;

/** The leading 某某省 / 某某市 / 某某县 / 某某区 of a title or an issuer. */
export function regionOf(text: string): string | undefined {
  const m = REGION_RE.exec(cleanTitle(text));
  if (!m) return undefined;
  const region = m[1]!;
  if (/(关于|印发|政府|办公|解读|部门|贯彻|落实|深化|推动|实施)/.test(region)) return undefined;
  return region;
}

/**
 * Title, issuer, document number and date from the lines above the outline (`head`, already past any
 * news preface) plus the `preface` lines, which only supply a date when nothing else does.
 */
export function readHead(head: Line[], preface: Line[], tail: Line[]): HeadInfo {
  const candidates = head.filter((l) => l.text.length > 0 && !isMetadataLine(l.text));
  const titleLine = candidates.find((l) => isTitleLike(l.text)) ?? candidates.find((l) => l.text.length >= 4 && l.text.length <= 160);
  let title = titleLine ? cleanTitle(titleLine.text) : '';
  // a title broken over two lines: 某某市深化…发展 / 2023年重点工作任务
  const before = titleLine ? head.find((l) => l.index === titleLine.index - 1) : undefined;
  if (before && isTitleFragment(before.text) && !/^(关于|《)/.test(title)) title = cleanTitle(before.text) + title;
  // portal metadata may repeat the title: anchor on its last copy
  let anchor = titleLine;
  if (titleLine) {
    for (const l of head) if (l.index > titleLine.index && cleanTitle(l.text) === title) anchor = l;
  }
  const after = anchor ? head.filter((l) => l.index > anchor.index) : head;
  const info: HeadInfo = { title, titleLine: anchor?.index };

  // document number: a line of its own right after the title, else any standalone one in the head
  const numberLine =
    after.slice(0, 4).find((l) => l.text.length < 40 && DOC_NUMBER_RE.test(l.text)) ??
    head.find((l) => l.text.length < 40 && DOC_NUMBER_RE.test(l.text) && !l.text.includes('《'));
  if (numberLine) info.docNumber = formatDocNumber(DOC_NUMBER_RE.exec(numberLine.text)!);

  // issuer: the signature line after the title, else the title's prefix before 关于, else 来源 / 发布机构 / 解读机构
  const signature = after.find((l) => ORG_LINE_RE.test(l.text));
  const beforeAbout = title.indexOf('关于');
  const labelled = [...head, ...preface, ...tail]
    .filter((l) => l.text.length < 100)
    .map((l) => /(?:来源|发布机构|发文机关|解读机构|解读单位)[：:]([\u4e00-\u9fff（）]{2,40}?)(?:时间|发布时间|日期|$)/.exec(l.text))
    .find((m) => m !== null);
  if (signature) info.issuer = signature.text;
  else if (labelled) info.issuer = labelled[1];
  else if (beforeAbout >= 4) info.issuer = title.slice(0, beforeAbout);

  // date: the signature date, else a labelled one, else a lone date line, else the first in the preface
  const lone = after.find((l) => isStandaloneDate(l.text)) ?? head.find((l) => isStandaloneDate(l.text));
  const labelledDate = head
    .map((l) => /(?:时间|发布日期|成文日期|日期)[：:](.{8,12})/.exec(l.text))
    .find((m) => m !== null);
  info.date =
    (lone && dateIn(lone.text)) ??
    (labelledDate && dateIn(labelledDate[1]!)) ??
    preface.map((l) => dateIn(l.text)).find((d) => d !== undefined);
  if (info.date === undefined) delete info.date;

  info.region = regionOf(title) ?? (info.issuer ? regionOf(info.issuer) : undefined);
  if (info.region === undefined) delete info.region;
  if (info.issuer === undefined) delete info.issuer;
  if (!title) title = '';
  return info;
}

/**
 * Administrative level from the region's suffix, else from the issuer (市发展改革委 → city), else from
 * cues in the text (已经县政府同意, 各乡镇人民政府 …).
 */
export function inferLevel(region: string | undefined, issuer: string | undefined, text: string): Level {
  const addressedToTownships = /各(乡镇|镇|街道)/.test(text.slice(0, 3000));
  if (region) {
    if (/(省|自治区)$/.test(region)) return 'province';
    if (/(县|旗|自治县)$/.test(region)) return 'county';
    if (/区$/.test(region)) return 'district';
    if (/(市|州|盟)$/.test(region)) return addressedToTownships ? 'county' : 'city';
  }
  const first = issuer?.[0];
  if (first === '省') return 'province';
  if (first === '市') return 'city';
  if (first === '县') return 'county';
  if (first === '区') return 'district';
  const cue = /(?:经|由)(省|市|县|区)(?:政府|委)/.exec(text.slice(0, 5000));
  if (cue) return ({ 省: 'province', 市: 'city', 县: 'county', 区: 'district' } as const)[cue[1] as '省' | '市' | '县' | '区'];
  if (addressedToTownships) return 'county';
  if (/各县[（(]市、区[）)]/.test(text.slice(0, 3000))) return 'city';
  if (/各市人民政府/.test(text.slice(0, 3000))) return 'province';
  return 'unknown';
}

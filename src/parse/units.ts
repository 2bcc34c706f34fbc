import { splitOutside, trimRange } from './scan.js';

export interface UnitBracket {
  /** Normalised offset where the unit block (bracket, lines or last sentence) starts. */
  start: number;
  leadUnits: string[];
  supportUnits: string[];
}

/** How the document says which of several listed units leads. */
export interface UnitRules {
  /** `列第一位的为牵头单位`: in a list without a marked lead, the first unit leads. */
  firstListedLeads: boolean;
}

/** The document states that the first unit of a list leads (列第一位的为牵头单位, 排在首位的为牵头单位). */
export function readUnitRules(text: string): UnitRules {
  return { firstListedLeads: /(列|排|位)(在)?(第一位|首位|第一)的?(单位|部门)?为牵头/.test(text) };
}

type Role = 'lead' | 'support' | 'responsible' | 'person' | 'inline';

/** A key before ：— 牵头单位, 责任部门, 协同责任单位, 牵头负责领导, 部门分工 … — and what it names. */
const KEY_RE = /([\u4e00-\u9fff]{0,6}?(?:单位|部门|领导|分工))[：:]/y;

/** The key starting at text[at], if any (sticky: nothing is sliced). */
function keyAt(text: string, at: number): { key: string; length: number; role: Role } | undefined {
  KEY_RE.lastIndex = at;
  const m = KEY_RE.exec(text);
  const role = m ? roleOfKey(m[1]!) : undefined;
  return m && role ? { key: m[1]!, length: m[0].length, role } : undefined;
}

const LIST_SEPARATORS = new Set('；;，,\n \t（');

function roleOfKey(key: string): Role | undefined {
  if (key.endsWith('领导')) return 'person';
  if (key.endsWith('分工')) return 'inline';
  if (key.length > 7) return undefined;
  if (/牵头|主办|主责|主要责任/.test(key)) return 'lead';
  if (/配合|参与|协同|协办|其他|协助/.test(key)) return 'support';
  if (/责任|负责|承办|实施/.test(key)) return 'responsible';
  return undefined;
}

/** Suffixes that say a unit's role inside a list: `X牵头，Y配合`, `X负责` (longest first). */
const ROLE_SUFFIXES: ReadonlyArray<readonly [string, 'lead' | 'support' | 'responsible']> = [
  ['按职责分工负责', 'support'],
  ['按职能分工负责', 'support'],
  ['按职责负责', 'support'],
  ['牵头负责', 'lead'],
  ['负责牵头', 'lead'],
  ['牵头抓总', 'lead'],
  ['牵头落实', 'lead'],
  ['配合落实', 'support'],
  ['协同配合', 'support'],
  ['分别负责', 'responsible'],
  ['共同负责', 'responsible'],
  ['负责落实', 'responsible'],
  ['牵头', 'lead'],
  ['配合', 'support'],
  ['参与', 'support'],
  ['协同', 'support'],
  ['协助', 'support'],
  ['负责', 'responsible'],
];
const SUFFIX_ENDS = new Set(ROLE_SUFFIXES.map(([s]) => s[s.length - 1]!));

function roleSuffix(piece: string): readonly [string, 'lead' | 'support' | 'responsible'] | undefined {
  if (!SUFFIX_ENDS.has(piece[piece.length - 1]!)) return undefined;
  return ROLE_SUFFIXES.find(([s]) => piece.endsWith(s));
}

/** A unit name: short, no sentence punctuation (a bracket of explanation is cut off). */
function cleanUnit(raw: string): string {
  let u = raw.replace(/\n/g, '').replace(/^[（(]|[。．.]$/g, '').trim();
  // a trailing explanation in brackets (除标注为“牵头”单位外，列第一位的为牵头单位) is no part of the name
  u = u.replace(/[（(][^（()）]*[，的][^（()）]*[）)]$/, '');
  return u.trim();
}

function splitUnits(text: string, from: number, to: number): string[] {
  return splitOutside(text, from, to, '、，,/')
    .map(([s, e]) => cleanUnit(text.slice(...trimRange(text, s, e, '。．.'))))
    .filter((u) => u.length > 0);
}

function looksLikeUnits(units: string[]): boolean {
  return units.length > 0 && units.every((u) => u.length <= 30 && !/[。；：！？]/.test(u));
}

interface Collected {
  /** Units in document order with the role their key or suffix gives them. */
  units: Array<{ role: 'lead' | 'support' | 'responsible'; name: string }>;
  /** ★ marked units (leads when any is marked). */
  starred: string[];
}

const emptyCollected = (): Collected => ({ units: [], starred: [] });

function push(into: Collected, role: Role, units: string[]): void {
  for (const raw of units) {
    const starred = /[★☆*]/.test(raw);
    const u = raw.replace(/[★☆*]/g, '').trim();
    if (u.length === 0) continue;
    if (starred) into.starred.push(u);
    if (role === 'lead' || role === 'support' || role === 'responsible') into.units.push({ role, name: u });
    else if (role === 'inline') into.units.push({ role: 'responsible', name: u });
  }
}

/**
 * Read one clause of a unit list in text[from, to): `A、B牵头，C配合` pieces by their suffix, or a plain
 * list in the role of the current key. Returns false when nothing in it reads as units.
 */
function readPieces(text: string, from: number, to: number, keyRole: Role | undefined, into: Collected): boolean {
  let found = false;
  for (const [s, e] of splitOutside(text, from, to, '，,；;')) {
    const [a, b] = trimRange(text, s, e, '。');
    if (b <= a) continue;
    const piece = text.slice(a, b);
    const suffix = roleSuffix(piece);
    if (suffix) {
      const role: Role = suffix[1];
      const units = splitUnits(text, a, b - suffix[0].length);
      if (looksLikeUnits(units)) {
        push(into, keyRole === 'person' ? 'person' : role, units);
        found = true;
      }
    } else if (keyRole !== undefined && keyRole !== 'inline') {
      const units = splitUnits(text, a, b);
      if (looksLikeUnits(units)) {
        push(into, keyRole, units);
        found = true;
      }
    }
  }
  return found;
}

/**
 * Read a unit list in text[from, to): keyed (`牵头单位：A、B；配合单位：C`, `责任领导：…；牵头单位：X`, on one
 * line or several) or keyless (`A牵头，B配合`, `A负责`). A new keyed list starts at any piece that begins
 * with a key, so `牵头单位：A，参与单位：B` reads too. Returns false when nothing reads as units.
 */
function readList(text: string, from: number, to: number, keyed: boolean, into: Collected): boolean {
  // every key that starts a clause, with the role it gives the units after it
  const keys: Array<{ at: number; end: number; role: Role }> = [];
  for (let i = from; i < to; i++) {
    if (i > from && !LIST_SEPARATORS.has(text[i - 1]!)) continue;
    const k = keyAt(text, i);
    if (k && i + k.length <= to) {
      keys.push({ at: i, end: i + k.length, role: k.role });
      i += k.length - 1;
    }
  }
  if (keyed && keys.length === 0) return false;
  let found = false;
  const firstKey = keys.length > 0 ? keys[0]!.at : to;
  if (!keyed && firstKey > from && readPieces(text, from, firstKey, undefined, into)) found = true;
  keys.forEach((k, n) => {
    const stop = n + 1 < keys.length ? keys[n + 1]!.at : to;
    if (k.role !== 'person' && readPieces(text, k.end, stop, k.role, into)) found = true;
  });
  return found;
}

function finish(c: Collected, rules: UnitRules): { leadUnits: string[]; supportUnits: string[] } {
  const names = (keep: (role: string, name: string) => boolean): string[] => c.units.filter((u) => keep(u.role, u.name)).map((u) => u.name);
  // ★ marks the lead among the listed units
  if (c.starred.length > 0) return { leadUnits: c.starred, supportUnits: names((_, n) => !c.starred.includes(n)) };
  // 责任单位 lead when no 牵头 is named, else support
  if (c.units.some((u) => u.role === 'lead')) return { leadUnits: names((r) => r === 'lead'), supportUnits: names((r) => r !== 'lead') };
  const responsible = names((r) => r === 'responsible');
  const support = names((r) => r === 'support');
  if (rules.firstListedLeads && responsible.length > 1) return { leadUnits: responsible.slice(0, 1), supportUnits: names((r, n) => r === 'support' || (r === 'responsible' && n !== responsible[0])) };
  return { leadUnits: responsible, supportUnits: support };
}

/** Units from the unit columns of a table row (牵头单位 / 责任单位 / 配合单位 cells). */
export function unitsOfColumns(
  text: string,
  columns: ReadonlyArray<{ role: 'lead' | 'responsible' | 'support'; range: [number, number] }>,
  rules: UnitRules,
): { leadUnits: string[]; supportUnits: string[] } {
  const collected = emptyCollected();
  for (const c of columns) readPieces(text, c.range[0], c.range[1], c.role, collected);
  return finish(collected, rules);
}

function matchingOpen(text: string, start: number, close: number): number {
  let depth = 0;
  for (let i = close; i >= start; i--) {
    const ch = text[i];
    if (ch === '）') depth++;
    else if (ch === '（') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Does text[from…] start with a unit or leader key (`牵头单位：`, `责任领导：`)? */
function startsWithKey(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && (text[at] === '（' || /\s/.test(text[at]!))) at++;
  const k = keyAt(text, at);
  return k !== undefined && at + k.length <= to;
}

/**
 * The units responsible for a task, at the end of its text[start, end):
 * - a bracket: `（牵头单位：A、B；配合单位：C）`, `（A牵头，B配合）`, `（A负责）`, `（责任单位：A）`,
 *   `（责任领导：…；牵头单位：X）`, possibly followed by 。;
 * - lines of their own below the task (`牵头单位：X` / `责任单位：Y` / `牵头领导：…`);
 * - an unbracketed last sentence (`。牵头单位：A；配合单位：B`, `部门分工：A牵头，B配合`), or one that lost
 *   a bracket (PDF extractions, copies with characters dropped).
 * 牵头/主办 → lead; 配合/参与/协同 → support; 责任单位/责任部门 (and `A负责`) lead when no 牵头 is named, else
 * support; ★ marks the lead; with `rules.firstListedLeads` the first of an unmarked list leads.
 * Returns undefined when the task has none.
 */
export function parseUnitBracket(
  text: string,
  start: number,
  end: number,
  rules: UnitRules = { firstListedLeads: false },
): UnitBracket | undefined {
  const end0 = trimRange(text, start, end, '。')[1];
  const collected = emptyCollected();
  const done = (blockStart: number): UnitBracket => ({ start: blockStart, ...finish(collected, rules) });
  // lines of their own at the end of the task
  let e = end0;
  let linesStart = -1;
  for (;;) {
    const nl = text.lastIndexOf('\n', e - 1);
    if (nl < start || !startsWithKey(text, nl + 1, e)) break;
    linesStart = nl + 1;
    e = trimRange(text, start, nl, '。')[1];
  }
  if (linesStart >= 0) {
    // a bracketed list on a line of its own: （牵头单位：X）
    const [a, b] = text[linesStart] === '（' && text[end0 - 1] === '）' ? [linesStart + 1, end0 - 1] : [linesStart, end0];
    if (readList(text, a, b, true, collected)) return done(linesStart);
  }
  e = end0;
  if (e <= start) return undefined;
  if (text[e - 1] === '）') {
    const open = matchingOpen(text, start, e - 1);
    if (open > start) {
      const [a, b] = trimRange(text, open + 1, e - 1);
      if (readList(text, a, b, startsWithKey(text, a, b), collected)) return done(open);
    }
  }
  const last = unbracketed(text, start, e);
  if (last !== undefined && readList(text, last.keyAt, last.end, true, collected)) return done(last.start);
  return undefined;
}

/**
 * A unit list that lost its bracket or never had one: the last sentence of the task starting with a key
 * (`。牵头单位：A；配合单位：B`, `（牵头单位：A` or `牵头单位：A）`).
 */
function unbracketed(text: string, start: number, end: number): { start: number; keyAt: number; end: number } | undefined {
  let innerEnd = end;
  if (text[innerEnd - 1] === '）') innerEnd--;
  let sentenceStart = start;
  for (let i = innerEnd - 1; i >= start; i--) {
    if (text[i] === '。' || text[i] === '\n') {
      sentenceStart = i + 1;
      break;
    }
  }
  let at = sentenceStart;
  while (at < innerEnd && /[\s（]/.test(text[at]!)) at++;
  if (!startsWithKey(text, at, innerEnd)) return undefined;
  return { start: text[at - 1] === '（' ? at - 1 : at, keyAt: at, end: innerEnd };
}

import { splitOutside, trimRange } from './scan.js';

export interface UnitBracket {
  /** Normalised offset where the bracket (or the 。 before trailing units) starts. */
  start: number;
  leadUnits: string[];
  supportUnits: string[];
}

const UNIT_KEY_RE = /^(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|参与部门|协同单位|协办单位|主办单位|承办单位)/;

function splitUnits(text: string, from: number, to: number): string[] {
  return splitOutside(text, from, to, '、，,/')
    .map(([s, e]) => text.slice(...trimRange(text, s, e, '。．.')).replace(/\n/g, '')) // a name broken over two lines
    .filter((u) => u.length > 0);
}

/**
 * The trailing unit bracket of a task: `（牵头单位：A、B；配合单位：C）`, possibly followed by 。.
 * text[start, end) is the task's normalised text. Returns undefined when the task has none.
 * 牵头 → lead units; 配合 / 参与 / 协同 / 责任 → support units.
 */
export function parseUnitBracket(text: string, start: number, end: number): UnitBracket | undefined {
  let e = trimRange(text, start, end, '。')[1];
  if (e <= start) return undefined;
  if (text[e - 1] !== '）') return unbracketedUnits(text, start, e);
  // find the matching opening bracket, scanning back
  let depth = 0;
  let open = -1;
  for (let i = e - 1; i >= start; i--) {
    const ch = text[i];
    if (ch === '）') depth++;
    else if (ch === '（') {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  if (open < 0) return unbracketedUnits(text, start, e);
  const inner = trimRange(text, open + 1, e - 1);
  if (!UNIT_KEY_RE.test(text.slice(inner[0], inner[0] + 4))) return unbracketedUnits(text, start, e);
  return readUnitList(text, open, inner[0], inner[1]);
}

/**
 * A unit list that lost a bracket (PDF extractions, copies with characters dropped): `。牵头单位：A；配合单位：B`,
 * `（牵头单位：A` or `牵头单位：A）` at the end of the task. The list must be the task's last sentence.
 */
function unbracketedUnits(text: string, start: number, end: number): UnitBracket | undefined {
  let innerEnd = end;
  if (text[innerEnd - 1] === '）') innerEnd--;
  let sentenceStart = start;
  for (let i = innerEnd - 1; i >= start; i--) {
    if (text[i] === '。' || text[i] === '\n') {
      sentenceStart = i + 1;
      break;
    }
  }
  // the first unit key of the last sentence, directly after its start or an opening bracket
  let at = sentenceStart;
  while (at < innerEnd && /[\s（]/.test(text[at]!)) at++;
  const key = UNIT_KEY_RE.exec(text.slice(at, at + 4));
  if (!key || !/[：:]/.test(text[at + key[0].length] ?? '')) return undefined;
  const open = text[at - 1] === '（' ? at - 1 : at;
  return readUnitList(text, open, at, innerEnd);
}

/**
 * Read `牵头单位：A、B；配合单位：C` in text[from, to); the task text ends at `open`.
 * Lists are separated by ；, but portals also write `牵头单位：A，参与单位：B`, so a new list starts at
 * any piece that begins with a unit key.
 */
function readUnitList(text: string, open: number, from: number, to: number): UnitBracket {
  const lead: string[] = [];
  const support: string[] = [];
  let current: string[] | undefined;
  for (const [s, pieceEnd] of splitOutside(text, from, to, '；;，,、')) {
    const [a, b] = trimRange(text, s, pieceEnd);
    const key = UNIT_KEY_RE.exec(text.slice(a, a + 4));
    const colon = key ? a + key[0].length : -1;
    if (key && /[：:]/.test(text[colon] ?? '')) {
      current = key[0].includes('牵头') || key[0].includes('主办') ? lead : support;
      current.push(...splitUnits(text, colon + 1, b));
    } else if (current) {
      current.push(...splitUnits(text, a, b));
    }
  }
  return { start: open, leadUnits: lead, supportUnits: support };
}

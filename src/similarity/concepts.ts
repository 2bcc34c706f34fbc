import { CORPUS_GROUPS } from '../vocabulary/index.js';

/**
 * Groups of related policy terms (光伏 / 风电 / 太阳能): two headings that share no characters can still
 * name the same task through them. The built-in groups come from the national Government Work Reports
 * (test/tools/derive-vocabulary.mjs: terms used in the same contexts), not from any document the
 * aligner is measured on; users add their own (AlignOptions.conceptGroups).
 */
export interface ConceptTable {
  /** Group ids a token names: it is a member; else it holds a member of 3+ characters, or ends with one of 2. */
  groupsOf(token: string): readonly number[];
}

/** The built-in groups, as lists of terms. */
export function corpusConceptGroups(): string[][] {
  return CORPUS_GROUPS.split('|').map((g) => g.split(' '));
}

// Groups per token, memoised per table: the same words recur in every task and document, and each lookup
// slices every substring of the token. Bounded so a long-running process stays flat.
const TOKEN_MEMO_LIMIT = 50_000;
const NO_GROUPS: readonly number[] = [];

/** A concept table of the given groups (members of 2+ characters). */
export function createConceptTable(groups: readonly (readonly string[])[]): ConceptTable {
  const groupOf = new Map<string, number[]>();
  groups.forEach((group, k) => {
    for (const w of group) {
      const list = groupOf.get(w);
      if (list) list.push(k);
      else groupOf.set(w, [k]);
    }
  });
  let longest = 0;
  for (const w of groupOf.keys()) longest = Math.max(longest, w.length);
  const memo = new Map<string, readonly number[]>();
  return {
    groupsOf(token) {
      let found = memo.get(token);
      if (found) return found;
      let list: number[] | undefined;
      const add = (w: string): void => {
        const groups = groupOf.get(w);
        if (groups) for (let k = 0; k < groups.length; k++) (list ??= []).push(groups[k]!);
      };
      add(token);
      // a token that is no member itself: a compound holding a longer member (新能源汽车产业 → 新能源汽车),
      // or headed by a two-character one (农村公路 → 公路); a two-character member elsewhere in a word is
      // often another word's half
      if (!list) {
        for (let start = 0; start < token.length; start++)
          for (let end = start + 3; end <= Math.min(token.length, start + longest); end++)
            if (end - start < token.length) add(token.slice(start, end));
        if (token.length > 2) add(token.slice(-2));
      }
      found = list ? [...new Set(list)] : NO_GROUPS;
      if (memo.size >= TOKEN_MEMO_LIMIT) memo.clear();
      memo.set(token, found);
      return found;
    },
  };
}

let corpusTable: ConceptTable | undefined;
const userTables = new Map<string, ConceptTable>();
const USER_TABLES_KEPT = 8;

/**
 * The built-in table, or the built-in groups plus a user's (one table per distinct list, a few kept). A
 * term of a user's group leaves the built-in groups: the user's relation is the one that counts for it.
 */
export function conceptTableFor(extraGroups?: readonly (readonly string[])[]): ConceptTable {
  if (!extraGroups || extraGroups.length === 0) return (corpusTable ??= createConceptTable(corpusConceptGroups()));
  const key = JSON.stringify(extraGroups);
  let table = userTables.get(key);
  if (!table) {
    if (userTables.size >= USER_TABLES_KEPT) userTables.delete(userTables.keys().next().value!);
    const own = new Set(extraGroups.flat());
    const builtIn = corpusConceptGroups()
      .map((g) => g.filter((w) => !own.has(w)))
      .filter((g) => g.length >= 2);
    userTables.set(key, (table = createConceptTable([...builtIn, ...extraGroups])));
  }
  return table;
}

/**
 * Ids of the concept groups named by a text's words (jieba tokens). Matching whole tokens avoids false
 * hits across word boundaries (利用工程 does not contain the word 用工).
 */
export function conceptsOf(tokens: Iterable<string>, table: ConceptTable = conceptTableFor()): Set<number> {
  const out = new Set<number>();
  for (const token of tokens) {
    const groups = table.groupsOf(token);
    for (let k = 0; k < groups.length; k++) out.add(groups[k]!);
  }
  return out;
}

/** Share of `from`'s concepts found in `into` (0 when `from` names none). */
export function conceptCover(from: Set<number>, into: Set<number>): number {
  if (from.size === 0) return 0;
  let hit = 0;
  for (const c of from) if (into.has(c)) hit++;
  return hit / from.size;
}

/** Human-readable formatting of values, targets and shares (Markdown and HTML; CSV/XLSX keep raw numbers). */
import type { Comparator, DocumentRef, ReferenceShare, Target, TargetChange, Warning } from '../model/index.js';
import type { ReportLabels } from './labels.js';
import type { TargetRow } from './view.js';

const COMPARATOR_SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '~': '≈', '<=': '≤', '<': '<', '=': '' };

const MULTIPLIERS: ReadonlyArray<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** A number without exponent or grouping, at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, digits = 4): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = n.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function comparatorSymbol(c: Comparator): string {
  return COMPARATOR_SYMBOLS[c];
}

/** The multiplier printed before the base unit (0.8亿立方米: 亿 → 1e8), 1 when none. */
function multiplierOf(target: Target): number {
  if (target.rawUnit === target.unit || !target.rawUnit.endsWith(target.unit)) return 1;
  const prefix = target.rawUnit.slice(0, target.rawUnit.length - target.unit.length);
  return MULTIPLIERS.find(([p]) => p === prefix)?.[1] ?? 1;
}

/** `≥18%`, `≈600个`, `0.8亿立方米`, `10–15家`: the value as printed, with its comparator as a symbol. */
export function formatTarget(target: Target | undefined): string {
  if (!target) return '';
  const m = multiplierOf(target);
  const unit = m === 1 ? target.unit : target.rawUnit;
  const value = formatNumber(target.value / m);
  const range = target.max === undefined ? value : `${value}–${formatNumber(target.max / m)}`;
  return `${comparatorSymbol(target.comparator)}${range}${unit}${target.approximate ? '+' : ''}`;
}

/** A share as a percentage with three significant digits: 0.0625 → 6.25%, 1/30 → 3.33%. */
export function formatShare(share: number | undefined | null): string {
  if (share === undefined || share === null || !Number.isFinite(share)) return '';
  const pct = share * 100;
  const digits = pct === 0 ? 0 : Math.max(0, Math.min(4, 2 - Math.floor(Math.log10(Math.abs(pct)))));
  return `${formatNumber(pct, digits)}%`;
}

export function formatReference(ref: ReferenceShare, labels: ReportLabels): string {
  if (ref.value === null) return labels.referenceNone;
  const n = ref.source === 'median' ? `, n=${ref.count}` : '';
  return `${formatShare(ref.value)} (${labels.referenceSource[ref.source]}${n}, ${labels.tolerance} ±${formatShare(ref.tolerance)})`;
}

export function formatDocRef(ref: DocumentRef, labels: ReportLabels): string {
  return `${labels.levels[ref.level]} · ${ref.title}`;
}

export function pairTitle(parent: DocumentRef, child: DocumentRef, labels: ReportLabels): string {
  const name = (r: DocumentRef): string => r.region ?? labels.levels[r.level];
  return `${name(parent)} → ${name(child)}`;
}

/** Notes about a change besides its class: comparator, qualifier and horizon changes, share of 1, free note. */
export function changeNotes(change: TargetChange, labels: ReportLabels): string[] {
  const notes: string[] = [];
  if (change.comparatorChanged) {
    const { from, to } = change.comparatorChanged;
    notes.push(`${labels.comparatorChange}: ${labels.comparators[from]} → ${labels.comparators[to]}`);
  }
  if (change.qualifierChanged) {
    const q = (xs: string[]): string => (xs.length ? xs.join('、') : labels.none);
    notes.push(`${labels.qualifierChange}: ${q(change.qualifierChanged.from)} → ${q(change.qualifierChanged.to)}`);
  }
  if (change.horizonChanged) {
    const h = (x: string | undefined): string => x ?? labels.none;
    notes.push(`${labels.horizonChange}: ${h(change.horizonChanged.from)} → ${h(change.horizonChanged.to)}`);
  }
  if (change.shareIsOne) notes.push(labels.shareIsOne);
  if (change.evidence.note) notes.push(change.evidence.note);
  return notes;
}

/** A label template with {name} placeholders filled in. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/**
 * The share rule a pair was judged by, in words, with the bounds of "kept" and a worked example taken
 * from the pair's own rows (the first extensive target judged above or below the reference).
 */
export function referenceRule(ref: ReferenceShare, rows: readonly TargetRow[], labels: ReportLabels): string {
  if (ref.value === null) return labels.ruleNoReference;
  const low = ref.value * Math.max(0, 1 - ref.tolerance);
  const high = ref.value * (1 + ref.tolerance);
  const source = ref.source === 'median' ? `${labels.referenceSource.median}, n=${ref.count}` : labels.referenceSource[ref.source];
  const rule = fillTemplate(labels.ruleProportional, { ref: formatShare(ref.value), source, low: formatShare(low), high: formatShare(high) });
  const example = rows.find(
    (r) => r.change.share !== undefined && r.change.parentTarget && r.change.childTarget && (r.change.change === 'raised' || r.change.change === 'relaxed'),
  );
  if (!example) return rule;
  const c = example.change;
  const above = c.versusReference === 'above';
  const template = above ? labels.ruleExampleAbove : labels.ruleExampleBelow;
  return `${rule}${fillTemplate(template, {
    metric: example.metric,
    parent: formatTarget(c.parentTarget),
    child: formatTarget(c.childTarget),
    share: formatShare(c.share),
    bound: formatShare(above ? high : low),
    change: labels.changes[c.change],
  })}`;
}

/** A warning in the report's language: the label for its code where the language has one, else its message. */
export function warningText(w: Warning, labels: ReportLabels): string {
  return labels.warningCodes[w.code] ?? w.message;
}

/** The values of a change in one phrase: `≥18% → ≥5%`, `≥50项 → —` (dropped), `3个` (added). */
export function changeValues(change: TargetChange): string {
  if (change.change === 'added') return formatTarget(change.childTarget);
  return `${formatTarget(change.parentTarget)} → ${change.childTarget ? formatTarget(change.childTarget) : '—'}`;
}

/** `text（aside）` in Chinese, `text (aside)` in English. */
export function aside(text: string, note: string | number, labels: ReportLabels): string {
  return `${text}${labels.open}${note}${labels.close}`;
}

/** What a checklist line is about: `2. 市级创新平台` for a task target, `文件目标：地区生产总值增长` for a document goal. */
export function changeSubject(row: TargetRow, labels: ReportLabels): string {
  const id = row.change.child ?? row.change.parent;
  return id === null ? `${labels.documentGoals}${labels.colon}${row.metric}` : `${id}. ${row.metric}`;
}

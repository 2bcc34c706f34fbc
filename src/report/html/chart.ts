/** Inline SVG dot plot: each extensive target's share of the parent value on a log axis, with the reference share. */
import type { ReferenceShare } from '../../model/index.js';
import { formatShare } from '../format.js';
import type { ReportLabels } from '../labels.js';
import type { TargetRow } from '../view.js';
import { escapeHtml } from './escape.js';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const RIGHT = 70;
const TOP = 30;
const ROW = 24;
const BOTTOM = 24;
/** Shares outside [10^MIN_EXP, 10^MAX_EXP] are clipped to the edge and drawn hollow. */
const MIN_EXP = -4;
const MAX_EXP = 2;

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

export function sharesChart(rows: TargetRow[], ref: ReferenceShare, L: ReportLabels): string {
  const points = rows.filter((r) => r.change.share !== undefined && Number.isFinite(r.change.share) && r.change.share > 0);
  if (points.length === 0) return `<p class="muted">${escapeHtml(L.noExtensiveShares)}</p>`;

  const logs = points.map((r) => Math.log10(r.change.share as number));
  if (ref.value !== null && ref.value > 0) logs.push(Math.log10(ref.value));
  logs.push(0); // always show 100 % (the child copies the parent)
  const lo = Math.max(MIN_EXP, Math.floor(Math.min(...logs)));
  const hi = Math.min(MAX_EXP, Math.max(lo + 1, Math.ceil(Math.max(...logs))));
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - RIGHT;
  const x = (share: number): number => {
    const e = Math.min(hi, Math.max(lo, Math.log10(share)));
    return plotLeft + ((e - lo) / (hi - lo)) * (plotRight - plotLeft);
  };
  const height = TOP + points.length * ROW + BOTTOM;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-label="${escapeHtml(L.sharesChart)}">`,
  );
  for (let e = lo; e <= hi; e++) {
    const tx = x(10 ** e).toFixed(1);
    parts.push(`<line class="grid" x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${height - BOTTOM}"/>`);
    parts.push(`<text class="tick" x="${tx}" y="${TOP - 12}" text-anchor="middle">${escapeHtml(formatShare(10 ** e))}</text>`);
  }
  points.forEach((r, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const share = r.change.share as number;
    const clipped = Math.log10(share) < lo || Math.log10(share) > hi;
    const vs = r.change.versusReference ?? 'none';
    const label = `${r.change.child ?? r.change.parent ?? ''} ${r.metric}`;
    const tip = `${r.metric}: ${formatShare(share)}${r.change.versusReference ? ` (${L.versusReference[r.change.versusReference]})` : ''}`;
    parts.push(`<g class="point vs-${vs}" data-change="${r.change.change}">`);
    parts.push(`<title>${escapeHtml(tip)}</title>`);
    if (i % 2 === 0) parts.push(`<rect class="band" x="0" y="${y - ROW / 2}" width="${WIDTH}" height="${ROW}"/>`);
    parts.push(`<text class="label" x="${LABEL_WIDTH - 10}" y="${y + 4}" text-anchor="end">${escapeHtml(truncate(label, 18))}</text>`);
    parts.push(`<line class="stem" x1="${plotLeft}" y1="${y}" x2="${x(share).toFixed(1)}" y2="${y}"/>`);
    parts.push(`<circle class="dot${clipped ? ' clipped' : ''}" cx="${x(share).toFixed(1)}" cy="${y}" r="6"/>`);
    parts.push(`<text class="value" x="${(x(share) + 10).toFixed(1)}" y="${y + 4}">${escapeHtml(formatShare(share))}</text>`);
    parts.push('</g>');
  });
  if (ref.value !== null && ref.value > 0) {
    const rx = x(ref.value).toFixed(1);
    parts.push(`<line class="ref" x1="${rx}" y1="${TOP - 4}" x2="${rx}" y2="${height - BOTTOM + 4}"/>`);
    parts.push(
      `<text class="ref-label" x="${rx}" y="${height - 1}" text-anchor="middle">${escapeHtml(`${L.referenceShare} ${formatShare(ref.value)}`)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

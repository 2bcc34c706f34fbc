/**
 * Dot plot of each extensive target's share of the parent value on a log axis, with the reference share
 * and its tolerance band. Built from HTML rows (positions in percent of the plot column), not one SVG:
 * hiding filtered rows closes the gap they leave, and the reference line is drawn row by row, so it
 * spans exactly the visible rows and never crosses the axis labels above or its own label below.
 */
import type { ReferenceShare } from '../../model/index.js';
import { formatShare } from '../format.js';
import type { ReportLabels } from '../labels.js';
import type { TargetRow } from '../view.js';
import { escapeHtml } from './escape.js';

/** Shares outside [10^MIN_EXP, 10^MAX_EXP] are clipped to the edge and drawn hollow. */
const MIN_EXP = -4;
const MAX_EXP = 2;

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

const pct = (x: number): string => `${Number(x.toFixed(3))}%`;

export function sharesChart(rows: TargetRow[], ref: ReferenceShare, L: ReportLabels): string {
  const points = rows.filter((r) => r.change.share !== undefined && Number.isFinite(r.change.share) && r.change.share > 0);
  if (points.length === 0) return `<p class="muted">${escapeHtml(L.noExtensiveShares)}</p>`;

  const hasRef = ref.value !== null && ref.value > 0;
  const logs = points.map((r) => Math.log10(r.change.share as number));
  if (hasRef) logs.push(Math.log10(ref.value as number));
  logs.push(0); // always show 100 % (the child copies the parent)
  const lo = Math.max(MIN_EXP, Math.floor(Math.min(...logs)));
  const hi = Math.min(MAX_EXP, Math.max(lo + 1, Math.ceil(Math.max(...logs))));
  /** Position on the plot column, in percent. */
  const x = (share: number): number => ((Math.min(hi, Math.max(lo, Math.log10(share))) - lo) / (hi - lo)) * 100;

  const ticks: string[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(`<span class="tick" style="left:${pct(x(10 ** e))}">${escapeHtml(formatShare(10 ** e))}</span>`);
  const grid = Array.from({ length: hi - lo + 1 }, (_, i) => `<i class="grid" style="left:${pct(x(10 ** (lo + i)))}"></i>`).join('');
  let refMarks = '';
  if (hasRef) {
    const value = ref.value as number;
    const left = x(value * Math.max(1e-12, 1 - ref.tolerance));
    const right = x(value * (1 + ref.tolerance));
    refMarks = `<i class="band" style="left:${pct(left)};width:${pct(right - left)}"></i><i class="ref" style="left:${pct(x(value))}"></i>`;
  }

  const out: string[] = [`<div class="chart" role="img" aria-label="${escapeHtml(L.sharesChart)}">`];
  out.push(`<div class="chart-row axis"><span class="label"></span><span class="plot">${ticks.join('')}</span></div>`);
  for (const r of points) {
    const share = r.change.share as number;
    const clipped = Math.log10(share) < lo || Math.log10(share) > hi;
    const vs = r.change.versusReference ?? 'none';
    const label = `${r.change.child ?? r.change.parent ?? ''} ${r.metric}`;
    const tip = `${label}: ${formatShare(share)}${r.change.versusReference ? ` (${L.versusReference[r.change.versusReference]})` : ''}`;
    const at = x(share);
    out.push(
      `<div class="chart-row point vs-${vs}" data-change="${r.change.change}" title="${escapeHtml(tip)}">` +
        `<span class="label">${escapeHtml(truncate(label, 24))}</span>` +
        `<span class="plot">${grid}${refMarks}<i class="stem" style="width:${pct(at)}"></i>` +
        `<i class="dot${clipped ? ' clipped' : ''}" style="left:${pct(at)}"></i>` +
        `<span class="value${at > 85 ? ' before' : ''}" style="left:${pct(at)}">${escapeHtml(formatShare(share))}</span></span></div>`,
    );
  }
  if (hasRef) {
    out.push(
      `<div class="chart-row axis ref-row"><span class="label"></span><span class="plot"><span class="ref-label" style="left:${pct(x(ref.value as number))}">${escapeHtml(`${L.referenceShare} ${formatShare(ref.value)}`)}</span></span></div>`,
    );
  }
  out.push('</div>');
  return out.join('');
}

/** The page's inline stylesheet: system fonts only (no web fonts), one colour per change class, print rules. */
import type { Change } from '../../model/index.js';

export const CHANGE_COLOURS: Record<Change, string> = {
  kept: '#15803d',
  relaxed: '#c2410c',
  raised: '#b91c1c',
  dropped: '#475569',
  added: '#1d4ed8',
  deferred: '#7e22ce',
};

const changeRules = (Object.entries(CHANGE_COLOURS) as [Change, string][])
  .map(([c, col]) => `.chg-${c}{--chg:${col}}`)
  .join('\n');

export const STYLE = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9;--card:#fff;--accent:#1e3a8a;
--below:#c2410c;--proportional:#15803d;--above:#b91c1c;--none:#6b7280}
${changeRules}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;color:var(--ink);background:var(--bg);line-height:1.6;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header.top{background:var(--accent);color:#fff;padding:20px 32px}
header.top h1{margin:0 0 6px;font-size:1.6rem;font-weight:600}
header.top .docs{margin:0;padding:0;list-style:none;font-size:.9rem;opacity:.92}
header.top .docs li{margin:2px 0}
.level-tag{display:inline-block;min-width:2.2em;padding:0 6px;margin-right:6px;border-radius:4px;background:rgba(255,255,255,.18);text-align:center}
.toolbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;display:flex;flex-wrap:wrap;gap:8px;align-items:center;box-shadow:0 1px 3px rgba(0,0,0,.05)}
.toolbar .title{font-weight:600;margin-right:4px}
.chip{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--line);border-radius:999px;padding:2px 4px 2px 10px;background:#fff;font-size:.88rem}
.chip input{accent-color:var(--chg);margin:0}
.chip .swatch{width:10px;height:10px;border-radius:50%;background:var(--chg)}
.chip button,.toolbar button{font:inherit;font-size:.8rem;border:1px solid var(--line);background:#f9fafb;border-radius:999px;padding:0 8px;cursor:pointer;color:var(--muted)}
.chip button:hover,.toolbar button:hover{background:#eef2ff;color:var(--accent)}
.toolbar .count{margin-left:auto;color:var(--muted);font-size:.85rem}
.layout{display:grid;grid-template-columns:240px minmax(0,1fr);gap:24px;padding:20px 32px;max-width:1500px;margin:0 auto}
nav.toc{position:sticky;top:56px;align-self:start;max-height:calc(100vh - 72px);overflow:auto;font-size:.88rem;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px}
nav.toc h2{font-size:.95rem;margin:0 0 6px}
nav.toc ul{list-style:none;margin:0;padding-left:0}
nav.toc ul ul{padding-left:12px;margin-bottom:6px}
nav.toc a{color:var(--ink);text-decoration:none;display:block;padding:1px 4px;border-radius:4px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
nav.toc a:hover{background:#eef2ff;color:var(--accent)}
main{min-width:0}
section.pair{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin-bottom:24px}
section.pair>h2{margin:0 0 4px;font-size:1.35rem;color:var(--accent)}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 12px}
.badge{display:inline-block;padding:0 8px;border-radius:999px;font-size:.8rem;line-height:1.6;color:#fff;background:var(--chg,var(--muted));white-space:nowrap}
.badge.skip{background:#92400e}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(82px,1fr));gap:10px;margin:12px 0 18px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfd;border-top:4px solid var(--chg,#94a3b8)}
.card .n{font-size:1.6rem;font-weight:650;line-height:1.2;color:var(--chg,var(--ink))}
.card .k{font-size:.82rem;color:var(--muted)}
h3{font-size:1.08rem;margin:22px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h4{font-size:.98rem;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:4px 0 8px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;font-weight:600}
table.targets{table-layout:fixed}
table.targets col.task{width:13%}table.targets col.metric{width:22%}table.targets col.value{width:9%}
table.targets col.change{width:8%}table.targets col.share{width:7%}table.targets col.vs{width:8%}table.targets col.notes{width:11%}
tbody tr:nth-child(even){background:#fafafa}
tr[data-change]>td:first-child{border-left:4px solid var(--chg)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.evidence{color:var(--muted);font-size:.8rem}
.note{display:block;font-size:.8rem}
.muted{color:var(--muted)}
.is-hidden{display:none!important}
.chart{max-width:900px;font-size:12px;margin:6px 0}
.chart .band{fill:#f8fafc}
.chart .grid{stroke:#e2e8f0}
.chart .tick{fill:var(--muted);font-size:11px}
.chart .label{fill:var(--ink)}
.chart .stem{stroke:#cbd5e1;stroke-width:1.5}
.chart .dot{stroke:#fff;stroke-width:1.5}
.chart .dot.clipped{fill:#fff!important;stroke-width:2.5}
.chart .vs-below .dot{fill:var(--below)}.chart .vs-below .dot.clipped{stroke:var(--below)}
.chart .vs-proportional .dot{fill:var(--proportional)}.chart .vs-proportional .dot.clipped{stroke:var(--proportional)}
.chart .vs-above .dot{fill:var(--above)}.chart .vs-above .dot.clipped{stroke:var(--above)}
.chart .vs-none .dot{fill:var(--none)}
.chart .value{fill:var(--muted);font-size:11px}
.chart .ref{stroke:var(--accent);stroke-width:2;stroke-dasharray:5 3}
.chart .ref-label{fill:var(--accent);font-size:11px;font-weight:600}
.vs-legend{font-size:.82rem;color:var(--muted);display:flex;gap:14px;flex-wrap:wrap}
.vs-legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:0;border:1px solid var(--line);border-radius:8px;overflow:hidden;margin:8px 0}
.sbs>div{padding:8px 12px;font-size:.88rem;border-top:1px solid var(--line)}
.sbs>div:nth-child(odd){border-right:1px solid var(--line)}
.sbs .head{background:#f1f5f9;color:var(--accent);border-top:none}
.sbs .task{color:var(--accent);display:block;margin-bottom:2px}
del{background:#fee2e2;color:#7f1d1d;text-decoration:line-through;text-decoration-color:rgba(127,29,29,.45)}
ins{background:#dcfce7;color:#14532d;text-decoration:none}
b.num{font-weight:700;padding:0 2px;border-radius:3px}
del b.num{background:#fca5a5;color:#7f1d1d}
ins b.num{background:#86efac;color:#14532d}
ul.tasks{margin:4px 0 8px;padding-left:20px}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:8px 0 24px}
@media (max-width:900px){.layout{grid-template-columns:1fr;padding:12px}nav.toc{position:static;max-height:none}.sbs{grid-template-columns:1fr}}
@media print{
  html{font-size:11pt}
  body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .toolbar,nav.toc{display:none}
  .layout{display:block;padding:0}
  section.pair{border:none;padding:0;break-before:page}
  section.pair:first-child{break-before:auto}
  tr,.sbs>div,.card{break-inside:avoid}
  header.top{background:#fff;color:var(--ink);border-bottom:2px solid var(--ink);padding:0 0 8px}
}
`;

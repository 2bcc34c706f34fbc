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
.badge{display:inline-block;max-width:100%;padding:0 6px;border-radius:999px;font-size:.8rem;line-height:1.6;color:#fff;background:var(--chg,var(--muted))}
.badge.skip{background:#92400e}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(88px,1fr));gap:10px;margin:12px 0 18px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfd;border-top:4px solid var(--chg,#94a3b8)}
.card{min-width:0}
.card .of{font-size:.95rem;font-weight:500;color:var(--muted)}
.card .n{font-size:1.45rem;font-weight:650;line-height:1.2;color:var(--chg,var(--ink));overflow-wrap:anywhere}
.card .k{font-size:.82rem;color:var(--muted)}
h3{font-size:1.08rem;margin:22px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h4{font-size:.98rem;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:4px 0 8px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f1f5f9;font-weight:600}
table.targets{table-layout:fixed}
table.targets col.task{width:13%}table.targets col.metric{width:20%}table.targets col.value{width:10%}
table.targets col.change{width:9%}table.targets col.share{width:7%}table.targets col.vs{width:8%}table.targets col.notes{width:10%}
tbody tr:nth-child(even){background:#fafafa}
tr[data-change]>td:first-child{border-left:4px solid var(--chg)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.evidence{color:var(--muted);font-size:.8rem}
.note{display:block;font-size:.8rem}
.muted{color:var(--muted)}
.is-hidden{display:none!important}
.chart{max-width:900px;font-size:12px;margin:6px 0}
.chart-row{display:grid;grid-template-columns:220px minmax(0,1fr);align-items:center;min-height:24px}
.chart-row.point:nth-child(even){background:#f8fafc}
.chart-row .label{padding-right:10px;text-align:right;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.chart .plot{position:relative;height:24px;margin-right:56px}
.chart .axis .plot{height:20px}
.chart i{position:absolute;display:block}
.chart .grid{top:0;bottom:0;border-left:1px solid #e2e8f0}
.chart .band{top:0;bottom:0;background:rgba(30,58,138,.08)}
.chart .ref{top:0;bottom:0;border-left:2px dashed var(--accent)}
.chart .stem{left:0;top:11px;height:2px;background:#cbd5e1}
.chart .dot{top:6px;width:12px;height:12px;margin-left:-6px;border-radius:50%;border:1.5px solid #fff;background:var(--vs)}
.chart .dot.clipped{background:#fff;border:2.5px solid var(--vs)}
.chart .tick,.chart .value,.chart .ref-label{position:absolute;white-space:nowrap;font-size:11px}
.chart .tick{top:2px;transform:translateX(-50%);color:var(--muted)}
.chart .value{top:4px;margin-left:10px;color:var(--muted)}
.chart .value.before{transform:translateX(-100%);margin-left:-10px}
.chart .ref-label{top:2px;transform:translateX(-50%);color:var(--accent);font-weight:600}
.vs-below{--vs:var(--below)}.vs-proportional{--vs:var(--proportional)}.vs-above{--vs:var(--above)}.vs-none{--vs:var(--none)}
.legend{font-size:.82rem;color:var(--muted)}
.legend p{margin:4px 0}
.legend .keys{display:flex;gap:14px;flex-wrap:wrap}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px}
.legend i.dot{border-radius:50%;background:var(--vs)}
.legend i.hollow{border-radius:50%;border:2px solid var(--muted)}
.legend i.line{width:0;height:12px;border-left:2px dashed var(--accent)}
.legend i.band{width:16px;background:rgba(30,58,138,.15)}
.check-grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:12px;margin-bottom:8px}
.check{border:1px solid var(--line);border-radius:8px;padding:8px 12px;background:#fbfcfd;min-width:0}
.check h4{margin:0 0 6px;font-size:.95rem}
.check .count{display:inline-block;min-width:1.6em;padding:0 6px;border-radius:999px;background:#e0e7ff;color:var(--accent);text-align:center}
.check ul{margin:0;padding-left:18px;font-size:.86rem;max-height:24em;overflow:auto;overflow-wrap:anywhere}
.check .num{color:var(--muted);font-variant-numeric:tabular-nums}
section.method p{margin:6px 0;font-size:.92rem}
h2,h3,section{scroll-margin-top:calc(var(--toolbar-height,56px) + 12px)}
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
@media (max-width:900px){.layout{grid-template-columns:1fr;padding:12px}nav.toc{position:static;max-height:none}.sbs,.check-grid{grid-template-columns:1fr}}
@media print{
  html{font-size:11pt}
  body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .toolbar,nav.toc{display:none}
  .check ul{max-height:none;overflow:visible}
  .layout{display:block;padding:0}
  section.pair{border:none;padding:0;break-before:page}
  section.pair:first-child{break-before:auto}
  tr,.sbs>div,.card{break-inside:avoid}
  header.top{background:#fff;color:var(--ink);border-bottom:2px solid var(--ink);padding:0 0 8px}
}
`;

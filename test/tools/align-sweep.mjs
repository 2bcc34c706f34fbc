#!/usr/bin/env node
// Link accuracy of the aligner around its cut-offs, on every labelled pair at hand:
//   node test/tools/align-sweep.mjs [--option threshold] [--values 0.2,0.25,0.3,0.35,0.4] [--dist dist] [--misses]
// Pairs: county → city and city → province (bundled documents, test/fixtures/labels), county → province
// direct on the chained labels (county → city labels composed with city → province), and, when
// ../shared/realdocs is present, the tasks of its Shandong series against the provincial headings
// (provinceHeadings labels; measuring only). Prints one row per value: precision / recall per pair.
// Needs the build (npm run build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const option = arg('option', 'threshold');
const values = arg('values', '0.2,0.25,0.3,0.35,0.4').split(',').map(Number);
const showMisses = process.argv.includes('--misses');
let misses = [];
const lib = await import(pathToFileURL(join(ROOT, arg('dist', 'dist'), 'index.js')).href);

const read = (f) => readFileSync(join(ROOT, 'data', f), 'utf8');
const labels = (name) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/labels', `${name}.json`), 'utf8'));
const province = lib.parseDocument(read('shandong-2023-key-tasks-interpretation.txt'));
const city = lib.parseDocument(read('liaocheng-2023-key-tasks.txt'));
const county = lib.parseDocument(read('guanxian-2023-key-tasks.txt'));

/** county → province labels: each county task's city parents, through the city → province labels (as test/align-helpers.ts chainLabels). */
function chain(lower, upper) {
  const links = {};
  const via = (ids, field) => [...new Set(ids.flatMap((p) => upper.links[p]?.[field] ?? []))];
  for (const [child, l] of Object.entries(lower.links)) {
    const all = [...l.parents, ...(l.acceptable ?? [])];
    links[child] = { parents: via(l.parents, 'parents'), acceptable: [...new Set([...via(all, 'parents'), ...via(l.parents, 'acceptable')])] };
  }
  return { links };
}

/** Pair-level precision / recall, as test/align-helpers.ts scoreLinks counts them. */
function score(predicted, gold) {
  let tp = 0, fp = 0, found = 0, required = 0;
  const pairs = new Set();
  for (const l of predicted)
    for (const p of l.parents) {
      pairs.add(`${l.child}>${p}`);
      const g = gold.links[l.child];
      if (g && (g.parents.includes(p) || g.acceptable?.includes(p))) tp++;
      else fp++;
    }
  for (const [child, g] of Object.entries(gold.links))
    for (const p of g.parents) {
      required++;
      if (pairs.has(`${child}>${p}`)) found++;
    }
  if (showMisses) {
    for (const l of predicted) for (const p of l.parents) { const g = gold.links[l.child]; if (!(g && (g.parents.includes(p) || g.acceptable?.includes(p)))) misses.push(`FP ${l.child}->${p}`); }
    for (const [child, g] of Object.entries(gold.links)) for (const p of g.parents) if (!pairs.has(`${child}>${p}`)) misses.push(`FN ${child}->${p}`);
  }
  return { tp, fp, fn: required - found, precision: tp + fp ? tp / (tp + fp) : 1, recall: required ? found / required : 1 };
}

const pairs = [
  { name: 'county→city', child: county, parent: city, gold: labels('county-city') },
  { name: 'city→province', child: city, parent: province, gold: labels('city-province') },
  { name: 'city→prov (b)', child: city, parent: province, gold: labels('city-province-b') },
  { name: 'county→prov chained', child: county, parent: province, gold: chain(labels('county-city'), labels('city-province')) },
];

// the realdocs Shandong series: one pair per document, pooled
const REAL = join(ROOT, '../shared/realdocs/docs');
const real = [];
if (existsSync(REAL)) {
  for (const f of readdirSync(REAL).filter((x) => x.endsWith('.labels.json')).sort()) {
    const L = JSON.parse(readFileSync(join(REAL, f), 'utf8'));
    if (!L.tasks.some((t) => t.provinceHeadings)) continue;
    const nn = f.slice(0, 2);
    const doc = lib.parseDocument(readFileSync(join(REAL, `${nn}.txt`)));
    const norm = (s) => s.replace(/[\s。；;.]/g, '');
    const gold = { links: {} };
    for (const t of L.tasks) {
      if (!t.provinceHeadings) continue;
      // the parsed task with the labelled heading, else the one with the same id (a traditional page, folded by the parser)
      const hit = doc.tasks.find((d) => norm(d.heading) === norm(t.heading)) ?? doc.tasks.find((d) => d.id === t.id);
      if (hit) gold.links[hit.id] = { parents: t.provinceHeadings.map(String) };
    }
    real.push({ nn, doc, gold });
  }
}

const pct = (x) => x.toFixed(3);
const head = ['value', ...pairs.map((p) => p.name), ...(real.length ? ['realdocs Shandong'] : [])];
console.log(`# link precision / recall against ${option}`);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const v of values) {
  const opts = { [option]: v };
  const row = [String(v)];
  for (const p of pairs) {
    const s = score(lib.alignDocuments(p.child, p.parent, opts).links, p.gold);
    row.push(`${pct(s.precision)} / ${pct(s.recall)}`);
    if (showMisses && misses.length) console.log(`${p.name}: ${misses.join(', ')}`);
    misses = [];
  }
  if (real.length) {
    let tp = 0, fp = 0, fn = 0;
    for (const r of real) {
      const s = score(lib.alignDocuments(r.doc, province, opts).links.filter((l) => r.gold.links[l.child]), r.gold);
      tp += s.tp; fp += s.fp; fn += s.fn;
      if (showMisses && misses.length) console.log(`realdocs ${r.nn}: ${misses.join(', ')}`);
      misses = [];
    }
    row.push(`${pct(tp / (tp + fp || 1))} / ${pct(tp / (tp + fn || 1))} (${tp + fn})`);
  }
  console.log(`| ${row.join(' | ')} |`);
}

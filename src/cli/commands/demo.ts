import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { bundledDataDir, makeFolder, readInputFile, writeFileAtomic } from '../../io/index.js';
import type { GapReport, PolicyDocument } from '../../model/index.js';
import { renderReport, reportLabels } from '../../report/index.js';
import { emit } from '../output.js';
import { cliLang } from '../strict.js';
import type { Lang } from '../errors.js';

/** How a reading differs from its list, in words (reading ⇄ list follows). */
const DIFFERENCE_KINDS = {
  zh: { heading: '标题不同', 'section-title': '部分标题不同', 'missing-in-list': '清单中没有', 'missing-in-reading': '解读中没有' },
  en: { heading: 'heading differs', 'section-title': 'part title differs', 'missing-in-list': 'not in the list', 'missing-in-reading': 'not in the reading' },
} as const;

interface ManifestEntry {
  file: string;
  parent?: string;
  describes?: string;
}

/** The longest parent chain the manifest describes, highest level first. */
function longestChain(entries: readonly ManifestEntry[]): string[] {
  const byFile = new Map(entries.map((e) => [e.file, e]));
  let best: string[] = [];
  for (const entry of entries) {
    const chain: string[] = [];
    for (let e: ManifestEntry | undefined = entry; e && !chain.includes(e.file); e = e.parent ? byFile.get(e.parent) : undefined) {
      chain.unshift(e.file);
    }
    if (chain.length > best.length) best = chain;
  }
  return best;
}

function documentLine(doc: PolicyDocument, file: string, lang: Lang): string {
  const targets = doc.tasks.reduce((n, t) => n + t.targets.length, 0);
  const labels = reportLabels(lang);
  const level = labels.levels[doc.level];
  const genre = labels.genres[doc.genre];
  return lang === 'zh'
    ? `  [${level}] ${file}：${genre}，${doc.sections.filter((s) => s.path.length === 1).length} 部分，${doc.tasks.length} 项任务，${targets} 个目标，${doc.warnings.length} 条警告`
    : `  [${level}] ${file}: ${genre}, ${doc.sections.filter((s) => s.path.length === 1).length} parts, ${doc.tasks.length} tasks, ${targets} targets, ${doc.warnings.length} warnings`;
}

function pairLines(report: GapReport, lang: Lang): string[] {
  const labels = reportLabels(lang);
  const out: string[] = [];
  for (const pair of report.pairs) {
    const { tasks, targets } = pair.summary;
    const head = `${labels.levels[pair.parent.level]} → ${labels.levels[pair.child.level]}${pair.skipLevel ? `${labels.open}${labels.skipLevel}${labels.close}` : ''}`;
    const classes = Object.entries(targets)
      .map(([k, n]) => `${labels.changes[k as keyof typeof labels.changes]} ${n}`)
      .join(lang === 'zh' ? '，' : ', ');
    const ref = pair.referenceShare.value === null ? labels.referenceNone : pair.referenceShare.value.toFixed(3);
    out.push(
      lang === 'zh'
        ? `  ${head}：任务 ${tasks.linked} 项对应，上级 ${tasks.dropped} 项未承接，下级新增 ${tasks.added} 项；目标：${classes}；参考份额 ${ref}`
        : `  ${head}: tasks ${tasks.linked} linked, ${tasks.dropped} dropped, ${tasks.added} added; targets: ${classes}; reference share ${ref}`,
    );
  }
  return out;
}

/**
 * `policy-cascade demo`: the main job on the bundled documents. Parses every document in data/, checks each
 * interpretation against the list it describes, runs the gap analysis along the manifest's parent chain
 * (province → city → county) and writes the HTML, XLSX, CSV and Markdown reports.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled province → city → county documents and write HTML, XLSX, CSV and Markdown reports')
    .option('--out-dir <dir>', 'where to write the reports (created if missing; its parent folder must exist)', 'policy-cascade-report')
    .option('--no-write', 'print the summary only')
    .option('-o, --output <file>', 'write the summary to this file instead of stdout')
    .action(async (opts: { outDir: string; write: boolean; output?: string }, self: Command) => {
      const lang = cliLang(self);
      // the stages are loaded by the commands that run them, not at start
      const [{ analyzeCascade }, { compareReadingWithList, parseDocument }] = await Promise.all([
        import('../../compare/index.js'),
        import('../../parse/index.js'),
      ]);
      const zh = lang === 'zh';
      const dir = bundledDataDir();
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
      const docs = new Map<string, PolicyDocument>();
      const lines: string[] = [zh ? '文件：' : 'Documents:'];
      for (const entry of manifest.documents) {
        const doc = parseDocument(readInputFile(join(dir, entry.file)), { name: entry.file });
        docs.set(entry.file, doc);
        lines.push(documentLine(doc, entry.file, lang));
      }
      for (const entry of manifest.documents) {
        const reading = docs.get(entry.file);
        const list = entry.describes ? docs.get(entry.describes) : undefined;
        if (!reading || !list) continue;
        const cmp = compareReadingWithList(reading, list);
        const same = cmp.pairs.filter((p) => p.same).length;
        lines.push(zh ? `解读与清单对照（${entry.file}）：${cmp.pairs.length} 个标题中 ${same} 个一致` : `Reading against its list (${entry.file}): ${same} of ${cmp.pairs.length} headings identical`);
        for (const d of cmp.differences) lines.push(`  ${d.section} ${DIFFERENCE_KINDS[lang][d.kind]}${reportLabels(lang).colon}${d.reading ?? '—'} ⇄ ${d.list ?? '—'}`);
      }

      const chain = longestChain(manifest.documents);
      if (chain.length >= 2) {
        const report = analyzeCascade(chain.map((file) => docs.get(file)!));
        lines.push(zh ? `逐级对照（${chain.join(' → ')}）：` : `Cascade (${chain.join(' → ')}):`, ...pairLines(report, lang));
        if (opts.write) {
          const outDir = resolve(opts.outDir);
          makeFolder(outDir);
          for (const format of ['html', 'xlsx', 'csv', 'md'] as const) {
            const file = join(outDir, `report.${format}`);
            writeFileAtomic(file, await renderReport(report, format, { lang }));
            lines.push(zh ? `已写入 ${file}` : `wrote ${file}`);
          }
        }
      }
      emit(lines.join('\n') + '\n', opts.output);
    });
}

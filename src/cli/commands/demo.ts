import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ERROR_CODES, PolicyCascadeError } from '../../errors.js';
import type { PolicyDocument } from '../../model/index.js';
import { compareReadingWithList, parseDocument } from '../../parse/index.js';
import { readInputFile } from '../../io/index.js';
import { emit } from '../output.js';
import { cliLang } from '../strict.js';

interface ManifestEntry {
  file: string;
  describes?: string;
}

/** The bundled data/ folder: beside dist/ in an installed package, or at the repository root. */
export function bundledDataDir(): string {
  for (const rel of ['../data', '../../data', '../../../data']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'manifest.json'))) return dir;
  }
  throw new PolicyCascadeError(ERROR_CODES.FILE_NOT_FOUND, 'bundled data/ folder not found next to the installed package', {
    messageZh: '找不到随包附带的 data/ 目录',
  });
}

function summary(doc: PolicyDocument, file: string): string[] {
  const top = doc.sections.filter((s) => s.path.length === 1).length;
  const lead = doc.tasks.filter((t) => t.leadUnits.length > 0).length;
  const targets = doc.tasks.reduce((n, t) => n + t.targets.length, 0);
  const out = [
    `${file}`,
    `  ${doc.title}`,
    `  level ${doc.level} · genre ${doc.genre}${doc.region ? ` · region ${doc.region}` : ''}${doc.docNumber ? ` · ${doc.docNumber}` : ''}${doc.date ? ` · ${doc.date}` : ''}`,
    `  ${top} sections · ${doc.tasks.length} tasks · ${lead} with lead units · ${targets} targets · ${doc.warnings.length} warnings`,
  ];
  if (doc.declared) out.push(`  declared: ${doc.declared.sections ?? '?'} sections, ${doc.declared.tasks ?? '?'} items`);
  for (const w of doc.warnings.slice(0, 5)) out.push(`  warning ${w.line ?? '?'}:${w.column ?? '?'} [${w.code}] ${w.message}`);
  return out;
}

/** `policy-cascade demo`: parse the five bundled documents and print a summary of each. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('parse the bundled documents (province → city → county) and print a summary of each')
    .option('-o, --output <file>', 'write the summary to this file instead of stdout')
    .action((opts: { output?: string }, self: Command) => {
      void cliLang(self);
      const dir = bundledDataDir();
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
      const docs = new Map<string, PolicyDocument>();
      const lines: string[] = [];
      for (const entry of manifest.documents) {
        const doc = parseDocument(readInputFile(join(dir, entry.file)), { name: entry.file });
        docs.set(entry.file, doc);
        lines.push(...summary(doc, entry.file), '');
      }
      for (const entry of manifest.documents) {
        const list = entry.describes ? docs.get(entry.describes) : undefined;
        const reading = docs.get(entry.file);
        if (!list || !reading) continue;
        const cmp = compareReadingWithList(reading, list);
        const same = cmp.pairs.filter((p) => p.same).length;
        lines.push(`${entry.file} against ${entry.describes}: ${same} of ${cmp.pairs.length} headings identical`);
        for (const d of cmp.differences) {
          lines.push(`  part ${d.section} ${d.kind}: ${d.reading ?? '—'} ⇄ ${d.list ?? '—'}`);
        }
      }
      emit(lines.join('\n') + '\n', opts.output);
    });
}

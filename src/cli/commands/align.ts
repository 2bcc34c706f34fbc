import type { Command } from 'commander';
import type { Alignment, PolicyDocument } from '../../model/index.js';
import { SCHEMA_VERSION } from '../../model/index.js';
import { reportLabels } from '../../report/index.js';
import { addInputOptions, readCliDocument } from '../input-options.js';
import { emit } from '../output.js';
import { preloadSegmenterFor } from '../preload.js';
import { addKeepOrderOption, addStrictOption, cliLang, failOnWarnings, printWarnings } from '../strict.js';
import type { Lang } from '../errors.js';

interface AlignCommandOptions {
  json?: boolean;
  output?: string;
  threshold?: string;
  strict?: boolean;
  keepOrder?: boolean;
  [key: string]: unknown;
}

/** `policy-cascade align <child-file> <parent-file> [--json] [-o file]`. */
export function registerAlign(program: Command): void {
  const cmd = program
    .command('align')
    .description('align the tasks of a lower-level list (child) with the higher-level list (parent) it implements')
    .argument('<child-file>', 'the lower-level document, e.g. the county list')
    .argument('<parent-file>', 'the higher-level document, e.g. the city list or the provincial interpretation')
    .option('--json', 'print { schemaVersion, child, parent, links, droppedParents, addedChildren, sections, droppedParentSections, warnings }')
    .option('-o, --output <file>', 'write to this file instead of stdout (nothing is written on failure)')
    .option('--threshold <score>', 'minimum score for an in-order link (0-1)');
  addInputOptions(cmd);
  addKeepOrderOption(cmd);
  addStrictOption(cmd);
  cmd.action(async (childFile: string, parentFile: string, opts: AlignCommandOptions, self: Command) => {
    const lang = cliLang(self);
    // loaded here, not at start: commands that do not need the stages do not evaluate them
    const [{ parseDocument }, { alignDocuments }] = await Promise.all([import('../../parse/index.js'), import('../../align/index.js')]);
    // Alignment reads headings, texts and units, never the extracted targets: skip extracting them.
    const [childText, parentText] = await Promise.all([readCliDocument(childFile, opts), readCliDocument(parentFile, opts)]);
    const child = parseDocument(childText, { name: childFile, targets: false });
    const parent = parseDocument(parentText, { name: parentFile, targets: false });
    preloadSegmenterFor([child, parent]);
    const alignment = alignDocuments(child, parent, {
      ...(opts.threshold === undefined ? {} : { threshold: Number(opts.threshold) }),
      ...(opts.keepOrder === true ? { keepOrder: true } : {}),
    });
    failOnWarnings([...child.warnings, ...parent.warnings, ...alignment.warnings], lang, opts.strict === true);
    // documents given the wrong way round were swapped: say so, and show them in the roles they were aligned in
    const swapped = alignment.warnings.filter((w) => w.code === 'level-order');
    printWarnings(swapped, lang);
    const [lower, higher] = swapped.length > 0 ? [parent, child] : [child, parent];
    // alignDocuments builds every object in AlignmentSchema's key order (test/align-key-order.test.ts
    // checks that parsing with the schema changes no byte), so it is printed as it is
    if (opts.json) emit(JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...alignment }, null, 2) + '\n', opts.output);
    else emit(renderAlignment(alignment, lower, higher, lang), opts.output);
  });
}

/** A readable table: child task → parent task(s), relation, score; then dropped and added tasks. */
export function renderAlignment(a: Alignment, child: PolicyDocument, parent: PolicyDocument, lang: Lang): string {
  const zh = lang === 'zh';
  const childHeading = new Map(child.tasks.map((t) => [t.id, t.heading]));
  const parentHeading = new Map(parent.tasks.map((t) => [t.id, t.heading]));
  const lines: string[] = [];
  lines.push(zh ? `下级：${a.child.title}` : `child: ${a.child.title}`);
  lines.push(zh ? `上级：${a.parent.title}` : `parent: ${a.parent.title}`);
  lines.push('');
  lines.push(zh ? '下级任务 → 上级任务 | 关系 | 得分' : 'child task → parent task(s) | relation | score');
  for (const l of a.links) {
    const parents = l.parents.map((id) => `${id} ${parentHeading.get(id) ?? ''}`).join(' + ');
    const rel = reportLabels(lang).relations[l.relation];
    lines.push(`${l.child} ${childHeading.get(l.child) ?? ''} → ${parents} | ${rel} | ${l.score.toFixed(2)}`);
  }
  lines.push('');
  lines.push(zh ? `上级任务未被承接（${a.droppedParents.length}）：` : `parent tasks nobody implements (${a.droppedParents.length}):`);
  for (const id of a.droppedParents) lines.push(`  ${id} ${parentHeading.get(id) ?? ''}`);
  lines.push(zh ? `下级新增任务（${a.addedChildren.length}）：` : `child tasks with no parent (${a.addedChildren.length}):`);
  for (const id of a.addedChildren) lines.push(`  ${id} ${childHeading.get(id) ?? ''}`);
  if (a.droppedParentSections.length > 0) {
    lines.push((zh ? '上级整部分未承接：' : 'parent parts dropped: ') + a.droppedParentSections.join(zh ? '、' : ', '));
  }
  return lines.join('\n') + '\n';
}

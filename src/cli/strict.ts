import { Option, type Command } from 'commander';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import type { Warning } from '../model/index.js';
import { reportLabels, warningText } from '../report/index.js';
import type { Lang } from './errors.js';
import { stderrStream } from './streams.js';

/** `--keep-order`: analyse the documents in the order given even when their inferred levels say otherwise. */
export function addKeepOrderOption(cmd: Command): Command {
  return cmd.addOption(new Option('--keep-order', 'keep the documents in the order given even when their levels say otherwise'));
}

/** Add `--strict` to a command: any warning fails the run (exit 3, no output written). */
export function addStrictOption(cmd: Command): Command {
  return cmd.addOption(new Option('--strict', 'treat warnings as errors: exit 3 and write nothing if there is any warning'));
}

/** The --lang in effect for a command (global option, default zh). */
export function cliLang(cmd: Command): Lang {
  return cmd.optsWithGlobals().lang === 'en' ? 'en' : 'zh';
}

/**
 * Under --strict, throw STRICT_WARNINGS when there are warnings; call it after the work and BEFORE writing
 * any output, so a failed strict run leaves no file. The message is one line: the count and the first warning.
 */
export function failOnWarnings(warnings: readonly Warning[], _lang: Lang = 'zh', enabled = true): void {
  if (!enabled || warnings.length === 0) return;
  const first = warnings[0]!;
  const where = [first.source, first.line !== undefined ? `${first.line}:${first.column ?? 1}` : undefined].filter(Boolean).join(' ');
  const detail = `${where ? where + ' ' : ''}${first.code}: ${oneLine(first.message)}`;
  const detailZh = `${where ? where + ' ' : ''}${first.code}：${oneLine(warningText(first, reportLabels('zh')))}`;
  const n = warnings.length;
  throw new PolicyCascadeError(
    ERROR_CODES.STRICT_WARNINGS,
    `--strict: ${n} warning${n === 1 ? '' : 's'}, first ${detail}`,
    { messageZh: `--strict：共 ${n} 条警告，第一条 ${detailZh}` },
  ); // the error carries both languages; the CLI picks one when printing
}

/** Print warnings to stderr, one line each (used when not --strict). */
export function printWarnings(warnings: readonly Warning[], lang: Lang = 'zh'): void {
  const prefix = lang === 'zh' ? '警告' : 'warning';
  for (const w of warnings) {
    const where = [w.source, w.line !== undefined ? `${w.line}:${w.column ?? 1}` : undefined].filter(Boolean).join(' ');
    stderrStream().write(`${prefix} [${w.code}]${where ? ' ' + where : ''}${reportLabels(lang).colon}${oneLine(warningText(w, reportLabels(lang)))}\n`);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

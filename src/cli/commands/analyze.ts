import { Option, type Command } from 'commander';
import type { AnalyzeOptions } from '../../compare/index.js';
import { ERROR_CODES, PolicyCascadeError } from '../../errors.js';
import { REPORT_FORMATS, isReportFormat, renderReport } from '../../report/index.js';
import { addInputOptions, readCliDocument } from '../input-options.js';
import { emit } from '../output.js';
import { preloadSegmenterFor } from '../preload.js';
import { addKeepOrderOption, addStrictOption, cliLang, failOnWarnings, printWarnings } from '../strict.js';

interface AnalyzeCommandOptions {
  format?: string;
  json?: boolean;
  output?: string;
  referenceShare?: number;
  tolerance?: number;
  strict?: boolean;
  keepOrder?: boolean;
  [key: string]: unknown;
}

/**
 * `policy-cascade analyze <top> <middle> [<bottom> …] [--format json|md|csv|xlsx|html] [-o file]`:
 * files from the highest level to the lowest; parses each, runs the gap analysis, renders the report.
 */
export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('gap analysis of documents given from the highest level to the lowest (province city county)')
    .argument('<files...>', 'two or more documents, highest level first')
    .addOption(new Option('--format <format>', `report format: ${REPORT_FORMATS.join(', ')}`).default('md'))
    .option('--json', 'shorthand for --format json')
    .option('-o, --output <file>', 'write the report to this file (required for xlsx on a terminal; nothing is written on failure)')
    .addOption(
      new Option('--reference-share <share>', 'expected share of the child in extensive parent targets: 0-1 or a percentage such as 12.8% (default: median share)').argParser(
        shareValue('--reference-share'),
      ),
    )
    .addOption(new Option('--tolerance <n>', 'relative tolerance around the reference share counted as proportional (default 0.25)').argParser(nonNegativeNumber('--tolerance')));
  addInputOptions(cmd);
  addKeepOrderOption(cmd);
  addStrictOption(cmd);
  cmd.action(async (files: string[], opts: AnalyzeCommandOptions, self: Command) => {
    const lang = cliLang(self);
    const format = opts.json ? 'json' : (opts.format ?? 'md');
    if (!isReportFormat(format)) {
      throw new PolicyCascadeError(ERROR_CODES.UNKNOWN_FORMAT, `unknown format "${format}"; use one of: ${REPORT_FORMATS.join(', ')}`, {
        messageZh: `未知的输出格式“${format}”；可用格式：${REPORT_FORMATS.join('、')}`,
      });
    }
    if (files.length < 2) {
      throw new PolicyCascadeError(ERROR_CODES.USAGE, 'analyze needs at least two files, highest level first', {
        messageZh: 'analyze 至少需要两个文件，按层级从高到低排列',
      });
    }
    if (format === 'xlsx' && !opts.output && process.stdout.isTTY) {
      throw new PolicyCascadeError(ERROR_CODES.USAGE, 'xlsx is binary: give -o <file> (or redirect stdout to a file)', {
        messageZh: 'xlsx 为二进制格式：请用 -o <文件> 指定输出文件（或将标准输出重定向到文件）',
      });
    }
    // the stages are loaded by the commands that run them, not at start
    const [{ parseDocument }, { analyzeCascade }] = await Promise.all([import('../../parse/index.js'), import('../../compare/index.js')]);
    const texts = await Promise.all(files.map((file) => readCliDocument(file, opts)));
    const docs = files.map((file, i) => parseDocument(texts[i]!, { name: file }));
    preloadSegmenterFor(docs);
    const options: AnalyzeOptions = {};
    if (opts.referenceShare !== undefined) options.referenceShare = opts.referenceShare;
    if (opts.tolerance !== undefined) options.tolerance = opts.tolerance;
    if (opts.keepOrder === true) options.keepOrder = true;
    const report = analyzeCascade(docs, options);
    if (opts.strict && report.warnings.length > 0) {
      printWarnings(report.warnings, lang);
      failOnWarnings(report.warnings, lang);
    }
    // documents given the wrong way round were put in level order: say so on stderr
    printWarnings(report.warnings.filter((w) => w.code === 'level-order'), lang);
    const rendered = await renderReport(report, format, { lang });
    emit(rendered, opts.output);
  });
}

/**
 * A share: a fraction in (0, 1] (0.128) or a percentage written with % (12.8%). A bare number above 1
 * (12.8) is refused rather than read as 1280%.
 */
export function shareValue(flag: string): (value: string) => number {
  return (value) => {
    const text = value.trim();
    const percent = /[%％]$/.test(text);
    const n = Number(percent ? text.slice(0, -1).trim() : text);
    const share = percent ? n / 100 : n;
    if (text === '' || !Number.isFinite(n) || !(share > 0 && share <= 1)) {
      throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `${flag} expects a share between 0 and 1 (0.128) or a percentage (12.8%), got "${value}"`, {
        messageZh: `${flag} 需要 0 到 1 之间的份额（如 0.128）或百分数（如 12.8%），实际为“${value}”`,
      });
    }
    return share;
  };
}

function nonNegativeNumber(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
      throw new PolicyCascadeError(ERROR_CODES.USAGE, `${flag} expects a number ≥ 0, got "${value}"`, {
        messageZh: `${flag} 需要不小于 0 的数，实际为“${value}”`,
      });
    }
    return n;
  };
}

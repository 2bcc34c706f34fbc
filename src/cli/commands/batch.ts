import { Option, type Command } from 'commander';
import type { ProgressCounts } from '../../batch/index.js';
import { ERROR_CODES, PolicyCascadeError } from '../../errors.js';
import { cliLang } from '../strict.js';
import { stderrStream, stdoutStream } from '../streams.js';

interface BatchCommandOptions {
  out: string;
  workers?: string;
  format: string;
  force?: boolean;
  depth?: string;
  shard?: string;
  progress?: boolean;
  workerHeap?: string;
}

function positiveInt(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new PolicyCascadeError(ERROR_CODES.USAGE, `${name} must be an integer ≥ ${min}, got "${value}"`, {
      messageZh: `${name} 应为不小于 ${min} 的整数，实际为“${value}”`,
    });
  }
  return n;
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) {
    throw new PolicyCascadeError(ERROR_CODES.USAGE, `--shard takes i/n (e.g. 2/4), got "${value}"`, {
      messageZh: `--shard 的格式为 i/n（如 2/4），实际为“${value}”`,
    });
  }
  return { index: Number(m[1]), count: Number(m[2]) };
}

/**
 * `policy-cascade batch <manifest.json | directory> --out <dir>`: analyse many documents against their
 * parents across worker threads. One NDJSON line per document on stdout; progress on stderr. Exit 0 when
 * every document succeeded or was skipped, 1 when some failed (their lines say why).
 */
export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('analyse many documents against their parents (manifest or directory), across worker threads')
    .argument('<input>', 'a manifest.json ({documents:[{file, parent?, id?}]}) or a directory of <parent>--<child>.txt files')
    .requiredOption('--out <dir>', 'directory for the reports (<id>.<format>); existing reports are skipped')
    .addOption(new Option('--format <format>', 'report format').choices(['json', 'md', 'csv', 'html', 'xlsx']).default('json'))
    .option('--workers <n>', 'worker threads (default: the number of cores; 0 = in the main thread)')
    .option('--force', 'redo documents whose report already exists')
    .option('--depth <n>', 'analyse at most this many levels above each document (default: the whole chain)')
    .option('--shard <i/n>', 'run only shard i of n (split a big manifest across machines)')
    .option('--worker-heap <mb>', 'heap limit of each worker thread in MB (default 160; raise it for very large documents)')
    .option('--no-progress', 'no progress output on stderr')
    .action(async (input: string, opts: BatchCommandOptions, self: Command) => {
      // the batch stage is loaded by the command that runs it, not at start
      const { planBatch, runBatch, createProgress } = await import('../../batch/index.js');
      const plan = planBatch(input, {
        maxDepth: positiveInt(opts.depth, '--depth', 1),
        shard: parseShard(opts.shard),
      });
      const counts: ProgressCounts = { ok: 0, failed: 0, skipped: 0 };
      const progress = opts.progress === false ? undefined : createProgress(stderrStream(), plan.jobs.length, counts, cliLang(self));
      for await (const result of runBatch({
        plan,
        out: opts.out,
        format: opts.format,
        lang: cliLang(self),
        workers: positiveInt(opts.workers, '--workers', 0),
        force: opts.force === true,
        workerHeapMb: positiveInt(opts.workerHeap, '--worker-heap', 32),
      })) {
        counts[result.status]++;
        stdoutStream().write(JSON.stringify(result) + '\n');
        progress?.update(result);
      }
      progress?.finish();
      if (counts.failed > 0) process.exitCode = 1;
    });
}

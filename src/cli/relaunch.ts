import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { BATCH_NODE_FLAGS, defaultBatchWorkers } from '../batch/defaults.js';

/**
 * The node flags this CLI call should run with: BATCH_NODE_FLAGS for a `batch` call that runs a worker on
 * every core. Read from the raw arguments before the CLI program is built, so the process that only waits
 * for the relaunched one does no work of its own; an invalid --workers value is left to the CLI to report.
 */
export function nodeFlagsFor(argv: readonly string[]): readonly string[] {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) i += argv[i] === '--lang' ? 2 : 1;
  if (argv[i] !== 'batch') return [];
  const at = argv.indexOf('--workers');
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--workers='))?.slice('--workers='.length);
  const workers = raw === undefined ? defaultBatchWorkers() : Number(raw);
  return Number.isInteger(workers) && workers >= availableParallelism() ? BATCH_NODE_FLAGS : [];
}

/**
 * Run this same CLI call again in a child node process started with `flags`, unless it already runs with
 * them. Resolves to the child's exit code, or undefined when no relaunch is needed (the caller goes on).
 * Output streams are shared, so progress still sees the terminal; Ctrl-C reaches both processes and the
 * parent waits for the child. POLICY_CASCADE_NO_RELAUNCH=1 turns this off.
 */
export function relaunchWithNodeFlags(flags: readonly string[]): Promise<number> | undefined {
  const missing = flags.filter((f) => !process.execArgv.includes(f));
  if (missing.length === 0 || process.env.POLICY_CASCADE_NO_RELAUNCH) return undefined;
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, POLICY_CASCADE_NO_RELAUNCH: '1' };
    // node 20 parses its whole root certificate store at start when this is set (≈40 ms, nodejs/node#40524);
    // the CLI opens no TLS connection
    delete env.NODE_EXTRA_CA_CERTS;
    const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', () => resolve(70));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 70));
    });
  });
}

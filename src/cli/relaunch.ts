import { spawn } from 'node:child_process';

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
    const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, POLICY_CASCADE_NO_RELAUNCH: '1' },
    });
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

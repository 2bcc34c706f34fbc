import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment for a test's Chromium: its home, configuration and cache in a temporary folder, so that the
 * test suite writes nothing under the user's home (Chromium keeps crash-report settings and dconf files there).
 */
export function chromiumEnv(): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'pc-chromium-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') };
}

/** Launch options for Debian's Chromium in tests: the environment above, and no background connections. */
export function chromiumLaunchOptions(executablePath: string): { executablePath: string; env: Record<string, string>; args: string[] } {
  return {
    executablePath,
    env: chromiumEnv(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}

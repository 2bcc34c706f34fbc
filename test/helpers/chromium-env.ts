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

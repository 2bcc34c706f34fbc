import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/**
 * The bundled data/ folder (five documents of one province → city → county programme and their
 * manifest.json): beside dist/ in an installed package, or at the repository root.
 */
export function bundledDataDir(): string {
  for (const rel of ['../data', '../../data', '../../../data']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'manifest.json'))) return dir;
  }
  throw new PolicyCascadeError(ERROR_CODES.FILE_NOT_FOUND, 'bundled data/ folder not found next to the installed package', {
    messageZh: '找不到随包附带的 data/ 目录',
  });
}

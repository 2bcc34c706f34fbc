import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/**
 * Write a whole file or nothing: the content goes to a temporary file beside the target, which is
 * renamed over it only once fully written. A failed run therefore never leaves a half-written report.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw new PolicyCascadeError(ERROR_CODES.WRITE_FAILED, `cannot write ${path}: ${(e as Error).message}`, {
      file: path,
      messageZh: `无法写入 ${path}：${(e as Error).message}`,
      cause: e,
    });
  }
}

/** Remove a temporary file if it exists; a failure to clean up must not hide the original error. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing to remove (e.g. the parent is not a directory)
  }
}

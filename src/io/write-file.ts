import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/**
 * Write a whole file or nothing: the content goes to a temporary file beside the target, which is
 * renamed over it only once fully written. A failed run therefore never leaves a half-written report.
 * The folder must exist: a mistyped `-o /nonexistent-dir/out.md` is refused, not silently created (and
 * Node's recursive mkdir never returns on some paths, e.g. under /proc).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  if (!isDirectory(dir)) {
    throw new PolicyCascadeError(ERROR_CODES.WRITE_FAILED, `cannot write ${path}: the folder ${dir} does not exist`, {
      file: path,
      messageZh: `无法写入 ${path}：目录 ${dir} 不存在`,
    });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Create one folder asked for by name (e.g. `demo --out-dir`): its parent must exist. Not recursive, so a
 * mistyped path fails at once with `write-failed` instead of creating a tree (or spinning, under /proc).
 */
export function makeFolder(path: string): void {
  if (isDirectory(path)) return;
  try {
    mkdirSync(path);
  } catch (e) {
    throw new PolicyCascadeError(ERROR_CODES.WRITE_FAILED, `cannot create the folder ${path}: ${(e as Error).message}`, {
      file: path,
      messageZh: `无法创建目录 ${path}：${(e as Error).message}`,
      cause: e,
    });
  }
}

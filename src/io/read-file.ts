import { readFileSync, statSync } from 'node:fs';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/** Read a file's bytes, turning file-system failures into PolicyCascadeError. */
export function readInputFile(path: string): Uint8Array {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new PolicyCascadeError(ERROR_CODES.FILE_NOT_FOUND, `file not found: ${path}`, {
      file: path,
      messageZh: `找不到文件：${path}`,
    });
  }
  if (!isFile) {
    throw new PolicyCascadeError(ERROR_CODES.FILE_UNREADABLE, `not a regular file: ${path}`, {
      file: path,
      messageZh: `不是普通文件：${path}`,
    });
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PolicyCascadeError(ERROR_CODES.FILE_UNREADABLE, `cannot read ${path}: ${(e as Error).message}`, {
      file: path,
      messageZh: `无法读取 ${path}`,
      cause: e,
    });
  }
}

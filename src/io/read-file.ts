import { readFileSync, statSync } from 'node:fs';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { decodeInput, type DecodeOptions } from './decode.js';
import { checkInputSize, resolveMaxBytes } from './limits.js';

export interface ReadFileOptions {
  /** Refuse files larger than this many bytes, checked on the file size before reading. Default 20 MB. */
  maxBytes?: number;
}

/** Read a file's bytes, turning file-system failures into PolicyCascadeError. */
export function readInputFile(path: string, options: ReadFileOptions = {}): Uint8Array {
  const maxBytes = resolveMaxBytes(options.maxBytes);
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw unreadable(path, e);
    throw new PolicyCascadeError(ERROR_CODES.FILE_NOT_FOUND, `file not found: ${path}`, {
      file: path,
      messageZh: `找不到文件：${path}`,
    });
  }
  if (stat.isDirectory()) {
    throw new PolicyCascadeError(ERROR_CODES.FILE_UNREADABLE, `${path} is a directory, not a file`, {
      file: path,
      messageZh: `${path} 是目录而不是文件`,
    });
  }
  // Regular files are checked before reading; FIFOs and devices (/dev/stdin) have no size to check here.
  if (stat.isFile()) checkInputSize(stat.size, maxBytes, path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  checkInputSize(bytes.length, maxBytes, path);
  return bytes;
}

/** Read and decode a document file in one step (see decodeInput for encodings and errors). */
export function readDocumentText(path: string, options: Omit<DecodeOptions, 'name'> = {}): string {
  return decodeInput(readInputFile(path, { maxBytes: options.maxBytes }), { ...options, name: path });
}

function unreadable(path: string, e: unknown): PolicyCascadeError {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new PolicyCascadeError(ERROR_CODES.FILE_UNREADABLE, `cannot read ${path} (${reason})`, {
    file: path,
    messageZh: `无法读取 ${path}（${reason}）`,
    cause: e,
  });
}

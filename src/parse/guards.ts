import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { decodeInput } from '../io/index.js';

function label(name: string | undefined): string {
  return name ?? 'input';
}

function emptyError(name: string | undefined): PolicyCascadeError {
  return new PolicyCascadeError(ERROR_CODES.EMPTY_INPUT, `${label(name)} is empty`, {
    file: name,
    messageZh: `${name ?? '输入'}为空`,
  });
}

function binaryError(name: string | undefined): PolicyCascadeError {
  return new PolicyCascadeError(ERROR_CODES.BINARY_INPUT, `${label(name)} looks like binary data, not text`, {
    file: name,
    messageZh: `${name ?? '输入'}是二进制数据，不是文本`,
  });
}

/** Share of control characters (other than tab, line breaks, form feed, escape) in a sample. */
function controlShare(codes: ArrayLike<number>, limit: number): { share: number; hasNul: boolean } {
  const n = Math.min(codes.length, limit);
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c === 0) hasNul = true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return { share: n === 0 ? 0 : control / n, hasNul };
}

// the characters controlShare counts (NUL included)
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

function looksBinaryText(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // a text without any control character, nearly every document, is settled by one native search
  if (!CONTROL.test(sample)) return false;
  const codes = new Array<number>(sample.length);
  for (let i = 0; i < sample.length; i++) codes[i] = sample.charCodeAt(i);
  const { share, hasNul } = controlShare(codes, codes.length);
  return hasNul || share > 0.05;
}

/**
 * Decode the input and reject what is no text at all: empty or whitespace only (EMPTY_INPUT), NUL bytes or
 * mostly control characters (BINARY_INPUT).
 */
export function decodeChecked(
  input: string | Uint8Array,
  name: string | undefined,
  decodeOptions: { encoding?: string; maxBytes?: number } = {},
): string {
  // (anything but a string or bytes is refused by decodeInput with INVALID_OPTIONS)
  if ((typeof input === 'string' || input instanceof Uint8Array) && input.length === 0) throw emptyError(name);
  let text: string;
  try {
    text = decodeInput(input, { ...decodeOptions, name });
  } catch (e) {
    // only an unrecognised encoding may really be binary; a size limit or a bad option keeps its own code
    if (input instanceof Uint8Array && e instanceof PolicyCascadeError && e.code === ERROR_CODES.UNKNOWN_ENCODING) {
      const { share, hasNul } = controlShare(input, 65536);
      if (hasNul || share > 0.05) throw binaryError(name);
    }
    throw e;
  }
  if (looksBinaryText(text)) throw binaryError(name);
  if (text.trim().length === 0 || !/[^\s\u3000\ufeff\u200b]/.test(text)) throw emptyError(name);
  return text;
}

export function notATaskDocument(name: string | undefined): PolicyCascadeError {
  return new PolicyCascadeError(
    ERROR_CODES.NOT_A_TASK_DOCUMENT,
    `${label(name)} is not a task document: no numbered tasks or parts found`,
    { file: name, messageZh: `${name ?? '输入'}不是任务类文件：没有找到编号的任务或部分` },
  );
}

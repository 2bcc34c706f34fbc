import type Iconv from 'iconv-lite';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { byteControlStats, looksBinary, sniffBinaryFormat, sniffContainer, textControlStats } from './binary.js';
import {
  GB18030_MIN_SCORE,
  detectBom,
  detectBomlessUtf16,
  profileGb18030,
  scoreGb18030,
  utf8Damage,
} from './detect.js';
import { checkInputSize, resolveMaxBytes } from './limits.js';
import { nodeRequire } from '../node-require.js';

// Loaded on first use: UTF-8 input, the common case, never needs it (saves its load on every CLI call).
let iconvModule: typeof Iconv | undefined;
function iconv(): typeof Iconv {
  return (iconvModule ??= nodeRequire()('iconv-lite') as typeof Iconv);
}

export interface DecodeOptions {
  /** A name for the input (file path) used in error messages. */
  name?: string;
  /** Force an encoding (any name iconv-lite knows: utf-8, gbk, gb18030, utf-16le, big5 …); `auto` or absent = detect. */
  encoding?: string;
  /** Refuse input larger than this many bytes (UTF-8 bytes for a string). Default DEFAULT_MAX_BYTES (20 MB). */
  maxBytes?: number;
}

export interface DecodedInput {
  text: string;
  /** The encoding used (lower case): utf-8, utf-16le, gb18030, or the forced one. */
  encoding: string;
  /** A byte-order mark was present (and removed). */
  bom: boolean;
  /** How the encoding was chosen. */
  via: 'string' | 'option' | 'bom' | 'detected';
  /** Invalid byte sequences replaced by U+FFFD (damaged UTF-8 read leniently). */
  replaced: number;
}

/** UTF-8 input with at most this share of invalid sequences (per non-ASCII character) is read leniently as damaged UTF-8. */
const MAX_UTF8_DAMAGE = 0.01;

/**
 * Decode input to a string: a string passes through (BOM removed); bytes are read as UTF-8 (with or
 * without BOM), UTF-16/32 with BOM, or GB18030/GBK, detected unless `encoding` says. Throws
 * PolicyCascadeError: INPUT_TOO_LARGE, EMPTY_INPUT, BINARY_INPUT, UNKNOWN_ENCODING, INVALID_OPTIONS.
 */
export function decodeInput(input: string | Uint8Array, options: DecodeOptions = {}): string {
  return decodeInputWithInfo(input, options).text;
}

/** decodeInput, also telling which encoding was used and how it was chosen. */
export function decodeInputWithInfo(input: string | Uint8Array, options: DecodeOptions = {}): DecodedInput {
  const maxBytes = resolveMaxBytes(options.maxBytes);
  const name = options.name;
  let decoded: DecodedInput;
  if (typeof input === 'string') {
    // A string of n UTF-16 units is at most 3n UTF-8 bytes: only count when it could exceed the limit.
    if (input.length * 3 > maxBytes) checkInputSize(Buffer.byteLength(input, 'utf8'), maxBytes, name);
    const bom = input.charCodeAt(0) === 0xfeff;
    decoded = { text: bom ? input.slice(1) : input, encoding: 'utf-16', bom, via: 'string', replaced: 0 };
  } else if (input instanceof Uint8Array) {
    checkInputSize(input.length, maxBytes, name);
    if (input.length === 0) throw emptyError(name);
    decoded = decodeBytes(input, options);
  } else {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `input must be a string or a Uint8Array, got ${typeof input}`, {
      messageZh: `输入必须是字符串或 Uint8Array，实际为 ${typeof input}`,
    });
  }
  if (looksBinary(textControlStats(decoded.text))) throw binaryError(name);
  if (isBlank(decoded.text)) throw emptyError(name);
  return decoded;
}

function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodedInput {
  const name = options.name;
  const forced = options.encoding?.trim().toLowerCase();
  if (forced && forced !== 'auto') return decodeForced(bytes, forced, name);

  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') {
      const { text, replaced, nonAscii } = utf8Damage(body);
      if (replaced > 0 && replaced > nonAscii * MAX_UTF8_DAMAGE) throw unknownEncodingError(name, 'it starts with a UTF-8 byte-order mark but is not UTF-8');
      return { text, encoding: 'utf-8', bom: true, via: 'bom', replaced };
    }
    return { text: iconv().decode(Buffer.from(body), bom.encoding, { stripBOM: false }), encoding: bom.encoding, bom: true, via: 'bom', replaced: 0 };
  }

  const format = sniffBinaryFormat(bytes);
  if (format) throw binaryError(name, format, sniffContainer(bytes) !== undefined);

  const stats = byteControlStats(bytes);
  if (stats.nul > 0) {
    const utf16 = detectBomlessUtf16(bytes);
    if (!utf16) throw binaryError(name);
    return { text: iconv().decode(Buffer.from(bytes), utf16, { stripBOM: false }), encoding: utf16, bom: false, via: 'detected', replaced: 0 };
  }
  if (looksBinary(stats)) throw binaryError(name);

  const utf8 = utf8Damage(bytes);
  if (utf8.replaced === 0) return { text: utf8.text, encoding: 'utf-8', bom: false, via: 'detected', replaced: 0 };
  // A few bad sequences in otherwise good UTF-8 (a truncated download, one damaged byte) is damaged UTF-8,
  // not another encoding: GBK text fails UTF-8 at nearly every non-ASCII character.
  if (utf8.replaced <= utf8.nonAscii * MAX_UTF8_DAMAGE || (utf8.replaced === 1 && endsWithCutUtf8(bytes))) {
    return { text: utf8.text, encoding: 'utf-8', bom: false, via: 'detected', replaced: utf8.replaced };
  }
  if (scoreGb18030(profileGb18030(bytes)) >= GB18030_MIN_SCORE) {
    return { text: iconv().decode(Buffer.from(bytes), 'gb18030', { stripBOM: false }), encoding: 'gb18030', bom: false, via: 'detected', replaced: 0 };
  }
  throw unknownEncodingError(name, 'it is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030/GBK');
}

/** The bytes are valid UTF-8 except for an incomplete multi-byte character at the very end (a cut-off file). */
function endsWithCutUtf8(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const b = bytes[bytes.length - cut]!;
    if (b >= 0xc0) return utf8Damage(bytes.subarray(0, bytes.length - cut)).replaced === 0;
    if (b < 0x80) return false;
  }
  return false;
}

function decodeForced(bytes: Uint8Array, encoding: string, name: string | undefined): DecodedInput {
  if (!iconv().encodingExists(encoding)) {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `unknown encoding "${encoding}" (try utf-8, gb18030, gbk, utf-16le, utf-16be, big5)`, {
      file: name,
      messageZh: `不支持的编码“${encoding}”（可用 utf-8、gb18030、gbk、utf-16le、utf-16be、big5 等）`,
    });
  }
  const bom = detectBom(bytes);
  const text = iconv().decode(Buffer.from(bytes), encoding, { stripBOM: true });
  return { text, encoding, bom: bom !== undefined, via: 'option', replaced: 0 };
}

/** Blank: nothing but white space (ASCII, ideographic, no-break), zero-width characters and BOMs. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c <= 0x20 || c === 0x7f || (c >= 0x80 && c <= 0xa0) || c === 0x3000 || c === 0xfeff || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029;
    if (!space) return false;
  }
  return true;
}

function label(name: string | undefined): string {
  return name ?? 'input';
}

function emptyError(name: string | undefined): PolicyCascadeError {
  return new PolicyCascadeError(ERROR_CODES.EMPTY_INPUT, `${label(name)} is empty (no text to read)`, {
    file: name,
    messageZh: `${name ?? '输入'} 为空（没有可读的文字）`,
  });
}

function binaryError(name: string | undefined, format?: string, document = false): PolicyCascadeError {
  const what = format ? `a ${format} file` : 'binary data';
  const whatZh = format ? `${format} 文件` : '二进制数据';
  // PDF and Word files are read by readDocument (and the CLI); this path takes text only
  const hint = document ? 'read it with readDocument(), which takes PDF and Word files' : 'save the document as plain text first';
  const hintZh = document ? '请用 readDocument() 读取，它能读 PDF 和 Word 文件' : '请先另存为纯文本';
  return new PolicyCascadeError(ERROR_CODES.BINARY_INPUT, `${label(name)} is ${what}, not text (${hint})`, {
    file: name,
    messageZh: `${name ?? '输入'} 是${whatZh}而不是文本（${hintZh}）`,
  });
}

function unknownEncodingError(name: string | undefined, why: string): PolicyCascadeError {
  return new PolicyCascadeError(ERROR_CODES.UNKNOWN_ENCODING, `cannot tell the text encoding of ${label(name)}: ${why} (name it with --encoding)`, {
    file: name,
    messageZh: `无法识别 ${name ?? '输入'} 的文字编码：既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK（请用 --encoding 指定）`,
  });
}

/**
 * Binary sniffing. Works on raw bytes in an ASCII-compatible encoding (UTF-8, GB18030): in those, every
 * byte below 0x80 is the ASCII character itself, so control bytes there are real control characters.
 */

/** Known binary formats people mistake for text, by their leading magic bytes. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[]; container?: ContainerKind }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], container: 'pdf' }, // %PDF-
  { name: 'ZIP/Office (docx, xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04], container: 'zip' },
  { name: 'legacy Office (doc, xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], container: 'ole2' },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
];

/** Binary containers the document readers open: PDF, ZIP (docx) and OLE2 (doc). */
export type ContainerKind = 'pdf' | 'zip' | 'ole2';

/** The container the bytes are, by magic bytes (a PDF header may follow up to 1 KB of junk). */
export function sniffContainer(bytes: Uint8Array): ContainerKind | undefined {
  for (const { bytes: magic, container } of MAGIC) {
    if (container && bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return container;
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-') ? 'pdf' : undefined;
}

/** The name of a known binary format the bytes start with, or undefined. */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const { name, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

/** Share of control characters above which input counts as binary (text has tabs, newlines, form feeds only). */
export const MAX_CONTROL_SHARE = 0.02;

/** Control byte that text does not contain: C0 controls except \t \n \v \f \r, ESC (ANSI colour) allowed, and DEL. */
function isStrayControlCode(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

export interface ControlStats {
  nul: number;
  control: number;
  total: number;
}

// The same sets as regular expressions (plus C1 controls for decoded text): nearly every input holds none,
// and one native scan settles that faster than a loop that has not been optimised yet (a one-shot call).
const STRAY_BYTE = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/;
const STRAY_CHAR = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f-\u009f]/;

/** Count NUL and stray control bytes in ASCII-compatible raw bytes. */
export function byteControlStats(bytes: Uint8Array): ControlStats {
  if (!STRAY_BYTE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) {
    return { nul: 0, control: 0, total: bytes.length };
  }
  let nul = 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (isStrayControlCode(b)) control++;
  }
  return { nul, control, total: bytes.length };
}

/** Count NUL and stray control characters (C0 and C1) in decoded text. */
export function textControlStats(text: string): ControlStats {
  if (!STRAY_CHAR.test(text)) return { nul: 0, control: 0, total: text.length };
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (isStrayControlCode(c) || (c >= 0x80 && c <= 0x9f)) control++;
  }
  return { nul, control, total: text.length };
}

export function looksBinary(stats: ControlStats): boolean {
  return stats.nul > 0 || (stats.total > 0 && stats.control / stats.total > MAX_CONTROL_SHARE);
}

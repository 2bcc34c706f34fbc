import { ERROR_CODES, PolicyCascadeError, type ErrorCode } from '../errors.js';
import { sniffContainer } from './binary.js';
import { decodeInputWithInfo, type DecodeOptions } from './decode.js';
import { utf8Damage } from './detect.js';
import { docToText } from './doc.js';
import { DocxFormatError, docxToText } from './docx.js';
import { htmlToText } from './html.js';
import { checkInputSize, resolveMaxBytes } from './limits.js';
import { PdfTextError, pdfToText } from './pdf.js';

/** The formats the readers take, told apart by content (magic bytes, markup), not by the file name. */
export type DocumentFormat = 'text' | 'html' | 'docx' | 'pdf' | 'doc';

export interface ExtractedText {
  /** The plain text the parser reads; the spans of a parsed document are offsets into it. */
  text: string;
  format: DocumentFormat;
}

/**
 * Any supported document (plain text, HTML, DOCX, PDF with a text layer, DOC) → plain text in one layout
 * (see layout.ts). Throws PolicyCascadeError with a stable code: EMPTY_INPUT, BINARY_INPUT, UNKNOWN_ENCODING,
 * INPUT_TOO_LARGE, UNREADABLE_DOCUMENT, ENCRYPTED_DOCUMENT, NO_TEXT_LAYER, UNSUPPORTED_FORMAT.
 */
export async function extractText(input: string | Uint8Array, options: DecodeOptions = {}): Promise<ExtractedText> {
  const name = options.name;
  if (input instanceof Uint8Array) {
    checkInputSize(input.length, resolveMaxBytes(options.maxBytes), name);
    const container = input.length > 0 ? sniffContainer(input) : undefined;
    if (container === 'pdf') return checked({ text: await readPdf(input, name), format: 'pdf' }, name);
    if (container === 'zip') return checked({ text: await readDocx(input, name), format: 'docx' }, name);
    if (container === 'ole2') return checked({ text: await readDoc(input, name), format: 'doc' }, name);
    const head = asciiHead(input);
    if (looksLikeHtml(head, name)) {
      const { text } = decodeInputWithInfo(input, { ...options, encoding: htmlEncoding(input, head, options.encoding) });
      return checked({ text: htmlToText(text), format: 'html' }, name);
    }
  }
  const { text } = decodeInputWithInfo(input, options);
  return looksLikeHtml(text, name) ? checked({ text: htmlToText(text), format: 'html' }, name) : { text, format: 'text' };
}

const HTML_START = /^(?:\ufeff|\s)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body|meta|title|!--|div|p|table|section|article)[\s>/]/i;
const HTML_TAG = /<(?:html|body|p|div|br|table|span)[\s>/]/i;

/** Markup: a document starting with an HTML tag, or a file named .htm(l) holding tags. */
function looksLikeHtml(head: string, name: string | undefined): boolean {
  return HTML_START.test(head) || (/\.(?:s?html?|xhtml)$/i.test(name ?? '') && HTML_TAG.test(head.slice(0, 65536)));
}

/** The first 4 KB as Latin-1: enough to see the markup and the charset declaration. */
function asciiHead(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
}

const GB_CHARSETS = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|csgb2312|euc-cn|hz-gb-2312)$/i;

/**
 * The encoding to decode an HTML page with: the caller's, else the declared charset (meta tag) unless it is
 * UTF-8 or a GB charset, where the bytes decide (pages are re-saved as UTF-8 with the old declaration left
 * in place): valid UTF-8 stays UTF-8, the rest of the GB family reads as GB18030, its superset.
 */
function htmlEncoding(bytes: Uint8Array, head: string, forced: string | undefined): string | undefined {
  if (forced && forced.toLowerCase() !== 'auto') return forced;
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return undefined;
  if (GB_CHARSETS.test(declared)) return utf8Damage(bytes).replaced === 0 ? undefined : 'gb18030';
  return declared === 'iso-8859-1' || declared === 'us-ascii' || declared === 'windows-1252' ? undefined : declared;
}

function checked(extracted: ExtractedText, name: string | undefined): ExtractedText {
  if (extracted.text.replace(/[\s\u3000\ufeff\u200b]+/g, '') === '') {
    throw new PolicyCascadeError(ERROR_CODES.EMPTY_INPUT, `${name ?? 'input'} holds no text (a ${extracted.format.toUpperCase()} document without readable text)`, {
      file: name,
      messageZh: `${name ?? '输入'}中没有可读的文字（${extracted.format.toUpperCase()} 文件）`,
    });
  }
  return extracted;
}

function fail(code: ErrorCode, name: string | undefined, message: string, messageZh: string, cause?: unknown): PolicyCascadeError {
  const label = name ?? 'input';
  return new PolicyCascadeError(code, `${label}: ${message}`, { file: name, messageZh: `${name ?? '输入'}：${messageZh}`, cause });
}

async function readPdf(bytes: Uint8Array, name: string | undefined): Promise<string> {
  try {
    return await pdfToText(bytes);
  } catch (e) {
    if (!(e instanceof PdfTextError)) throw fail(ERROR_CODES.UNREADABLE_DOCUMENT, name, `cannot read the PDF (${oneLine(e)})`, 'PDF 文件无法读取', e);
    if (e.kind === 'encrypted') throw fail(ERROR_CODES.ENCRYPTED_DOCUMENT, name, 'the PDF is password protected: save an unprotected copy first', 'PDF 文件有密码保护，请先另存为无密码的副本', e);
    if (e.kind === 'no-text') throw fail(ERROR_CODES.NO_TEXT_LAYER, name, e.message, 'PDF 没有可读的文字层（可能是扫描件），请先做文字识别（OCR）或改用 Word/网页版本', e);
    throw fail(ERROR_CODES.UNREADABLE_DOCUMENT, name, `${e.message}`, 'PDF 文件已损坏或不是有效的 PDF', e);
  }
}

async function readDocx(bytes: Uint8Array, name: string | undefined): Promise<string> {
  try {
    return await docxToText(bytes);
  } catch (e) {
    if (e instanceof DocxFormatError) {
      throw fail(ERROR_CODES.UNSUPPORTED_FORMAT, name, 'a ZIP archive that is not a Word document (.docx); spreadsheets and presentations are not read', '是 ZIP 压缩包而不是 Word 文档（.docx），不读取表格和演示文稿', e);
    }
    if (/encrypt/i.test(oneLine(e))) throw fail(ERROR_CODES.ENCRYPTED_DOCUMENT, name, 'the Word document is encrypted', 'Word 文档已加密', e);
    throw fail(ERROR_CODES.UNREADABLE_DOCUMENT, name, `cannot read the Word document (${oneLine(e)})`, 'Word 文档已损坏，无法读取', e);
  }
}

/** An encrypted Office file is an OLE2 container holding a stream of this name (UTF-16LE in the directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

async function readDoc(bytes: Uint8Array, name: string | undefined): Promise<string> {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
    throw fail(ERROR_CODES.ENCRYPTED_DOCUMENT, name, 'the Office document is password protected: save an unprotected copy first', 'Office 文档有密码保护，请先另存为无密码的副本');
  }
  try {
    return await docToText(bytes);
  } catch (e) {
    throw fail(
      ERROR_CODES.UNREADABLE_DOCUMENT,
      name,
      `cannot read this legacy Office file (${oneLine(e)}): save it as .docx and try again`,
      '无法读取该旧版 Office 文件，请另存为 .docx 后重试',
      e,
    );
  }
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n', 1)[0]!.slice(0, 200);
}

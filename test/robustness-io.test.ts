import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PolicyCascadeError } from '../src/errors.js';
import { decodeInput, decodeInputWithInfo, readDocumentText, readInputFile, parseByteSize, DEFAULT_MAX_BYTES } from '../src/io/index.js';
import { readData } from './helpers/data.js';

const county = readData('county');

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyCascadeError);
    const err = e as PolicyCascadeError;
    // one line, both languages
    expect(err.message).not.toMatch(/\n/);
    expect(err.messageZh ?? '').not.toMatch(/\n/);
    return err.code;
  }
  return undefined;
}

describe('decodeInput: encodings', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeInput(Buffer.from(county, 'utf8'))).toBe(county);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(county, 'utf8')]);
    const info = decodeInputWithInfo(withBom);
    expect(info.text).toBe(county);
    expect(info).toMatchObject({ encoding: 'utf-8', bom: true, via: 'bom' });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one when ASCII shows the byte order', () => {
    expect(decodeInput(iconv.encode(county, 'utf-16le', { addBOM: true }))).toBe(county);
    expect(decodeInput(iconv.encode(county, 'utf-16be', { addBOM: true }))).toBe(county);
    const ascii = 'Task list\n1. Build 100 schools.\n2. Plant 3000 trees.\n';
    expect(decodeInputWithInfo(iconv.encode(ascii, 'utf-16le')).encoding).toBe('utf-16le');
  });

  it('detects GB18030 and GBK without being told', () => {
    const gb = decodeInputWithInfo(iconv.encode(county, 'gb18030'), { name: 'county.txt' });
    expect(gb.text).toBe(county);
    expect(gb).toMatchObject({ encoding: 'gb18030', via: 'detected' });
    expect(decodeInput(iconv.encode(county, 'gbk'))).toBe(county);
  });

  it('reads a traditional-character copy saved as GBK', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(county);
    expect(decodeInput(iconv.encode(tw, 'gbk'))).toBe(tw);
  });

  it('honours an explicit encoding, and rejects an unknown one as a usage error', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(county);
    const big5 = iconv.encode(tw, 'big5');
    expect(codeOf(() => decodeInput(big5, { name: 'tw.txt' }))).toBe(ERROR_CODES.UNKNOWN_ENCODING);
    expect(decodeInput(big5, { encoding: 'big5' })).toBe(tw);
    expect(decodeInput(iconv.encode(county, 'gbk'), { encoding: 'GBK' })).toBe(county);
    expect(codeOf(() => decodeInput(big5, { encoding: 'klingon-8' }))).toBe(ERROR_CODES.INVALID_OPTIONS);
  });

  it('names the file when the encoding is unknown (Latin-1, Shift-JIS)', () => {
    const latin1 = iconv.encode('Café déjà vu, naïve résumé, Straße über Öl. '.repeat(5), 'latin1');
    try {
      decodeInput(latin1, { name: 'notes.txt' });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe(ERROR_CODES.UNKNOWN_ENCODING);
      expect((e as PolicyCascadeError).message).toContain('notes.txt');
      expect((e as PolicyCascadeError).file).toBe('notes.txt');
    }
    const sjis = iconv.encode('これは日本語のテキストです。東京都は日本の首都です。'.repeat(10), 'shift_jis');
    expect(codeOf(() => decodeInput(sjis))).toBe(ERROR_CODES.UNKNOWN_ENCODING);
  });

  it('reads damaged UTF-8 (a truncated last character) leniently and counts the damage', () => {
    const bytes = Buffer.from(county, 'utf8');
    const truncated = bytes.subarray(0, bytes.length - 1 - (bytes.length % 7)); // cut somewhere, maybe mid-character
    const cut = Buffer.concat([Buffer.from(county.slice(0, 100), 'utf8'), Buffer.from([0xe4, 0xb8])]);
    const info = decodeInputWithInfo(cut);
    expect(info.encoding).toBe('utf-8');
    expect(info.replaced).toBe(1);
    expect(info.text.startsWith(county.slice(0, 100))).toBe(true);
    expect(decodeInputWithInfo(truncated).encoding).toBe('utf-8');
  });
});

describe('decodeInput: refusals', () => {
  it('empty and blank input is EMPTY_INPUT', () => {
    expect(codeOf(() => decodeInput(new Uint8Array()))).toBe(ERROR_CODES.EMPTY_INPUT);
    expect(codeOf(() => decodeInput(''))).toBe(ERROR_CODES.EMPTY_INPUT);
    expect(codeOf(() => decodeInput(' \n\t\u3000\r\n\ufeff'))).toBe(ERROR_CODES.EMPTY_INPUT);
    expect(codeOf(() => decodeInput(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toBe(ERROR_CODES.EMPTY_INPUT);
  });

  it('binary data is BINARY_INPUT, naming known formats', () => {
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expect(codeOf(() => decodeInput(random))).toBe(ERROR_CODES.BINARY_INPUT);
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1');
    try {
      decodeInput(pdf, { name: 'x.pdf' });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe(ERROR_CODES.BINARY_INPUT);
      expect((e as PolicyCascadeError).message).toMatch(/PDF/);
    }
    expect(codeOf(() => decodeInput(Buffer.from('PK\u0003\u0004rest-of-zip', 'latin1')))).toBe(ERROR_CODES.BINARY_INPUT);
    expect(codeOf(() => decodeInput('一、任务\u0000\u0000\u0000'))).toBe(ERROR_CODES.BINARY_INPUT);
    expect(codeOf(() => decodeInput(Buffer.from('\u0001\u0002\u0003\u0004 text text', 'latin1')))).toBe(ERROR_CODES.BINARY_INPUT);
  });

  it('a few form feeds and tabs are still text', () => {
    const text = '一、总体要求\f\n1.\t加强组织领导。\n';
    expect(decodeInput(Buffer.from(text))).toBe(text);
  });

  it('input over maxBytes is INPUT_TOO_LARGE, checked on bytes and strings', () => {
    expect(codeOf(() => decodeInput(Buffer.from(county), { maxBytes: 1000 }))).toBe(ERROR_CODES.INPUT_TOO_LARGE);
    expect(codeOf(() => decodeInput(county, { maxBytes: 1000 }))).toBe(ERROR_CODES.INPUT_TOO_LARGE);
    expect(decodeInput(county, { maxBytes: 1_000_000 })).toBe(county);
    expect(codeOf(() => decodeInput(county, { maxBytes: -1 }))).toBe(ERROR_CODES.INVALID_OPTIONS);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('a value that is neither string nor bytes is INVALID_OPTIONS', () => {
    expect(codeOf(() => decodeInput(42 as unknown as string))).toBe(ERROR_CODES.INVALID_OPTIONS);
    expect(codeOf(() => decodeInput(null as unknown as string))).toBe(ERROR_CODES.INVALID_OPTIONS);
  });
});

describe('files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-io-'));

  it('missing file, directory, oversize file, empty file', () => {
    expect(codeOf(() => readInputFile(join(dir, 'nope.txt')))).toBe(ERROR_CODES.FILE_NOT_FOUND);
    expect(codeOf(() => readInputFile(dir))).toBe(ERROR_CODES.FILE_UNREADABLE);
    const big = join(dir, 'big.txt');
    writeFileSync(big, county);
    expect(codeOf(() => readInputFile(big, { maxBytes: 100 }))).toBe(ERROR_CODES.INPUT_TOO_LARGE);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(codeOf(() => readDocumentText(empty))).toBe(ERROR_CODES.EMPTY_INPUT);
  });

  it('readDocumentText decodes a GB18030 file and honours --encoding', () => {
    const gb = join(dir, 'gb.txt');
    writeFileSync(gb, iconv.encode(county, 'gb18030'));
    expect(readDocumentText(gb)).toBe(county);
    expect(readDocumentText(gb, { encoding: 'gb18030' })).toBe(county);
  });
});

describe('parseByteSize', () => {
  it('reads plain and suffixed sizes', () => {
    expect(parseByteSize('1000')).toBe(1000);
    expect(parseByteSize('500k')).toBe(500 * 1024);
    expect(parseByteSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseByteSize('1.5m')).toBe(Math.floor(1.5 * 1024 * 1024));
    expect(parseByteSize('lots')).toBeUndefined();
    expect(parseByteSize('0')).toBeUndefined();
  });
});

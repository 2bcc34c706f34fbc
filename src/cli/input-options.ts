import { Option, type Command } from 'commander';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../io/limits.js';
import { extractText } from '../io/extract.js';
import { readInputFile } from '../io/read-file.js';

/** The input options every command that reads documents accepts. */
export interface CliInputOptions {
  encoding?: string;
  maxBytes?: number;
}

/**
 * Add `--encoding <enc>` and `--max-bytes <size>` to a command that reads document files.
 * Usage in a command file: `addInputOptions(program.command('parse'))…action((file, opts) => readCliDocument(file, opts))`.
 */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--encoding <enc>', 'text encoding of the input files (default: detect UTF-8 / UTF-16 / GB18030)'))
    .addOption(
      new Option('--max-bytes <size>', `refuse input files larger than this (e.g. 500k, 50MB; default ${DEFAULT_MAX_BYTES / 1024 / 1024}MB)`).argParser(
        parseMaxBytesArg,
      ),
    );
}

function parseMaxBytesArg(value: string): number {
  const n = parseByteSize(value);
  if (n === undefined) {
    throw new PolicyCascadeError(ERROR_CODES.USAGE, `--max-bytes expects a size such as 500k or 50MB, got "${value}"`, {
      messageZh: `--max-bytes 需要大小，例如 500k 或 50MB，实际为“${value}”`,
    });
  }
  return n;
}

/** Pick the input options out of a command's parsed options. */
export function inputOptionsFrom(opts: Record<string, unknown>): CliInputOptions {
  const out: CliInputOptions = {};
  if (typeof opts.encoding === 'string') out.encoding = opts.encoding;
  if (typeof opts.maxBytes === 'number') out.maxBytes = opts.maxBytes;
  return out;
}

/**
 * Read a document file named on the command line — plain text, HTML, Word or PDF, told by content — and
 * return the text the parser reads, honouring --encoding and --max-bytes.
 */
export async function readCliDocument(path: string, opts: Record<string, unknown>): Promise<string> {
  const options = inputOptionsFrom(opts);
  return (await extractText(readInputFile(path, options), { ...options, name: path })).text;
}

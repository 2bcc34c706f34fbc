/**
 * Stable codes for hard failures. The CLI maps them to exit codes: usage errors exit 2, input errors
 * exit 3, anything else (INTERNAL) exits 70.
 */
export const ERROR_CODES = {
  USAGE: 'usage',
  INVALID_OPTIONS: 'invalid-options',
  UNKNOWN_FORMAT: 'unknown-format',
  FILE_NOT_FOUND: 'file-not-found',
  FILE_UNREADABLE: 'file-unreadable',
  EMPTY_INPUT: 'empty-input',
  BINARY_INPUT: 'binary-input',
  UNKNOWN_ENCODING: 'unknown-encoding',
  INPUT_TOO_LARGE: 'input-too-large',
  /** A PDF, Word or zip file that cannot be read (corrupt, truncated, not the format it claims). */
  UNREADABLE_DOCUMENT: 'unreadable-document',
  /** A password-protected PDF or Word file. */
  ENCRYPTED_DOCUMENT: 'encrypted-document',
  /** A PDF without a usable text layer (a scan). */
  NO_TEXT_LAYER: 'no-text-layer',
  /** A file of a kind the readers do not take (a spreadsheet, a presentation, another zip archive). */
  UNSUPPORTED_FORMAT: 'unsupported-format',
  NOT_A_TASK_DOCUMENT: 'not-a-task-document',
  INVALID_MANIFEST: 'invalid-manifest',
  STRICT_WARNINGS: 'strict-warnings',
  WRITE_FAILED: 'write-failed',
  INTERNAL: 'internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ERROR_CODES.USAGE,
  ERROR_CODES.INVALID_OPTIONS,
  ERROR_CODES.UNKNOWN_FORMAT,
]);

export interface PolicyCascadeErrorDetails {
  /** The file the problem concerns, when there is one. */
  file?: string;
  /** Chinese one-line message for the CLI's --lang zh. */
  messageZh?: string;
  cause?: unknown;
}

/** The one error type the library throws on purpose. `code` is stable across versions. */
export class PolicyCascadeError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly messageZh?: string;

  constructor(code: ErrorCode, message: string, details: PolicyCascadeErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'PolicyCascadeError';
    this.code = code;
    this.file = details.file;
    this.messageZh = details.messageZh;
  }

  /** Exit code for the CLI: 2 usage, 3 input, 70 internal. */
  get exitCode(): number {
    if (USAGE_CODES.has(this.code)) return 2;
    if (this.code === ERROR_CODES.INTERNAL) return 70;
    return 3;
  }
}

export function isPolicyCascadeError(e: unknown): e is PolicyCascadeError {
  return e instanceof PolicyCascadeError;
}

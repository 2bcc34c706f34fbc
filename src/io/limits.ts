import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/** Default ceiling on the size of one input: generous for task lists (the bundled ones are under 60 KB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Validate a maxBytes option: a positive integer, or undefined for the default. */
export function resolveMaxBytes(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0 || !Number.isInteger(maxBytes)) {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `maxBytes must be a positive integer, got ${String(maxBytes)}`, {
      messageZh: `maxBytes 必须是正整数，实际为 ${String(maxBytes)}`,
    });
  }
  return maxBytes;
}

/** Throw INPUT_TOO_LARGE when `size` bytes exceed the limit. Called before anything is decoded. */
export function checkInputSize(size: number, maxBytes: number, name: string | undefined): void {
  if (size <= maxBytes) return;
  const label = name ?? 'input';
  throw new PolicyCascadeError(
    ERROR_CODES.INPUT_TOO_LARGE,
    `${label} is too large: ${formatBytes(size)} exceeds the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes / maxBytes)`,
    {
      file: name,
      messageZh: `${label} 过大：${formatBytes(size)}，超过上限 ${formatBytes(maxBytes)}（可用 --max-bytes / maxBytes 调高）`,
    },
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Parse a human byte size as given on a command line: `20000000`, `500k`, `20MB`, `1.5m`, `1g`.
 * Units are binary (k = 1024). Returns undefined when the text is not a size.
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * factor);
  return n > 0 ? n : undefined;
}

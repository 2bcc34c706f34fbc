import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

/**
 * Decode input bytes to a string. Minimal version: UTF-8 with or without BOM.
 * (Encoding detection for UTF-16 and GB18030 lands with the robustness work.)
 */
export function decodeInput(input: string | Uint8Array, options: { name?: string } = {}): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch (e) {
    throw new PolicyCascadeError(ERROR_CODES.UNKNOWN_ENCODING, `${options.name ?? 'input'} is not valid UTF-8`, {
      file: options.name,
      cause: e,
    });
  }
}

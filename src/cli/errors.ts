import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

export type Lang = 'zh' | 'en';

/** Turn anything thrown into one line for the terminal and an exit code; never a stack trace. */
export function describeFailure(e: unknown, lang: Lang): { line: string; exitCode: number } {
  if (e instanceof PolicyCascadeError) {
    const msg = lang === 'zh' && e.messageZh ? e.messageZh : e.message;
    const prefix = lang === 'zh' ? '错误' : 'error';
    return { line: `${prefix} [${e.code}]: ${firstLine(msg)}`, exitCode: e.exitCode };
  }
  const msg = e instanceof Error ? e.message : String(e);
  const prefix = lang === 'zh' ? '内部错误' : 'internal error';
  const hint = process.env.POLICY_CASCADE_DEBUG ? '' : ' (set POLICY_CASCADE_DEBUG=1 for details)';
  return { line: `${prefix} [${ERROR_CODES.INTERNAL}]: ${firstLine(msg)}${hint}`, exitCode: 70 };
}

function firstLine(s: string): string {
  return s.split(/\r?\n/, 1)[0] ?? '';
}

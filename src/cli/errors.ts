import { ERROR_CODES, PolicyCascadeError } from '../errors.js';

export type Lang = 'zh' | 'en';

/**
 * Turn anything thrown into one line for the terminal and an exit code; never a stack trace.
 * Exit codes: 2 usage (bad arguments or options), 3 input (the documents cannot be read or fail --strict),
 * 70 internal (a bug: set POLICY_CASCADE_DEBUG=1 to see the stack).
 */
export function describeFailure(e: unknown, lang: Lang): { line: string; exitCode: number } {
  if (e instanceof PolicyCascadeError) {
    const msg = lang === 'zh' && e.messageZh ? e.messageZh : e.message;
    const prefix = lang === 'zh' ? '错误' : 'error';
    return { line: `${prefix} [${e.code}]: ${oneLine(msg)}`, exitCode: e.exitCode };
  }
  const prefix = lang === 'zh' ? '内部错误' : 'internal error';
  const hint = process.env.POLICY_CASCADE_DEBUG ? '' : lang === 'zh' ? '（设置 POLICY_CASCADE_DEBUG=1 查看详情）' : ' (set POLICY_CASCADE_DEBUG=1 for details)';
  return { line: `${prefix} [${ERROR_CODES.INTERNAL}]: ${oneLine(summarize(e))}${hint}`, exitCode: 70 };
}

/** A short description of a non-library error: its name and first message line; zod errors by their first issue. */
function summarize(e: unknown): string {
  if (e instanceof Error) {
    const issues = (e as { issues?: Array<{ path?: PropertyKey[]; message?: string }> }).issues;
    if (e.name === 'ZodError' && Array.isArray(issues) && issues[0]) {
      const path = (issues[0].path ?? []).map(String).join('.');
      return `invalid data${path ? ` at ${path}` : ''}: ${issues[0].message ?? ''}`;
    }
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    return `${name}${e.message}`;
  }
  return String(e);
}

/** The first non-empty line of a message, capped so one line stays one terminal line of reasonable length. */
export function oneLine(s: string): string {
  const line = s.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 500 ? line.slice(0, 497) + '...' : line;
}

import type { z } from 'zod';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import type { PolicyDocument } from './document.js';

/**
 * A cheap structural check of a document handed to the API (full schema validation would cost more than
 * the alignment itself): objects built by hand or read from foreign JSON fail here with a clear error
 * instead of a TypeError deep inside a stage.
 */
export function assertPolicyDocument(value: unknown, label = 'document'): asserts value is PolicyDocument {
  const doc = value as Partial<PolicyDocument> | null;
  const ok =
    typeof doc === 'object' &&
    doc !== null &&
    typeof doc.source === 'string' &&
    Array.isArray(doc.tasks) &&
    Array.isArray(doc.sections) &&
    doc.tasks.every((t) => typeof t === 'object' && t !== null && typeof t.id === 'string' && typeof t.text === 'string' && Array.isArray(t.targets));
  if (!ok) {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `${label} is not a PolicyDocument (use parseDocument to make one)`, {
      messageZh: `${label} 不是 PolicyDocument（请用 parseDocument 生成）`,
    });
  }
}

/** The same check for a chain of documents (highest level first). */
export function assertDocuments(value: unknown): asserts value is readonly PolicyDocument[] {
  if (!Array.isArray(value)) {
    throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, 'expected an array of PolicyDocument, highest level first', {
      messageZh: '需要 PolicyDocument 数组（按层级从高到低排列）',
    });
  }
  value.forEach((doc, i) => assertPolicyDocument(doc, `document ${i + 1}`));
}

/**
 * Options handed to a stage, validated and with defaults filled in; a bad option is a usage error
 * (INVALID_OPTIONS) naming the first problem, never a silent default. `what` names the options in messages.
 */
export function resolveOptions<S extends z.ZodType>(schema: S, options: unknown, what: { en: string; zh: string }): z.output<S> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new PolicyCascadeError(ERROR_CODES.INVALID_OPTIONS, `invalid ${what.en} options: ${where}${issue?.message ?? 'unknown problem'}`, {
    messageZh: `${what.zh}选项无效：${where}${issue?.message ?? ''}`,
  });
}

import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyCascadeError } from '../src/errors.js';
import { writeFileAtomic } from '../src/io/index.js';
import { describeFailure } from '../src/cli/errors.js';
import { failOnWarnings } from '../src/cli/strict.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-out-'));
  const leftovers = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.tmp'));

  it('writes the whole file and leaves no temporary file', () => {
    const path = join(dir, 'report.html');
    writeFileAtomic(path, '<p>ok</p>');
    expect(readFileSync(path, 'utf8')).toBe('<p>ok</p>');
    expect(leftovers(dir)).toEqual([]);
  });

  it('on failure throws WRITE_FAILED, keeps the previous file and removes the temporary one', () => {
    const path = join(dir, 'keep.txt');
    writeFileSync(path, 'old');
    const target = join(dir, 'a-directory');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x'); // a non-empty directory cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'new')).toThrow(PolicyCascadeError);
    try {
      writeFileAtomic(target, 'new');
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe('write-failed');
      expect((e as PolicyCascadeError).exitCode).toBe(3);
    }
    expect(leftovers(dir)).toEqual([]);
    const underFile = join(path, 'child.txt'); // parent is a file
    expect(() => writeFileAtomic(underFile, 'new')).toThrow(PolicyCascadeError);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('describeFailure', () => {
  it('prints a library error in the chosen language, one line, with the code', () => {
    const e = new PolicyCascadeError('empty-input', 'x.txt is empty', { messageZh: 'x.txt 为空' });
    expect(describeFailure(e, 'en')).toEqual({ line: 'error [empty-input]: x.txt is empty', exitCode: 3 });
    expect(describeFailure(e, 'zh')).toEqual({ line: '错误 [empty-input]: x.txt 为空', exitCode: 3 });
  });

  it('turns any other exception into one internal line, exit 70', () => {
    const deep = new TypeError("Cannot read properties of undefined (reading 'id')\n    at somewhere (file.ts:1:1)");
    const { line, exitCode } = describeFailure(deep, 'en');
    expect(exitCode).toBe(70);
    expect(line).toMatch(/^internal error \[internal\]: TypeError: Cannot read properties of undefined/);
    expect(line).not.toMatch(/\n/);
    expect(describeFailure('a string', 'zh').line).toMatch(/^内部错误 \[internal\]: a string/);
    expect(describeFailure(undefined, 'en').exitCode).toBe(70);
  });

  it('summarises a zod error by its first issue', () => {
    const zodLike = Object.assign(new Error('[\n  {\n "code": "invalid_type"\n }\n]'), {
      name: 'ZodError',
      issues: [{ path: ['tasks', 0, 'id'], message: 'expected string' }],
    });
    expect(describeFailure(zodLike, 'en').line).toMatch(/invalid data at tasks\.0\.id: expected string/);
  });
});

describe('failOnWarnings', () => {
  it('does nothing without warnings or when disabled', () => {
    expect(() => failOnWarnings([], 'en')).not.toThrow();
    expect(() => failOnWarnings([{ code: 'numbering-gap', message: 'x' }], 'en', false)).not.toThrow();
  });

  it('throws one line naming the count and the first warning with its position', () => {
    const warnings = [
      { code: 'numbering-gap', message: 'task 3 is missing\nafter 2', line: 12, column: 1, source: 'county.txt' },
      { code: 'count-mismatch', message: 'declared 106, parsed 105' },
    ];
    try {
      failOnWarnings(warnings, 'en');
      expect.unreachable();
    } catch (e) {
      const err = e as PolicyCascadeError;
      expect(err.code).toBe('strict-warnings');
      expect(err.exitCode).toBe(3);
      expect(err.message).toBe('--strict: 2 warnings, first county.txt 12:1 numbering-gap: task 3 is missing after 2');
      expect(err.messageZh).toMatch(/^--strict：共 2 条警告/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PolicyCascadeError, SCHEMA_VERSION } from '../src/index.js';

describe('package surface', () => {
  it('exports the schema version and the error class', () => {
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    const e = new PolicyCascadeError('empty-input', 'empty');
    expect(e.code).toBe('empty-input');
    expect(e.exitCode).toBe(3);
  });
});

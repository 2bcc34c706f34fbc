import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool without declarations
import { MODULE_FILE, renderModule } from './tools/dict-scan-wasm.mjs';

describe('the dictionary scan module', () => {
  it('is the compiled dict-scan.wat (regenerate: node test/tools/dict-scan-wasm.mjs --write)', async () => {
    expect(readFileSync(MODULE_FILE, 'utf8')).toBe(await renderModule());
  });
});

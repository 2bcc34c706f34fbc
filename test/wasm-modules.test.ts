import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool without declarations
import { MODULES, renderModule } from './tools/wasm-modules.mjs';

describe('the WebAssembly modules', () => {
  for (const m of MODULES as { wat: string; module: string }[]) {
    it(`${relative(process.cwd(), m.module)} is the compiled .wat (regenerate: node test/tools/wasm-modules.mjs --write)`, async () => {
      expect(readFileSync(m.module, 'utf8')).toBe(await renderModule(m));
    });
  }
});

// The package's fenced public surface and the import rules between stages (see src/index.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative module specifiers a file imports or re-exports (static and dynamic), resolved to src/ paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)) {
    out.push(relative(SRC, resolve(dirname(file), m[1]!)).replace(/\\/g, '/'));
  }
  return out;
}

/** The top folder of a path under src/ (its stage), or undefined for a file directly in src/. */
const stageOf = (path: string): string | undefined => (path.includes('/') ? path.split('/')[0] : undefined);

describe('the package root', () => {
  it('exports at most 60 runtime names', () => {
    const names = Object.keys(root);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length, names.join(' ')).toBeLessThanOrEqual(60);
  });

  it('exports one entry function per stage, the renderers and the error class', () => {
    for (const name of ['parseDocument', 'extractTargets', 'alignDocuments', 'analyzeCascade', 'renderReport', 'renderHtml', 'PolicyCascadeError', 'createJiebaSegmenter', 'bundledDataDir']) {
      expect(root, name).toHaveProperty(name);
    }
    // batch runs and the synthetic generator are sub-path exports
    for (const name of ['runBatch', 'planBatch', 'generateChildList']) expect(root, name).not.toHaveProperty(name);
  });
});

describe('imports between modules', () => {
  const files = sourceFiles(SRC).map((f) => ({ path: relative(SRC, f).replace(/\\/g, '/'), imports: importsOf(f) }));

  it('are found (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.find((f) => f.path === 'index.ts')?.imports).toContain('parse/index.js');
  });

  it('never reach into cli/ from library code', () => {
    const offenders = files
      .filter((f) => stageOf(f.path) !== 'cli')
      .flatMap((f) => f.imports.filter((i) => i.startsWith('cli/')).map((i) => `${f.path} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('cross stages only through the stage index.ts', () => {
    const offenders = files
      .filter((f) => stageOf(f.path) !== 'cli' && f.path !== 'index.ts')
      .flatMap((f) =>
        f.imports
          .filter((i) => {
            const stage = stageOf(i);
            // same stage, or a shared file directly in src/ (errors.ts, node-require.ts)
            if (stage === undefined || stage === stageOf(f.path)) return false;
            return i !== `${stage}/index.js`;
          })
          .map((i) => `${f.path} → ${i}`),
      );
    expect(offenders).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** Every TypeScript source file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** Comments removed, so a comment that mentions a forbidden API does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['child_process', /child_process/],
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor call', /(^|[^\w.$])Function\s*\(\s*['"`]/],
  ['node:vm', /['"](node:)?vm['"]/],
  ['fetch', /(^|[^\w.$])fetch\s*\(/],
  ['http/https/net/dgram/dns/tls modules', /['"](node:)?(http|https|http2|net|dgram|dns|tls)['"]/],
  ['XMLHttpRequest / WebSocket', /XMLHttpRequest|WebSocket/],
  ['dynamic import of a computed name', /import\s*\(\s*[^'"`\s)]/],
];

/** The one CLI-only exception: the batch command starts node itself again with GC flags. */
const ALLOWED: Record<string, string> = {
  child_process: 'src/cli/relaunch.ts',
};

describe('the library never evaluates input, shells out or touches the network', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('the patterns catch what they look for', () => {
    const samples = [
      "import { spawn } from 'node:child_process';",
      'const r = eval(input);',
      "const f = new Function('return 1');",
      "const g = Function('return 1');",
      "import vm from 'node:vm';",
      "await fetch('https://example.org');",
      "import https from 'https';",
      'new WebSocket(url);',
      'await import(moduleName);',
    ];
    samples.forEach((sample, i) => expect(FORBIDDEN[i]![1].test(sample), sample).toBe(true));
    expect(FORBIDDEN.some(([, p]) => p.test("const x = evaluate(a); prefetch(b); import('./static.js');"))).toBe(false);
  });

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const [what, pattern] of FORBIDDEN) {
    it(`src/ does not use ${what}`, () => {
      const offenders = files
        .filter((f) => pattern.test(code(f)))
        .map((f) => relative(ROOT, f))
        .filter((f) => ALLOWED[what] !== f);
      expect(offenders).toEqual([]);
    });
  }
});

describe('hand-built objects passed to the API', () => {
  it('fail with invalid-options, not a TypeError', async () => {
    const { analyzeCascade, alignDocuments, parseDocument, PolicyCascadeError } = await import('../src/index.js');
    const doc = parseDocument('一、总体\n1.加强创新平台建设。新增平台10家。（牵头单位：市科技局）');
    for (const call of [
      () => analyzeCascade([doc, {} as never]),
      () => analyzeCascade(null as never),
      () => alignDocuments(doc, { tasks: 'x' } as never),
    ]) {
      expect(call).toThrow(PolicyCascadeError);
      try {
        call();
      } catch (e) {
        expect((e as InstanceType<typeof PolicyCascadeError>).code).toBe('invalid-options');
      }
    }
  });
});

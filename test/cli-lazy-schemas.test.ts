// The CLI's `align` builds its options itself and prints the alignment as built, so a call never loads zod
// and the schemas (see src/cli/commands/align.ts). These tests hold what that relies on.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { alignWithOptions } from '../src/align/align-with-features.js';
import { resolveAlignOptions } from '../src/align/options.js';
import { ALIGN_OPTION_DEFAULTS } from '../src/align/resolved-options.js';
import { AlignmentSchema, type PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { generateChildList } from '../src/synthetic/index.js';

const ROOT = join(import.meta.dirname, '..');
const read = (f: string) => parseDocument(readFileSync(join(ROOT, 'data', f), 'utf8'), { name: f, targets: false });

describe('alignments as built are in schema key order', () => {
  const province = read('shandong-2023-key-tasks-interpretation.txt');
  const city = read('liaocheng-2023-key-tasks.txt');
  const cityReading = read('liaocheng-2023-key-tasks-interpretation.txt');
  const plan = read('liaocheng-luxi-rise-plan-2023-2025.txt');
  const county = read('guanxian-2023-key-tasks.txt');
  const same = (child: PolicyDocument, parent: PolicyDocument, threshold?: number) => {
    const a = alignWithOptions(child, parent, { ...ALIGN_OPTION_DEFAULTS, ...(threshold === undefined ? {} : { threshold }) });
    expect(JSON.stringify(a, null, 2)).toBe(JSON.stringify(AlignmentSchema.parse(a), null, 2));
  };

  it('for the bundled pairs, full lists and heading-only ones', () => {
    for (const [child, parent] of [
      [county, city],
      [city, province],
      [county, cityReading],
      [plan, city],
      [county, province],
    ] as const) {
      same(child, parent);
    }
    same(county, city, 0.6);
  });

  it('for generated child lists (dropped, added, moved, merged and split tasks)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      same(parseDocument(generateChildList(city, { seed }).text, { name: `child-${seed}.txt`, targets: false }), city);
    }
  });

  it('with the defaults the schema fills in', () => {
    expect(resolveAlignOptions({})).toEqual(ALIGN_OPTION_DEFAULTS);
    expect(resolveAlignOptions(undefined)).toEqual(ALIGN_OPTION_DEFAULTS);
  });
});

describe('the CLI at start-up', () => {
  it('loads no module that imports zod before a command asks for it', async () => {
    const { metafile } = await build({
      entryPoints: [join(ROOT, 'src/cli/main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'silent',
    });
    // modules reached through static imports only (a dynamic import() loads its module when it runs)
    const entry = relative(process.cwd(), join(ROOT, 'src/cli/main.ts'));
    const seen = new Set([entry]);
    const importsZod: string[] = [];
    for (const file of seen) {
      for (const imp of metafile.inputs[file]?.imports ?? []) {
        if (imp.kind !== 'import-statement' && imp.kind !== 'require-call') continue;
        if (imp.path === 'zod' || imp.path.startsWith('zod/')) importsZod.push(file);
        else if (!imp.external) seen.add(imp.path);
      }
    }
    expect(seen.has('src/cli/commands/align.ts')).toBe(true);
    expect(importsZod).toEqual([]);
  }, 20_000);
});

import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const COMMANDS = ['parse', 'align', 'analyze', 'batch', 'demo', 'schema'];

/** The description column of a help text, without flags, placeholders, quoted values and code-like tokens. */
function descriptions(help: string): string {
  return help
    .split('\n')
    .map((line) => (/^\s{2}\S/.test(line) ? line.replace(/^\s+\S.*?\s{2,}/, '') : line))
    .join('\n')
    .replace(/--?[\w-]+( <[^>]+>| [a-z]+)?|<[^>]+>|\[[^\]]+\]|\{[^}]*\}|"[^"]*"|[\w.-]+\.(json|txt|cjs)|policy-cascade|JSON Schema/g, ' ');
}

describe('--help in the CLI language', () => {
  it('is Chinese by default for the program and every command', () => {
    for (const args of [['--help'], ...COMMANDS.map((c) => [c, '--help'])]) {
      const r = runCli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^用法：/);
      // no English phrase left (two English words in a row)
      expect(descriptions(r.stdout).match(/\b[A-Za-z]{3,} [A-Za-z]{3,}\b/g) ?? [], args.join(' ')).toEqual([]);
    }
  });

  it('is English with --lang en', () => {
    const r = runCli(['--lang', 'en', 'analyze', '--help']);
    expect(r.stdout).toMatch(/^Usage: policy-cascade analyze/);
    expect(r.stdout).toContain('--keep-order');
    expect(r.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints help with no arguments, in the chosen language', () => {
    expect(runCli([]).stdout).toMatch(/^用法：/);
    expect(runCli(['--lang', 'en']).stdout).toMatch(/^Usage:/);
  });
});

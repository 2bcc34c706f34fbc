import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, runCli, type CliResult } from './helpers/cli.js';
import { DATA_DIR, FILES, readData } from './helpers/data.js';

const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
const county = join(DATA_DIR, FILES.county);
const city = join(DATA_DIR, FILES.city);

/** A one-line error on stderr: no stack trace, nothing on stdout. */
function expectOneLineError(r: CliResult, code: string, exit: number): void {
  expect(r.status, r.stderr).toBe(exit);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`[${code}]`);
  expect(r.stderr).not.toMatch(/\n\s+at .*\(|\.ts:\d+|\.js:\d+:\d+/);
  expect(r.stdout).toBe('');
}

/** No output file and no temporary file left in the output folder. */
function expectNoOutput(out: string): void {
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

const files = {
  missing: join(dir, 'does-not-exist.txt'),
  empty: join(dir, 'empty.txt'),
  blank: join(dir, 'blank.txt'),
  random: join(dir, 'random.bin'),
  prose: join(dir, 'prose.txt'),
  gb: join(dir, 'county-gb18030.txt'),
  latin1: join(dir, 'latin1.txt'),
};

beforeAll(() => {
  writeFileSync(files.empty, '');
  writeFileSync(files.blank, ' \n\u3000\n\r\n');
  const random = Buffer.alloc(8192);
  let seed = 42;
  for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  writeFileSync(files.random, random);
  writeFileSync(
    files.prose,
    '春天来了，河边的柳树发出了新芽。孩子们在田野里奔跑，老人坐在门口晒太阳。\n傍晚时分，炊烟升起，村子里飘着饭菜的香味。\n',
  );
  writeFileSync(files.gb, iconv.encode(readData('county'), 'gb18030'));
  writeFileSync(files.latin1, iconv.encode('Café déjà vu, naïve résumé, Straße über Öl.\n'.repeat(20), 'latin1'));
});

describe('CLI: bad input is one line, a non-zero exit, and no output file', () => {
  const cases: Array<[string, string, string]> = [
    ['missing file', files.missing, 'file-not-found'],
    ['empty file', files.empty, 'empty-input'],
    ['blank file', files.blank, 'empty-input'],
    ['random bytes', files.random, 'binary-input'],
    ['prose without tasks', files.prose, 'not-a-task-document'],
    ['unknown encoding', files.latin1, 'unknown-encoding'],
  ];
  for (const [what, file, code] of cases) {
    it(`parse: ${what}`, () => {
      const out = join(dir, `parse-${code}.json`);
      expectOneLineError(runCli(['parse', file, '--json', '-o', out]), code, 3);
      expectNoOutput(out);
    });
    it(`analyze: ${what}`, () => {
      const out = join(dir, `analyze-${code}.html`);
      expectOneLineError(runCli(['analyze', city, file, '--format', 'html', '-o', out]), code, 3);
      expectNoOutput(out);
    });
  }

  it('analyze: an unknown --format is a usage error (exit 2)', () => {
    const out = join(dir, 'bogus-format.out');
    const r = runCli(['analyze', city, county, '--format', 'docx', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/docx/);
    expectNoOutput(out);
  });

  it('messages follow --lang', () => {
    const en = runCli(['--lang', 'en', 'parse', files.missing]);
    expect(en.stderr).toMatch(/^error \[file-not-found\]: file not found/);
    const zh = runCli(['--lang', 'zh', 'parse', files.missing]);
    expect(zh.stderr).toMatch(/^错误 \[file-not-found\]: 找不到文件/);
  });

  it('an unknown command or option is a usage error (exit 2)', () => {
    expectOneLineError(runCli(['frobnicate']), 'usage', 2);
    expectOneLineError(runCli(['parse', county, '--no-such-option']), 'usage', 2);
  });

  it('--max-bytes refuses a large file before reading it; a bad size is a usage error', () => {
    const out = join(dir, 'too-large.json');
    expectOneLineError(runCli(['--lang', 'en', 'parse', county, '--max-bytes', '10k', '-o', out]), 'input-too-large', 3);
    expectNoOutput(out);
    expectOneLineError(runCli(['parse', county, '--max-bytes', 'huge']), 'usage', 2);
  });

  it('--encoding: detection reads GB18030; a wrong name is a usage error', () => {
    const auto = runCli(['parse', files.gb, '--json']);
    expect(auto.status, auto.stderr).toBe(0);
    expect(JSON.parse(auto.stdout).document.tasks).toHaveLength(99);
    const forced = runCli(['parse', files.gb, '--json', '--encoding', 'gbk']);
    expect(JSON.parse(forced.stdout).document.tasks).toHaveLength(99);
    expectOneLineError(runCli(['parse', files.gb, '--encoding', 'klingon']), 'invalid-options', 2);
  });
});

describe('CLI: --strict and -o', () => {
  const damaged = join(dir, 'skipped-numbers.txt');
  beforeAll(() => {
    writeFileSync(
      damaged,
      ['某县重点工作任务', '一、推进产业发展', '1.加强园区建设。新增企业10家。（牵头单位：县发改局）', '2.推进项目建设。（牵头单位：县工信局）', '4.加快数字化转型。（牵头单位：县科技局）'].join('\n'),
    );
  });

  it('a warning passes without --strict and fails the run with it, leaving no file', () => {
    const ok = join(dir, 'lenient.json');
    const lenient = runCli(['parse', damaged, '--json', '-o', ok]);
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(existsSync(ok)).toBe(true);
    const out = join(dir, 'strict.json');
    const strict = runCli(['--lang', 'en', 'parse', damaged, '--json', '--strict', '-o', out]);
    expectOneLineError(strict, 'strict-warnings', 3);
    expect(strict.stderr).toMatch(/--strict: \d+ warnings?/);
    expectNoOutput(out);
  });

  it('--strict reaches align and analyze too: exit 3, the error as the last line, no file', () => {
    for (const args of [
      ['align', damaged, city],
      ['analyze', city, damaged, '--format', 'html'],
    ]) {
      const out = join(dir, `strict-${args[0]}.out`);
      const r = runCli(['--lang', 'en', ...args, '--strict', '-o', out]);
      expect(r.status, r.stderr).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^error \[strict-warnings\]: --strict: \d+ warnings?, first .*numbering-gap/);
      for (const l of lines.slice(0, -1)) expect(l).toMatch(/^warning \[/); // warnings listed one per line before it
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expectNoOutput(out);
    }
  });

  it('-o into a missing folder is refused (issue 19: not created); -o onto a directory fails cleanly', () => {
    const nested = join(dir, 'nested', 'deeper', 'county.json');
    expectOneLineError(runCli(['parse', county, '--json', '-o', nested]), 'write-failed', 3);
    expect(existsSync(join(dir, 'nested'))).toBe(false);
    expectOneLineError(runCli(['parse', county, '--json', '-o', dir]), 'write-failed', 3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('CLI: an unexpected exception deep inside', () => {
  /** Run the CLI with a preloaded module that breaks JSON.stringify, as a bug deep in the code would. */
  function runBroken(args: string[], debug: string): CliResult {
    const breakJson = 'data:text/javascript,JSON.stringify=()=>{throw new TypeError("boom deep inside\\n    at fake (x.js:1:1)")}';
    const r = spawnSync(process.execPath, ['--import', breakJson, CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, POLICY_CASCADE_DEBUG: debug },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('is one internal line, exit 70, and no output file', () => {
    const out = join(dir, 'internal.json');
    const r = runBroken(['--lang', 'en', 'parse', county, '--json', '-o', out], '');
    expectOneLineError(r, 'internal', 70);
    expect(r.stderr).toMatch(/^internal error \[internal\]: TypeError: boom deep inside \(set POLICY_CASCADE_DEBUG=1 for details\)$/m);
    expectNoOutput(out);
  });

  it('shows the stack with POLICY_CASCADE_DEBUG=1', () => {
    const r = runBroken(['--lang', 'en', 'parse', county, '--json'], '1');
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('CLI: stdout closed early', () => {
  // `… | head`: the output is written straight to fd 1 (see src/cli/streams.ts); a closed pipe ends the
  // run quietly, with the exit code it would have had
  it('align --json | head -c 10 exits 0 with nothing on stderr', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" align "${county}" "${city}" --json 2>"${join(dir, 'epipe.err')}" | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe('0');
    expect(readFileSync(join(dir, 'epipe.err'), 'utf8')).toBe('');
  });
});

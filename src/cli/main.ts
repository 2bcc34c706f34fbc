// The `policy-cascade` executable (built as dist/cli.cjs).
import { Command, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import { ERROR_CODES, PolicyCascadeError } from '../errors.js';
import { describeFailure, type Lang } from './errors.js';
import { localiseHelpZh } from './help-zh.js';
import { nodeFlagsFor, relaunchWithNodeFlags } from './relaunch.js';
import { openedStreams, stderrStream, stdoutStream } from './streams.js';
import { registerParse } from './commands/parse.js';
import { registerAlign } from './commands/align.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBatch } from './commands/batch.js';
import { registerDemo } from './commands/demo.js';
import { registerSchema } from './commands/schema.js';

/** The CLI is a thin shell over the library API: each command parses its arguments and calls it. */
function buildProgram(lang: Lang): Command {
  const program = new Command('policy-cascade')
    .description('Align Chinese government task lists across levels and report what happened to every target.')
    .version(version, '-V, --version', 'print the version')
    .addOption(new Option('--lang <lang>', 'language of messages, help and report labels').choices(['zh', 'en']).default('zh'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {} }); // commander's own errors are reported by main() in one line
  registerParse(program);
  registerAlign(program);
  registerAnalyze(program);
  registerBatch(program);
  registerDemo(program);
  registerSchema(program);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeErr: () => {} });
  // help in the CLI's language: Chinese by default, English with --lang en
  if (lang === 'zh') localiseHelpZh(program);
  return program;
}

function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return v === 'en' ? 'en' : 'zh';
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const lang = langFromArgv(argv);
  const program = buildProgram(lang);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // no command: commander wrote its help to the muted stderr and asks for exit 1; print it as --help does
      if (e.code === 'commander.help' && e.exitCode !== 0) {
        stdoutStream().write(program.helpInformation());
        return 0;
      }
      // help and version are not failures
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const usage = new PolicyCascadeError(ERROR_CODES.USAGE, e.message.replace(/^error: /, ''), {
        messageZh: `用法错误：${e.message.replace(/^error: /, '')}（policy-cascade --help 查看用法）`,
      });
      const { line, exitCode } = describeFailure(usage, lang);
      stderrStream().write(line + '\n');
      return exitCode;
    }
    const { line, exitCode } = describeFailure(e, lang);
    stderrStream().write(line + '\n');
    if (process.env.POLICY_CASCADE_DEBUG && e instanceof Error) stderrStream().write(`${e.stack}\n`);
    return exitCode;
  }
}

/** Report a failure that escaped main() (an error thrown from a callback or a stray rejection) in one line, exit 70. */
function installLastResortHandlers(argv: string[]): void {
  const lang = langFromArgv(argv);
  const die = (e: unknown): void => {
    const { line, exitCode } = describeFailure(e, lang);
    stderrStream().write(line + '\n');
    if (process.env.POLICY_CASCADE_DEBUG && e instanceof Error) stderrStream().write(`${e.stack}\n`);
    process.exit(exitCode);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
}

/** Call `then` once the streams hold no unwritten output (at once for files, and for pipes on Linux). */
function whenFlushed(streams: readonly NodeJS.WriteStream[], then: () => void): void {
  const pending = streams.find((s) => s.writableLength > 0);
  if (!pending) then();
  else pending.once('drain', () => whenFlushed(streams, then));
}

/**
 * End the process as soon as its output is flushed. Left to end by itself, a one-shot call would first
 * run the garbage collection V8 schedules for idle time (≈15 ms of a ≈300 ms call, measured), though every
 * command has finished its work (actions are awaited) and nothing else is pending.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  whenFlushed(openedStreams(), () => process.exit(code));
}

// a batch over every core runs in a node started with the batch flags (one extra process start)
const relaunched = relaunchWithNodeFlags(nodeFlagsFor(process.argv.slice(2)));
if (relaunched) void relaunched.then((code) => (process.exitCode = code));
else {
  installLastResortHandlers(process.argv);
  main().then(exitWhenFlushed, (e: unknown) => {
    // main() catches everything itself; this is a guard against a failure while reporting a failure.
    stderrStream().write(describeFailure(e, 'en').line + '\n');
    exitWhenFlushed(70);
  });
}

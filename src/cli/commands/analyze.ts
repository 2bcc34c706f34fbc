import type { Command } from 'commander';

// Placeholder until the analyze command is implemented.
export function registerAnalyze(program: Command): void {
  program.command('analyze').description('(not implemented yet)').allowUnknownOption().action(() => {
    process.stderr.write('analyze: not implemented yet\n');
    process.exitCode = 2;
  });
}

import type { Command } from 'commander';

// Placeholder until the demo command is implemented.
export function registerDemo(program: Command): void {
  program.command('demo').description('(not implemented yet)').allowUnknownOption().action(() => {
    process.stderr.write('demo: not implemented yet\n');
    process.exitCode = 2;
  });
}

import type { Command } from 'commander';

// Placeholder until the align command is implemented.
export function registerAlign(program: Command): void {
  program.command('align').description('(not implemented yet)').allowUnknownOption().action(() => {
    process.stderr.write('align: not implemented yet\n');
    process.exitCode = 2;
  });
}

import type { Command } from 'commander';

// Placeholder until the batch command is implemented.
export function registerBatch(program: Command): void {
  program.command('batch').description('(not implemented yet)').allowUnknownOption().action(() => {
    process.stderr.write('batch: not implemented yet\n');
    process.exitCode = 2;
  });
}

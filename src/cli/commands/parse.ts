import type { Command } from 'commander';

// Placeholder until the parse command is implemented.
export function registerParse(program: Command): void {
  program.command('parse').description('(not implemented yet)').allowUnknownOption().action(() => {
    process.stderr.write('parse: not implemented yet\n');
    process.exitCode = 2;
  });
}

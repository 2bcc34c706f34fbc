import { Argument, type Command } from 'commander';
import { JSON_SCHEMA_NAMES, jsonSchemaOf, type JsonSchemaName } from '../../model/index.js';
import { emit } from '../output.js';

/** `policy-cascade schema [report|document|alignment|batch]`: the JSON Schema of the JSON the CLI prints. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (report: analyze --format json; document: parse --json; alignment: align --json; batch: one line of batch output)')
    .addArgument(new Argument('[name]', 'which schema').choices(JSON_SCHEMA_NAMES).default('report'))
    .option('-o, --output <file>', 'write to this file')
    .action((name: JsonSchemaName, opts: { output?: string }) => {
      emit(JSON.stringify(jsonSchemaOf(name), null, 2) + '\n', opts.output);
    });
}

import { Option, type Command } from 'commander';
import { GENRES, LEVELS, PolicyDocumentSchema, SCHEMA_VERSION } from '../../model/index.js';
import { addInputOptions, readCliDocument } from '../input-options.js';
import { emit } from '../output.js';
import { addStrictOption, cliLang, failOnWarnings } from '../strict.js';
import { renderOutline } from './outline.js';

interface ParseCommandOptions {
  json?: boolean;
  output?: string;
  level?: string;
  genre?: string;
  targets?: boolean;
  strict?: boolean;
  [key: string]: unknown;
}

/** `policy-cascade parse <file> [--json] [-o file]`: the document model as JSON, or a readable outline. */
export function registerParse(program: Command): void {
  const cmd = program
    .command('parse')
    .description('parse one document and print its outline (or the model as JSON)')
    .argument('<file>', 'a task list, interpretation or implementation plan (plain text)')
    .option('--json', 'print the document model as JSON: { schemaVersion, document }')
    .option('-o, --output <file>', 'write to this file instead of stdout (nothing is written on failure)')
    .addOption(new Option('--level <level>', 'override the inferred level').choices(LEVELS))
    .addOption(new Option('--genre <genre>', 'override the detected genre').choices(GENRES))
    .option('--no-targets', 'skip target extraction');
  addInputOptions(cmd);
  addStrictOption(cmd);
  cmd.action(async (file: string, opts: ParseCommandOptions, self: Command) => {
    const lang = cliLang(self);
    // the parse stage is loaded by the commands that run it, not at start
    const { parseDocument } = await import('../../parse/index.js');
    const text = await readCliDocument(file, opts);
    const doc = parseDocument(text, {
      name: file,
      level: opts.level as never,
      genre: opts.genre as never,
      targets: opts.targets !== false,
    });
    failOnWarnings(doc.warnings, lang, opts.strict === true);
    if (opts.json) {
      const document = PolicyDocumentSchema.parse(doc);
      emit(JSON.stringify({ schemaVersion: SCHEMA_VERSION, document }, null, 2) + '\n', opts.output);
    } else emit(renderOutline(doc, lang), opts.output);
  });
}

// The CLI's copy of zod, built as its own file (dist/cli-zod.cjs): the CLI bundle requires it on first use
// (tsup.config.ts), and the launcher runs it through a code cache as it runs the bundle.
export * from 'zod';

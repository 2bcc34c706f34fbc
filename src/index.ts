/**
 * policy-cascade: read Chinese government task lists at several levels, align each lower-level task to
 * the higher-level task it implements, and report what happened to every quantified target.
 *
 * Pipeline: normalize → parse → targets → align → compare → report. Each stage is a folder under src/
 * with a small public surface re-exported here.
 */
export * from './model/index.js';
export * from './errors.js';
export * from './io/index.js';
export * from './normalize/index.js';
export * from './parse/index.js';
export * from './targets/index.js';
export * from './segment/index.js';
export * from './similarity/index.js';
export * from './align/index.js';
export * from './compare/index.js';
export * from './report/index.js';
export * from './batch/index.js';
export * from './synthetic/index.js';

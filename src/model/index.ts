export * from './span.js';
export * from './warning.js';
export * from './target.js';
export * from './document.js';
export * from './alignment.js';
export * from './report.js';
export * from './version.js';
export * from './guard.js';

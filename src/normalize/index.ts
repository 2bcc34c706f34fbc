// Public surface of the normalize stage.
export { normalizeText } from './normalize.js';
export type { NormalizeOptions, NormalizedText } from './normalize.js';
export { toSimplifiedSameLength } from './traditional.js';

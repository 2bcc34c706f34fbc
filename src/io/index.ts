export { decodeInput } from './decode.js';
export { readInputFile } from './read-file.js';

export { decodeInput, decodeInputWithInfo, type DecodeOptions, type DecodedInput } from './decode.js';
export { readInputFile, readDocumentText, type ReadFileOptions } from './read-file.js';
export { DEFAULT_MAX_BYTES, parseByteSize } from './limits.js';
export { detectBom, profileGb18030, scoreGb18030, type Gb18030Profile, type DetectedEncoding } from './detect.js';
export { extractText, type DocumentFormat, type ExtractedText } from './extract.js';
export { makeFolder, writeFileAtomic } from './write-file.js';
export { bundledDataDir } from './bundled-data.js';

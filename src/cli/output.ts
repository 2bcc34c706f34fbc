import { writeFileAtomic } from '../io/index.js';
import { writeStdout } from './streams.js';

/** Print to stdout, or write atomically to `-o <file>` when given. */
export function emit(content: string | Uint8Array, outFile: string | undefined): void {
  if (outFile) writeFileAtomic(outFile, content);
  else writeStdout(typeof content === 'string' && !content.endsWith('\n') ? content + '\n' : content);
}

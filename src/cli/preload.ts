import type { PolicyDocument } from '../model/index.js';
import { preloadJiebaVocabulary } from '../segment/index.js';

/**
 * A one-shot CLI call knows every text it will segment once the documents are parsed: load a jieba
 * dictionary scoped to their task texts (milliseconds) instead of the full one (≈170 ms). Segmentation
 * is identical; any other text falls back to the full dictionary.
 */
export function preloadSegmenterFor(docs: readonly PolicyDocument[]): void {
  preloadJiebaVocabulary(taskTexts(docs));
}

function* taskTexts(docs: readonly PolicyDocument[]): Generator<string> {
  for (const doc of docs) {
    for (const task of doc.tasks) {
      // the heading is normally the start of the text, and then adds nothing to the vocabulary
      if (!task.text.startsWith(task.heading)) yield task.heading;
      yield task.text;
    }
  }
}

/** Splits Chinese text into words. Implementations must be deterministic and side-effect free. */
export interface Segmenter {
  cut(text: string): string[];
}

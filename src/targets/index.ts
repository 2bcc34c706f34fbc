import type { Target } from '../model/index.js';

// Placeholder until target extraction lands: the parser already calls it.
export function extractTargets(_text: string): Target[] {
  return [];
}

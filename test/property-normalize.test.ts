import fc from 'fast-check';
import './helpers/fast-check-seed.js';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { anyText, taskishText } from './robustness-arbitraries.js';

describe('normalizeText properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), taskishText(200)), (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent on OpenCC conversion chains (麼 → 么 → 幺, 薴 → 苧 → 苎)', () => {
    for (const s of ['麼', '麽', '薴', '什麼', '么么哒', '苧麻']) {
      const once = normalizeText(s).text;
      expect(normalizeText(once).text).toBe(once);
    }
  });

  it('maps every normalised position back into the original, in order', () => {
    fc.assert(
      fc.property(anyText(), (s) => {
        const n = normalizeText(s);
        let previous = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const at = n.toOriginal(i);
          expect(at).toBeGreaterThanOrEqual(previous);
          expect(at).toBeLessThanOrEqual(s.length);
          previous = at;
          if (i < n.text.length) expect(n.toOriginalEnd(i + 1)).toBeGreaterThan(at);
        }
        const span = n.toOriginalSpan(0, n.text.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 300 },
    );
  });
});

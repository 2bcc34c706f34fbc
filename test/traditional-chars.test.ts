import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
// @ts-expect-error: a plain .mjs tool without declarations
import { TABLE_FILE, computeTraditionalChars, renderTable } from './tools/traditional-chars.mjs';

describe('the table of traditional characters', () => {
  it('is what the installed opencc-js converts (regenerate: node test/tools/traditional-chars.mjs --write)', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(renderTable(computeTraditionalChars()));
  });

  it('lets lines without a traditional character through, and converts lines with one, phrases included', () => {
    expect(normalizeText('加快推进城市更新行动').text).toBe('加快推进城市更新行动');
    expect(normalizeText('加快推進城市更新行動').text).toBe('加快推进城市更新行动');
    // phrase-aware on a line that needs conversion: 乾 alone stays, 乾燥 becomes 干燥
    expect(normalizeText('氣候乾燥').text).toBe('气候干燥');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import { parseDocument } from '../src/parse/index.js';
import { renderHtml, renderMarkdown, renderReport } from '../src/report/index.js';
import { hostileList } from './fixtures/report/hostile-documents.js';

// The same hostile report in a real browser: test/report-html.test.ts (one Chromium launch for all browser checks).

const LIVE_MARKUP = [/<script>alert/i, /<img[^>]*onerror/i, /<svg[^>]*onload/i, /<[a-z][^>]*\son(error|load)\s*=/i];

describe('a report built from hostile documents contains no live markup', () => {
  const benign = analyzeCascade([parseDocument(hostileList('某市', '市', false)), parseDocument(hostileList('某县', '县', false))]);
  const hostile = analyzeCascade([parseDocument(hostileList('某市', '市', true)), parseDocument(hostileList('某县', '县', true))]);

  it('the hostile text reaches the model (so the check below means something)', () => {
    const headings = hostile.documents.flatMap((d) => d.tasks.map((t) => t.heading)).join('\n');
    expect(headings).toMatch(/<img src=x onerror=alert[(（]2[)）]>/); // brackets next to Chinese are normalised
    expect(hostile.pairs.length).toBeGreaterThan(0);
  });

  it('HTML: document text is escaped; the page has exactly the script elements of a benign report', () => {
    const html = renderHtml(hostile);
    const clean = renderHtml(benign);
    for (const pattern of LIVE_MARKUP) expect(html).not.toMatch(pattern);
    const count = (s: string, re: RegExp): number => (s.match(re) ?? []).length;
    expect(count(html, /<script\b/gi)).toBe(count(clean, /<script\b/gi));
    expect(count(html, /<\/script/gi)).toBe(count(clean, /<\/script/gi));
    expect(count(html, /<svg\b/gi)).toBe(count(clean, /<svg\b/gi));
    expect(count(html, /<img\b/gi)).toBe(count(clean, /<img\b/gi));
    expect(html).toMatch(/&lt;img src=x onerror=alert[(（]2[)）]&gt;/);
  });

  it('HTML through renderReport in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = String(await renderReport(hostile, 'html', { lang }));
      for (const pattern of LIVE_MARKUP) expect(html).not.toMatch(pattern);
    }
  });

  it('Markdown: every < from the documents is backslash-escaped (CommonMark shows it as text)', () => {
    const md = renderMarkdown(hostile);
    expect(md).toMatch(/\\<img src=x onerror/);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|\/script)/im);
  });
});

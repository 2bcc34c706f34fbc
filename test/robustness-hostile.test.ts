import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumEnv } from './helpers/chromium-env.js';
import { describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import { parseDocument } from '../src/parse/index.js';
import { renderHtml, renderMarkdown, renderReport } from '../src/report/index.js';

/** A small city → county pair whose headings, units and bodies carry markup. */
const XSS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '</script><script>alert(3)</script>', '"><svg onload=alert(4)>', "';alert(5);//"];

function list(region: string, level: string, hostile: boolean): string {
  const h = (i: number): string => (hostile ? XSS[i % XSS.length]! : '');
  return [
    `${region}推动高质量发展2023年重点工作任务`,
    `一、深入实施创新驱动发展战略${h(0)}`,
    `1.加强创新平台建设${h(1)}。新增${level}级以上创新平台10家以上。（牵头单位：${level}科技局${h(2)}）`,
    `2.培育高新技术企业${h(3)}。新增高新技术企业100家，专利授权量增长18%。（牵头单位：${level}科技局）`,
    `二、推动产业升级${h(4)}`,
    `3.加快数字经济发展${h(0)}。数字经济核心产业增加值增长15%。（牵头单位：${level}工信局）`,
  ].join('\n');
}

const LIVE_MARKUP = [/<script>alert/i, /<img[^>]*onerror/i, /<svg[^>]*onload/i, /<[a-z][^>]*\son(error|load)\s*=/i];

describe('a report built from hostile documents contains no live markup', () => {
  const benign = analyzeCascade([parseDocument(list('某市', '市', false)), parseDocument(list('某县', '县', false))]);
  const hostile = analyzeCascade([parseDocument(list('某市', '市', true)), parseDocument(list('某县', '县', true))]);

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

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the hostile report in a real browser', () => {
  it('runs no injected script: no dialog, no injected element, the text shows as text', async () => {
    const html = renderHtml(analyzeCascade([parseDocument(list('某市', '市', true)), parseDocument(list('某县', '县', true))]));
    const browser = await chromium.launch({ executablePath: CHROMIUM, env: chromiumEnv(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(await page.locator('img[onerror], svg[onload]').count()).toBe(0);
      expect(await page.locator('body').innerText()).toContain('onerror=alert');
    } finally {
      await browser.close();
    }
  }, 30_000);
});

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from './helpers/chromium-env.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCascade, parseDocument, renderHtml } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { hostileList } from './fixtures/report/hostile-documents.js';
import { IMG_HEADING, SCRIPT_HEADING, hostileGapReport, sampleGapReport } from './fixtures/report/sample-gap-report.js';

const OUT = resolve(__dirname, '../test-output');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

const html = renderHtml(sampleGapReport);
const hostile = renderHtml(hostileGapReport);
const totalChanges = sampleGapReport.pairs.reduce((n, p) => n + p.targetChanges.length, 0);
const relaxedChanges = sampleGapReport.pairs.reduce((n, p) => n + p.targetChanges.filter((c) => c.change === 'relaxed').length, 0);

describe('renderHtml (static)', () => {
  it('is one page with lang, inline CSS and JS, and a row per target change', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(renderHtml(sampleGapReport, { lang: 'en' })).toContain('<html lang="en">');
    expect(html).toContain('<style>');
    expect(html.match(/<tr data-change="/g)).toHaveLength(totalChanges);
    expect(html.match(/<tr data-change="relaxed"/g)).toHaveLength(relaxedChanges);
    expect(html).toContain('<div class="chart"');
  });

  it('references nothing outside the page', () => {
    for (const page of [html, hostile]) {
      expect(page).not.toMatch(/https?:\/\//i);
      expect(page).not.toMatch(/<script[^>]*\ssrc=/i);
      expect(page).not.toMatch(/<link\b/i);
      expect(page).not.toMatch(/@import/i);
      expect(page).not.toMatch(/url\(/i);
      expect(page).not.toMatch(/<img\b/i);
    }
  });

  it('shows hostile headings as text only', () => {
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Exactly two live script elements: the JSON data block and the page script.
    expect(hostile.match(/<script/g)).toHaveLength(2);
    const data = hostile.match(/<script type="application\/json" id="policy-cascade-report">([^]*?)<\/script>/)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).documents[1].title).toContain(SCRIPT_HEADING);
    // The page script never writes markup.
    const script = hostile.slice(hostile.lastIndexOf('<script>'));
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('highlights changed numbers in the side-by-side text', () => {
    expect(html).toContain('<del><b class="num">18%</b></del>');
    expect(html).toContain('<ins><b class="num">5%</b></ins>');
    // Numbers change as a whole: 100 → 10 is not a deleted 0.
    expect(html).toContain('<del><b class="num">100</b></del>');
    expect(html).toContain('<ins><b class="num">10</b></ins>');
  });
});

describe.skipIf(!hasChromium)('renderHtml in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions(CHROMIUM));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders cards, filters rows by change class and saves a screenshot', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'report.html');
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);

    // checklist, method note, one section per pair, warnings
    expect(await page.locator('section.pair').count()).toBe(sampleGapReport.pairs.length + 3);
    const cards = page.locator('#pair-2 .card');
    expect(await cards.count()).toBe(9);
    expect(await page.locator('#pair-2 .card.chg-relaxed .n').textContent()).toBe('2');
    expect(await page.locator('tr[data-change]:visible').count()).toBe(totalChanges);

    await page.click('button[data-only="relaxed"]');
    const visible = page.locator('tr[data-change]:visible');
    expect(await visible.count()).toBe(relaxedChanges);
    for (const change of await visible.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-change')))) {
      expect(change).toBe('relaxed');
    }
    expect(await page.locator('[data-visible-count]').textContent()).toBe(`${relaxedChanges} / ${totalChanges}`);

    // Ticking a second class adds its rows; "all" brings everything back.
    await page.check('input[data-filter="raised"]');
    const raised = sampleGapReport.pairs.reduce((n, p) => n + p.targetChanges.filter((c) => c.change === 'raised').length, 0);
    expect(await page.locator('tr[data-change]:visible').count()).toBe(relaxedChanges + raised);
    await page.click('button[data-show-all]');
    expect(await page.locator('tr[data-change]:visible').count()).toBe(totalChanges);

    await page.screenshot({ path: resolve(OUT, 'report.png'), fullPage: true });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('leads with the checklist, fits every cell at 1280 px, keeps TOC targets visible and the chart gap-free', async () => {
    // the bundled province → city → county chain: real lengths of headings, values and counts
    const files = ['shandong-2023-key-tasks-interpretation.txt', 'liaocheng-2023-key-tasks.txt', 'guanxian-2023-key-tasks.txt'];
    const report = analyzeCascade(files.map((f) => parseDocument(readFileSync(resolve(__dirname, '../data', f)), { name: f })));
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'report-bundled.html');
    writeFileSync(file, renderHtml(report));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: resolve(OUT, 'report-bundled-top.png') });

    expect(await page.locator('main > section').first().getAttribute('id')).toBe('checklist');
    expect(await page.locator('nav.toc a').first().getAttribute('href')).toBe('#checklist');

    // no text wider than its box: table cells, cards, checklist items, chart labels
    const overflowingCells = (): string[] =>
      Array.from(document.querySelectorAll('td, th, .card, .card .n, .check, .check li, .meta, .legend p'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
    expect(await page.evaluate(overflowingCells)).toEqual([]);

    // the English page too: longer words in the same columns
    const en = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await en.setContent(renderHtml(report, { lang: 'en' }));
    expect(await en.evaluate(overflowingCells)).toEqual([]);
    await en.screenshot({ path: resolve(OUT, 'report-bundled-en.png') });
    await en.close();

    // a table-of-contents click leaves the heading below the sticky filter bar
    for (const href of ['#pair-2', '#pair-2-s3', '#pair-2-dropped', '#method']) {
      await page.click(`nav.toc a[href="${href}"]`);
      const [barBottom, top] = await page.evaluate((id) => {
        const target = document.querySelector(id)!;
        const heading = target.matches('section') ? target.querySelector('h2')! : target;
        return [document.querySelector('.toolbar')!.getBoundingClientRect().bottom, heading.getBoundingClientRect().top];
      }, href);
      expect(top).toBeGreaterThanOrEqual(barBottom);
      expect(top).toBeLessThan(900);
    }
    await page.click('nav.toc a[href="#pair-2-s3"]');
    await page.screenshot({ path: resolve(OUT, 'report-bundled-toc.png') });

    // the reference label sits below the rows, clear of the tick labels above them
    const chart = page.locator('#pair-2 .chart');
    const boxes = await chart.evaluate((c) => ({
      ticks: Array.from(c.querySelectorAll('.tick')).map((t) => t.getBoundingClientRect().toJSON() as DOMRect),
      ref: c.querySelector('.ref-label')!.getBoundingClientRect().toJSON() as DOMRect,
      line: c.querySelector('.point .ref')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
    for (const t of boxes.ticks) expect(boxes.ref.top >= t.bottom || boxes.ref.bottom <= t.top).toBe(true);
    for (const t of boxes.ticks) expect(boxes.line.top).toBeGreaterThanOrEqual(t.bottom);

    // filtered, the chart closes up: visible rows follow one another with no gap
    await page.click('button[data-only="raised"]');
    const rows = await chart.evaluate((c) =>
      Array.from(c.querySelectorAll('.chart-row.point'))
        .filter((r) => (r as HTMLElement).offsetParent !== null)
        .map((r) => [r.getBoundingClientRect().top, r.getBoundingClientRect().bottom, r.getAttribute('data-change')] as const),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[2] === 'raised')).toBe(true);
    for (let i = 1; i < rows.length; i++) expect(Math.abs(rows[i]![0] - rows[i - 1]![1])).toBeLessThan(1);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: resolve(OUT, 'report-bundled-chart-raised.png') });
    await page.close();
  }, 60_000);

  it('runs no script injected through parsed documents: no dialog, no injected element, the text shows as text', async () => {
    const html = renderHtml(analyzeCascade([parseDocument(hostileList('某市', '市', true)), parseDocument(hostileList('某县', '县', true))]));
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
    await page.close();
  }, 30_000);

  it('fires no dialog and shows hostile headings as text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.setContent(hostile, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('body').innerText()).toContain(SCRIPT_HEADING);
    expect(await page.locator('body').innerText()).toContain(IMG_HEADING);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: resolve(OUT, 'report-hostile.png') });
    await page.close();
  });
});

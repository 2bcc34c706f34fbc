// Input formats: the bundled lists saved as a portal web page (UTF-8 and GBK), as Word and printed to PDF
// read to the same tasks and targets as the plain text; decomposition tables in Word and HTML; unreadable
// files refused with one line and a stable code. Every file is generated here, once, in beforeAll.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, PolicyCascadeError } from '../src/errors.js';
import { extractText } from '../src/io/index.js';
import { alignDocuments } from '../src/align/index.js';
import type { Alignment, PolicyDocument } from '../src/model/index.js';
import { parseDocument, readDocument } from '../src/parse/index.js';
import { chromiumLaunchOptions } from './helpers/chromium-env.js';
import { runCli } from './helpers/cli.js';
import { DATA_DIR, FILES, readData } from './helpers/data.js';
import {
  docxDecompositionTable,
  docxOfParagraphs,
  htmlDecompositionTable,
  pdfOfParagraphs,
  portalPageBytes,
  splitBundledList,
  type DecompositionTable,
} from './helpers/documents.mjs';

let dir: string;
const files: Record<string, Buffer> = {};
let county: PolicyDocument;
let city: PolicyDocument;

/** A top-level part of a parsed bundled list as printed: `一、TITLE`. */
function partLine(doc: PolicyDocument, id: string): string {
  return `${id}、${doc.sections.find((s) => s.path.length === 1 && s.id === id)!.title}`;
}

/** The part line and the first task under it as printed: `一、TITLE\n1.HEADING。`. */
function partWithFirstTask(doc: PolicyDocument, id: string): string {
  const task = doc.tasks.find((t) => t.sectionPath[0] === id)!;
  return `${partLine(doc, id)}\n${task.id}.${task.heading}。`;
}

/** The bundled city list as a decomposition table: its parts, and per task the text and the units. */
function cityTable(doc: PolicyDocument): DecompositionTable {
  return {
    title: `${doc.title}分解表`,
    intro: ['为抓好重点工作任务落实，现将任务分解如下。'],
    parts: doc.sections
      .filter((s) => s.path.length === 1)
      .map((s) => ({
        heading: `${s.id}、${s.title}`,
        tasks: doc.tasks
          .filter((t) => t.sectionPath[0] === s.id)
          .map((t) => ({
            text: t.text.startsWith(t.heading) ? t.text : `${t.heading}。${t.text}`,
            lead: t.leadUnits,
            support: t.supportUnits,
            due: '2023年12月底前',
          })),
      })),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyCascadeError);
    expect((e as Error).message).not.toContain('\n');
    return (e as PolicyCascadeError).code;
  }
  return undefined;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pc-formats-'));
  const countyText = readData('county');
  county = parseDocument(countyText);
  city = parseDocument(readData('city'));
  // the county file starts with nine portal metadata values (as scraped): the page shows them with keys
  const { meta, paragraphs } = splitBundledList(countyText, 9);
  const page = { title: paragraphs[0]!, meta, paragraphs };
  files['county.html'] = portalPageBytes(page);
  files['county-gbk.html'] = portalPageBytes({ ...page, metaStyle: 'pipes' }, 'gbk');
  files['county.docx'] = await docxOfParagraphs(paragraphs, { autoNumber: true });
  files['county.pdf'] = pdfOfParagraphs(paragraphs, { header: paragraphs[0]!.slice(0, 24) });
  files['city.docx'] = await docxOfParagraphs(readData('city').split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  const table = cityTable(city);
  files['city-table.docx'] = await docxDecompositionTable(table);
  files['city-table.html'] = Buffer.from(htmlDecompositionTable(table), 'utf8');
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const targetsOf = (doc: PolicyDocument): string[] =>
  doc.tasks.flatMap((t) => t.targets.map((g) => `${t.id} ${g.metric} ${g.comparator} ${g.value} ${g.unit}`));

describe('the county list as a web page, Word and PDF', () => {
  for (const name of ['county.html', 'county-gbk.html', 'county.docx', 'county.pdf']) {
    it(`${name}: the same 99 tasks with the same targets as the text`, async () => {
      const doc = await readDocument(files[name]!, { name });
      expect(doc.tasks).toHaveLength(99);
      expect(doc.tasks.map((t) => `${t.id} ${t.heading} ${t.leadUnits.join('、')}`)).toEqual(
        county.tasks.map((t) => `${t.id} ${t.heading} ${t.leadUnits.join('、')}`),
      );
      expect(targetsOf(doc)).toEqual(targetsOf(county));
      expect(doc.sections.map((s) => s.title)).toEqual(county.sections.map((s) => s.title));
      // spans point into the extracted text
      const t = doc.tasks[41]!;
      expect(doc.source.slice(t.headingSpan.start, t.headingSpan.end)).toContain(t.heading.slice(0, 4));
    });
  }

  it('the web page: article and metadata block kept, page chrome dropped', async () => {
    const { text, format } = await extractText(files['county.html']!, { name: 'county.html' });
    expect(format).toBe('html');
    for (const line of ['索引号：113715250043377942/2023-26729072', '发布机构：冠县政府', '成文日期：2023-08-29', '文号：冠政发〔2023〕6号']) {
      expect(text.split('\n')).toContain(line);
    }
    for (const chrome of ['当前位置', '首页', '互动交流', '分享到', '微信', '相关文件', '网站标识码', '主办单位', '统计代码', '请输入关键字', '长者模式']) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain(partWithFirstTask(county, '一'));
  });

  it('the GBK page (charset gb2312, metadata in pipes) and one with the metadata as a list read as the UTF-8 page does', async () => {
    const utf8 = await extractText(files['county.html']!);
    const gbk = await extractText(files['county-gbk.html']!);
    expect(gbk.text).toBe(utf8.text);
    const { meta, paragraphs } = splitBundledList(readData('county'), 9);
    const list = await extractText(portalPageBytes({ title: paragraphs[0]!, meta, paragraphs, metaStyle: 'lines' }));
    expect(list.text).toBe(utf8.text);
  });

  it('Word: automatic numbering written out, task numbers running through the parts', async () => {
    const { text, format } = await extractText(files['county.docx']!);
    expect(format).toBe('docx');
    expect(text).toContain(`\n${partWithFirstTask(county, '一')}`);
    expect(text).toContain(`\n${partWithFirstTask(county, '二')}`);
  });

  it('PDF: page numbers and the running header dropped, wrapped lines joined', async () => {
    const { text, format } = await extractText(files['county.pdf']!);
    expect(format).toBe('pdf');
    expect(text).not.toMatch(/— \d+ —/);
    const lines = text.split('\n');
    const header = splitBundledList(readData('county'), 9).paragraphs[0]!.slice(0, 24);
    expect(lines.filter((l) => l === header)).toHaveLength(0);
    const source = readData('county').split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(9);
    expect(lines.filter((l) => l !== '')).toEqual(source);
  });

  it('PDF: Kangxi radicals a font maps ideographs to (⼯作, ⽣态) read as the ideographs', async () => {
    const { text } = await extractText(pdfOfParagraphs(['\u2f2f作要点：加强\u2f63态保护，新增绿地10公顷。'.repeat(3)]));
    expect(text).toBe(`${'工作要点：加强生态保护，新增绿地10公顷。'.repeat(3)}\n`);
  });

  it('PDF: a number broken over two lines is whole again; other page-number forms dropped', async () => {
    // 34 ideographs after a two-character indent fill the line up to 1000's last digit
    const para = `${'甲'.repeat(34)}新增企业1000家以上。`;
    for (const pageNumber of [(n: number) => `- ${n} -`, (n: number) => `第${n}页`, (n: number) => `${n}/3`]) {
      const pdf = pdfOfParagraphs([para, ...Array.from({ length: 80 }, (_, i) => `第${i + 1}段，说明文字。`)], { pageNumber });
      const { text } = await extractText(pdf);
      expect(text.split('\n')[0]).toBe(para);
      expect(text).not.toMatch(/^(- \d+ -|第\d+页|\d+\/3)$/m);
    }
  });
});

describe('printed by a browser', () => {
  // Debian's chromium, as the HTML report test uses it (CI installs it with a CJK font); skipped without it
  const CHROMIUM = '/usr/bin/chromium';
  it.skipIf(!existsSync(CHROMIUM))('the county list and the city table printed by chromium: text back line for line, table rows as cells', async () => {
    const { chromium } = await import('playwright-core');
    // the first 40 paragraphs (14 pages): the notice, parts 一 to 四
    const paragraphs = splitBundledList(readData('county'), 9).paragraphs.slice(0, 40);
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const font = 'font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif';
    const browser = await chromium.launch(chromiumLaunchOptions(CHROMIUM));
    let text: Buffer;
    let table: Buffer;
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<html><head><meta charset="utf-8"><style>body{${font};font-size:16px;line-height:1.6}p{text-indent:2em;margin:0}</style></head><body>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`,
      );
      text = await page.pdf({
        format: 'A4',
        margin: { top: '2.5cm', bottom: '2.5cm', left: '2.8cm', right: '2.6cm' },
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">某县重点工作任务</div>',
        footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
      });
      await page.setContent(files['city-table.html']!.toString('utf8').replace('<style>', `<style>body{${font}} table{border-collapse:collapse} td{vertical-align:top}`));
      table = await page.pdf({ format: 'A4', landscape: true });
    } finally {
      await browser.close();
    }
    expect((await extractText(text)).text.split('\n').filter((l) => l !== '')).toEqual(paragraphs);
    // tables printed to PDF are read approximately (no cell borders are read): most rows come out with the
    // row number and the task in cells of their own
    const numbered = new Set<number>();
    for (const line of (await extractText(table)).text.split('\n')) {
      const cells = line.split('\t');
      cells.forEach((c, i) => {
        if (/^\d{1,3}$/.test(c) && cells[i + 1]) numbered.add(Number(c));
      });
    }
    expect(numbered.size).toBeGreaterThanOrEqual(90);
  }, 60_000);
});

describe('decomposition tables (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限)', () => {
  it('Word: one line per row, TAB between cells, automatic row numbers, units one per line joined with 、', async () => {
    const { text } = await extractText(files['city-table.docx']!);
    const lines = text.split('\n');
    expect(lines).toContain('序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(lines).toContain(partLine(city, '一'));
    const six = lines.find((l) => l.startsWith('6\t'))!;
    expect(six.split('\t')).toEqual([
      '6',
      expect.stringMatching(/^优化创新创业生态。/),
      '市科技局、市财政局',
      '市地方金融监管局',
      '2023年12月底前',
    ]);
    expect(lines.find((l) => l.startsWith('106\t'))).toBeDefined();
  });

  it('HTML: rowspan cells repeated on every row they span, a blank line around the table', async () => {
    const { text } = await extractText(files['city-table.html']!);
    const lines = text.split('\n');
    const header = lines.indexOf('类别\t序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(header).toBeGreaterThan(0);
    expect(lines[header - 1]).toBe('');
    const rows = lines.slice(header + 1, lines.indexOf('', header));
    expect(rows).toHaveLength(106);
    expect(rows.filter((r) => r.startsWith(`${partLine(city, '一')}\t`))).toHaveLength(city.tasks.filter((t) => t.sectionPath[0] === '一').length);
    expect(rows[5]!.split('\t').slice(0, 2)).toEqual([partLine(city, '一'), '6']);
  });

  for (const name of ['city-table.docx', 'city-table.html']) {
    it(`${name}: the 106 tasks with their lead and supporting units, in 11 sections`, async () => {
      const doc = await readDocument(files[name]!, { name });
      expect(doc.tasks).toHaveLength(106);
      expect(doc.sections.filter((s) => s.path.length === 1)).toHaveLength(11);
      expect(doc.tasks.map((t) => [t.leadUnits, t.supportUnits])).toEqual(city.tasks.map((t) => [t.leadUnits, t.supportUnits]));
    });
  }

  it('a decomposition table aligns like the list: county → city table and city table → province give the links of the text', async () => {
    const linksOf = (a: Alignment): string[] => a.links.map((l) => `${l.child}>${l.parents.join(',')}`);
    const province = parseDocument(readData('province'));
    for (const name of ['city-table.docx', 'city-table.html']) {
      const table = await readDocument(files[name]!, { name });
      expect(linksOf(alignDocuments(county, table)), name).toEqual(linksOf(alignDocuments(county, city)));
      expect(linksOf(alignDocuments(table, province)), name).toEqual(linksOf(alignDocuments(city, province)));
    }
  });
});

describe('unreadable files: one line, a stable code', () => {
  const paragraphs = ['某县重点工作任务', '一、甲', '1.甲任务。新增企业10家。'];

  it('a PDF without a text layer (a scan)', async () => {
    expect(await codeOf(readDocument(pdfOfParagraphs(paragraphs, { scan: true }), { name: 'scan.pdf' }))).toBe(ERROR_CODES.NO_TEXT_LAYER);
  });

  it('a password-protected PDF', async () => {
    expect(await codeOf(readDocument(pdfOfParagraphs(paragraphs, { encrypt: true })))).toBe(ERROR_CODES.ENCRYPTED_DOCUMENT);
  });

  it('a truncated PDF, a corrupt zip, a zip that is no Word file, a broken .doc', async () => {
    const pdf = pdfOfParagraphs(paragraphs);
    expect(await codeOf(readDocument(pdf.subarray(0, 200)))).toBe(ERROR_CODES.UNREADABLE_DOCUMENT);
    const docx = await docxOfParagraphs(paragraphs);
    expect(await codeOf(readDocument(docx.subarray(0, docx.length >> 1)))).toBe(ERROR_CODES.UNREADABLE_DOCUMENT);
    const zip = await new JSZip().file('sheet.xml', '<x/>').generateAsync({ type: 'uint8array' });
    expect(await codeOf(readDocument(zip))).toBe(ERROR_CODES.UNSUPPORTED_FORMAT);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]);
    expect(await codeOf(readDocument(ole))).toBe(ERROR_CODES.UNREADABLE_DOCUMENT);
  });

  it('binary junk and an empty page', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(await codeOf(readDocument(junk))).toBe(ERROR_CODES.BINARY_INPUT);
    expect(await codeOf(readDocument('<html><body><div class="nav"><a href="/">首页</a></div></body></html>'))).toBe(ERROR_CODES.EMPTY_INPUT);
  });

  it('text still reads as before, a string of HTML as a page', async () => {
    const fromText = await readDocument(readData('county'));
    expect(fromText.tasks).toHaveLength(99);
    expect(fromText.source).toBe(county.source);
    const html = await readDocument(`<html><body><p>${paragraphs.join('</p><p>')}</p></body></html>`);
    expect(html.tasks.map((t) => t.heading)).toEqual(['甲任务']);
  });
});

describe('the CLI reads every format', () => {
  it('parse --json of the Word file, align of the GBK page against the PDF, analyze and batch over Word and PDF', () => {
    const parsed = runCli(['parse', join(dir, 'county.docx'), '--json']);
    expect(parsed.status, parsed.stderr).toBe(0);
    expect((JSON.parse(parsed.stdout) as { document: PolicyDocument }).document.tasks).toHaveLength(99);
    const aligned = runCli(['align', join(dir, 'county-gbk.html'), join(dir, 'county.pdf'), '--json']);
    expect(aligned.status, aligned.stderr).toBe(0);
    expect((JSON.parse(aligned.stdout) as { links: Array<{ child: string; parents: string[] }> }).links.filter((l) => l.parents.includes(l.child))).toHaveLength(99);
    const analyzed = runCli(['analyze', join(DATA_DIR, FILES.city), join(dir, 'county.pdf'), '--json']);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect((JSON.parse(analyzed.stdout) as { documents: unknown[] }).documents).toHaveLength(2);
    // the directory rule takes any document extension: city.docx is the parent of city--county.pdf
    const batchDir = join(dir, 'batch');
    mkdirSync(batchDir);
    writeFileSync(join(batchDir, 'city.docx'), files['city.docx']!);
    writeFileSync(join(batchDir, 'city--county.pdf'), files['county.pdf']!);
    const batch = runCli(['batch', batchDir, '--out', join(dir, 'reports'), '--workers', '0']);
    expect(batch.status, batch.stderr).toBe(0);
    expect(existsSync(join(dir, 'reports', 'city--county.json'))).toBe(true);
  }, 60_000);

  it('a scanned PDF: exit 3, one line with the code, no output file', () => {
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, pdfOfParagraphs(['某县重点工作任务'], { scan: true }));
    const out = join(dir, 'scan.json');
    const r = runCli(['parse', scan, '--json', '-o', out]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-text-layer');
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(scan).length).toBeGreaterThan(0);
  });
});

describe('Word and HTML details', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const num = (numId: number, ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const lvl = (ilvl: number, fmt: string, text: string, extra = ''): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
  const tc = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

  async function docx(body: string, numbering: string, styles: string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`);
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('Word: numbering from a paragraph style, （一） and （1） levels, restarts, a fresh instance with startOverride; vMerge and gridSpan', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="1"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '（%1）')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="Part"><w:pPr>${num(1, 0)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Part"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    const body = [
      p('总体要求', '<w:pStyle w:val="Part"/>'),
      p('工作目标', '<w:pStyle w:val="Sub"/>'),
      p('新增企业10家。', num(1, 2)),
      p('新增项目5个。', num(1, 2)),
      p('重点任务', '<w:pStyle w:val="Part"/>'),
      p('创新驱动', '<w:pStyle w:val="Sub"/>'),
      p('建设平台。', num(1, 2)),
      p('甲事项。', num(2, 0)),
      p('乙事项。', num(2, 0)),
      p('丙事项。', num(3, 0)),
      `<w:tbl><w:tr>${tc('类别')}${tc('序号')}${tc('任务')}${tc('牵头单位')}</w:tr>` +
        `<w:tr>${tc('一、创新', '<w:vMerge w:val="restart"/>')}${tc('1')}${tc('建设平台。')}${tc('市科技局')}</w:tr>` +
        `<w:tr>${tc('', '<w:vMerge/>')}${tc('2')}${tc('培育企业。')}${tc('市工信局')}</w:tr>` +
        `<w:tr>${tc('二、保障', '<w:gridSpan w:val="4"/>')}</w:tr></w:tbl>`,
      p('表后段落。'),
    ].join('');
    const { text } = await extractText(await docx(body, numbering, styles));
    expect(text).toBe(
      [
        '一、总体要求', '（一）工作目标', '1.新增企业10家。', '2.新增项目5个。', '二、重点任务', '（一）创新驱动', '1.建设平台。',
        '（1）甲事项。', '（2）乙事项。', '（1）丙事项。', '',
        '类别\t序号\t任务\t牵头单位', '一、创新\t1\t建设平台。\t市科技局', '一、创新\t2\t培育企业。\t市工信局', '二、保障', '',
        '表后段落。',
      ].join('\n') + '\n',
    );
  });

  it('HTML: a page laid out in nested tables reads as paragraphs; dl metadata; line breaks in the source between ideographs vanish', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table width="100%"><tr><td><a href="/">首页</a><a href="/a">机构设置</a><a href="/b">政务公开</a></td><td>
      <div style="display: none">隐藏的模板</div>
      <table class="bd1"><tr><td><b>索　引　号：</b></td><td>000014349/2023-00012</td><td><b>发文机关</b></td><td>某县人民政府</td></tr></table>
      <table><tr><td><h2>某县2023年民生实事
      清单</h2></td></tr><tr><td><dl><dt>发文字号：</dt><dd>某政字〔2023〕41号</dd><dt>成文日期</dt><dd>2023-05-06</dd></dl>
      <p>一、加快发展</p><p>1.建设平台。新增企业<b>10</b>家。</p><p>2.培育&nbsp;主体。</p></td></tr></table>
      </td></tr></table></body></html>`;
    const { text, format } = await extractText(html);
    expect(format).toBe('html');
    expect(text).toBe(['索引号：000014349/2023-00012', '发文机关：某县人民政府', '某县2023年民生实事清单', '发文字号：某政字〔2023〕41号', '成文日期：2023-05-06', '一、加快发展', '1.建设平台。新增企业10家。', '2.培育\u00a0主体。'].join('\n') + '\n');
  });
});

// Generators of the documents the format tests and the bench read: a portal web page, a Word file and a
// printed PDF made from a plain-text task list, and decomposition tables (任务分解表) in Word and HTML. Plain
// JavaScript so that both the tests and test/bench/run.mjs use them. Everything is made here, from the
// bundled lists; nothing is downloaded.
import iconv from 'iconv-lite';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A county portal's article page: site header and navigation, breadcrumbs, the metadata block (as a table,
 * pipes or lines), the title, the body paragraphs, a share bar, related links and a footer.
 * @param {{ title: string, meta: Array<[string, string]>, paragraphs: string[], metaStyle?: 'table' | 'pipes' | 'lines', charset?: string }} page
 */
export function portalPage({ title, meta, paragraphs, metaStyle = 'table', charset = 'utf-8' }) {
  let metaHtml;
  if (metaStyle === 'table') {
    const rows = [];
    for (let i = 0; i < meta.length; i += 2) {
      const cells = meta.slice(i, i + 2).map(([k, v]) => `<td class="label">${esc(k)}：</td><td>${esc(v)}</td>`).join('');
      rows.push(`<tr>${cells}</tr>`);
    }
    metaHtml = `<table class="xxgk-table" border="1">\n${rows.join('\n')}\n</table>`;
  } else if (metaStyle === 'pipes') {
    metaHtml = `<div class="info">${meta.map(([k, v]) => `${esc(k)}：${esc(v)}`).join(' | ')}</div>`;
  } else {
    metaHtml = `<ul class="info">${meta.map(([k, v]) => `<li><span>${esc(k)}：</span><span>${esc(v)}</span></li>`).join('\n')}</ul>`;
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${esc(title)}_某县人民政府</title>
<style>p { text-indent: 2em; }</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head>
<body>
<div class="top-bar">无障碍浏览 | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><img src="logo.png" alt="某县人民政府"><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a></div>
<div class="main-content">
${metaHtml}
<div class="article">
<h1 class="article-title">${esc(title)}</h1>
<div class="article-info">来源：某县人民政府办公室　　浏览次数：<span>1024</span></div>
<div class="article-body" id="zoom">
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="print-close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a">关于印发某某工作方案的通知</a></li><li><a href="/b">某某2022年工作总结</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：某县人民政府办公室　承办单位：某县大数据中心</p><p>网站标识码：1234567890　鲁ICP备12345678号</p><p>扫一扫在手机打开当前页</p></div>
</body>
</html>
`;
}

/** The page as bytes: UTF-8, or GBK with a matching charset declaration. */
export function portalPageBytes(page, encoding = 'utf-8') {
  const html = portalPage({ ...page, charset: encoding === 'utf-8' ? 'utf-8' : 'gb2312' });
  return encoding === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gbk');
}

/**
 * A plain-text list split for the generators: the leading portal metadata lines of a bundled list (a value
 * per line, as scraped) are paired with the usual keys, the rest are the paragraphs.
 * @param {string} text
 * @param {number} metaLines how many leading lines are metadata values
 */
export function splitBundledList(text, metaLines) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const keys = ['索引号', '发布机构', '主题分类', '成文日期', '标题', '有效性', '废止日期', '发布日期', '文号'];
  const meta = lines.slice(0, metaLines).map((v, i) => [keys[i] ?? `项目${i + 1}`, v]);
  return { meta, paragraphs: lines.slice(metaLines) };
}

// ---------------------------------------------------------------------------------------------- DOCX

/**
 * A Word document of the paragraphs. With `autoNumber`, part headings (一、…) and tasks (1.…) lose their
 * typed numbers and get Word's automatic numbering instead: parts 一、二、… and tasks 1. 2. … running through
 * the whole document, each from a numbering definition of its own.
 * @param {string[]} paragraphs
 * @param {{ autoNumber?: boolean }} [options]
 * @returns {Promise<Buffer>}
 */
export async function docxOfParagraphs(paragraphs, { autoNumber = false } = {}) {
  const { Document, Packer, Paragraph, TextRun, AlignmentType, LevelFormat } = await import('docx');
  const children = paragraphs.map((text) => {
    const part = autoNumber && /^[一二三四五六七八九十]+、/.exec(text);
    const task = autoNumber && /^\d{1,3}[.．、]/.exec(text);
    if (part) return new Paragraph({ numbering: { reference: 'parts', level: 0 }, children: [new TextRun(text.slice(part[0].length))] });
    if (task) return new Paragraph({ numbering: { reference: 'tasks', level: 0 }, children: [new TextRun(text.slice(task[0].length))] });
    return new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(text)] });
  });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'parts', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: 'nothing' }] },
        { reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: 'nothing' }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/**
 * A decomposition table (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) in Word: a header row, then for every
 * part a row merged across the table holding the part heading, then one row per task. Task numbers are
 * automatic (a numbering definition on the 序号 cells), running through the table.
 * @param {{ title: string, intro: string[], parts: Array<{ heading: string, tasks: Array<{ text: string, lead: string[], support: string[], due: string }> }> }} table
 * @returns {Promise<Buffer>}
 */
export async function docxDecompositionTable({ title, intro, parts }) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, LevelFormat } = await import('docx');
  const cell = (paras, opts = {}) =>
    new TableCell({ ...opts, children: paras.length === 0 ? [new Paragraph('')] : paras.map((p) => (typeof p === 'string' ? new Paragraph(p) : p)) });
  const rows = [new TableRow({ tableHeader: true, children: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].map((h) => cell([h])) })];
  for (const part of parts) {
    rows.push(new TableRow({ children: [cell([part.heading], { columnSpan: 5 })] }));
    for (const t of part.tasks) {
      rows.push(
        new TableRow({
          children: [
            cell([new Paragraph({ numbering: { reference: 'rows', level: 0 }, children: [] })]),
            cell([t.text]),
            // one unit per paragraph, as such tables are usually typed
            cell(t.lead),
            cell(t.support),
            cell([t.due]),
          ],
        }),
      );
    }
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'rows', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.CENTER }] }] },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true })] }),
          ...intro.map((p) => new Paragraph(p)),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The same decomposition table in HTML, with the part in a first column merged down over its tasks
 * (rowspan), and units separated by <br>.
 */
export function htmlDecompositionTable({ title, intro, parts }) {
  const rows = [];
  let n = 0;
  for (const part of parts) {
    part.tasks.forEach((t, i) => {
      n++;
      const partCell = i === 0 ? `<td rowspan="${part.tasks.length}">${esc(part.heading)}</td>` : '';
      rows.push(
        `<tr>${partCell}<td>${n}</td><td>${esc(t.text)}</td><td>${t.lead.map(esc).join('<br>')}</td><td>${t.support.map(esc).join('<br>')}</td><td>${esc(t.due)}</td></tr>`,
      );
    });
  }
  return portalPage({
    title,
    meta: [['发布机构', '某市人民政府办公室'], ['成文日期', '2023-03-01']],
    paragraphs: intro,
  }).replace(
    '</div>\n<div class="bdsharebuttonbox">',
    `<table border="1"><thead><tr><th>类别</th><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n</div>\n<div class="bdsharebuttonbox">`,
  );
}

// ----------------------------------------------------------------------------------------------- PDF

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 72;
const FONT_SIZE = 12;
const LEADING = 20;

/** Width of a character in font units (1000 = the font size): ASCII half width, everything else full. */
const charWidth = (c) => (c.charCodeAt(0) < 0x80 ? 500 : 1000);

function wrap(text, width, firstIndent) {
  const lines = [];
  let line = '';
  let w = firstIndent;
  let indent = firstIndent;
  for (const c of text) {
    const cw = (charWidth(c) / 1000) * FONT_SIZE;
    if (w + cw > width && line !== '') {
      lines.push({ text: line, indent });
      line = '';
      w = 0;
      indent = 0;
    }
    line += c;
    w += cw;
  }
  if (line !== '') lines.push({ text: line, indent });
  return lines;
}

const hex4 = (n) => n.toString(16).toUpperCase().padStart(4, '0');

/**
 * A printed-looking PDF of the paragraphs, written by hand: A4 pages, the text in one CID font (not
 * embedded; a ToUnicode map gives the characters, as a text layer), paragraphs with a two-character first
 * indent wrapped at the right margin, a running header on every page but the first and the page number
 * `— n —` at the foot. With `scan` the pages hold no text at all (a scanned image); with `encrypt` the file
 * claims a user password (the standard security handler with a key no empty password opens).
 * @param {string[]} paragraphs
 * `maxPages` cuts the document after that many pages.
 * @param {{ header?: string, pageNumber?: (n: number) => string, scan?: boolean, encrypt?: boolean, maxPages?: number }} [options]
 * @returns {Buffer}
 */
export function pdfOfParagraphs(paragraphs, { header = '', pageNumber = (n) => `— ${n} —`, scan = false, encrypt = false, maxPages = Infinity } = {}) {
  const width = PAGE_W - 2 * MARGIN;
  const perPage = Math.floor((PAGE_H - 2 * MARGIN) / LEADING);
  const lines = paragraphs.flatMap((p) => wrap(p, width, 2 * FONT_SIZE));
  const pages = [];
  for (let i = 0; i < lines.length && pages.length < maxPages; i += perPage) pages.push(lines.slice(i, i + perPage));
  const show = (text) => `<${[...text].map((c) => hex4(c.charCodeAt(0))).join('')}> Tj`;
  const centred = (text) => (PAGE_W - [...text].reduce((w, c) => w + (charWidth(c) / 1000) * 10, 0)) / 2;
  const contents = pages.map((pageLines, p) => {
    if (scan) return '0.9 g 72 72 451 698 re f';
    const ops = ['BT', `/F1 ${FONT_SIZE} Tf`];
    pageLines.forEach((l, i) => {
      const y = PAGE_H - MARGIN - FONT_SIZE - i * LEADING;
      ops.push(`1 0 0 1 ${MARGIN + l.indent} ${y} Tm ${show(l.text)}`);
    });
    ops.push('/F1 10 Tf');
    if (header && p > 0) ops.push(`1 0 0 1 ${centred(header)} ${PAGE_H - 40} Tm ${show(header)}`);
    const foot = pageNumber(p + 1);
    ops.push(`1 0 0 1 ${centred(foot)} 36 Tm ${show(foot)}`);
    ops.push('ET');
    return ops.join('\n');
  });

  // objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 ToUnicode, then page + content pairs
  const ranges = [];
  for (let hi = 0; hi < 256; hi++) if (hi < 0xd8 || hi > 0xdf) ranges.push(`<${hex4(hi << 8)}> <${hex4((hi << 8) | 0xff)}> <${hex4(hi << 8)}>`);
  const blocks = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${7 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>',
    `<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`,
  ];
  contents.forEach((c, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${8 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
  });
  if (encrypt) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -44 >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encryption = encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

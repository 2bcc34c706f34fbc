import { describe, expect, it } from 'vitest';
import {
  GapReportSchema,
  renderHtml,
  PolicyCascadeError,
  REPORT_FORMATS,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderReport,
} from '../src/index.js';
import { TARGET_COLUMNS } from '../src/report/index.js';
import { REPORT_LABELS } from '../src/report/index.js';
import { buildSampleReport, hostileGapReport, sampleGapReport } from './fixtures/report/sample-gap-report.js';

/** Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) throw new Error('CSV does not end with CRLF');
  return records;
}

const totalChanges = sampleGapReport.pairs.reduce((n, p) => n + p.targetChanges.length, 0);

describe('report fixture', () => {
  it('is a valid GapReport whose spans point at the text they claim', () => {
    expect(() => GapReportSchema.parse(sampleGapReport)).not.toThrow();
    expect(() => GapReportSchema.parse(hostileGapReport)).not.toThrow();
    for (const doc of sampleGapReport.documents) {
      for (const task of doc.tasks) {
        expect(doc.source.slice(task.headingSpan.start, task.headingSpan.end)).toBe(task.heading);
        for (const t of task.targets) expect(doc.source.slice(t.span.start, t.span.end)).toBe(t.text);
      }
    }
    const classes = new Set(sampleGapReport.pairs.flatMap((p) => p.targetChanges.map((c) => c.change)));
    expect([...classes].sort()).toEqual(['added', 'deferred', 'dropped', 'kept', 'raised', 'relaxed']);
  });
});

describe('renderJson', () => {
  it('round-trips through GapReportSchema with schemaVersion first and 2-space indent', () => {
    const json = renderJson(sampleGapReport);
    expect(json.startsWith('{\n  "schemaVersion": ')).toBe(true);
    const back = GapReportSchema.parse(JSON.parse(json));
    expect(back).toEqual(GapReportSchema.parse(sampleGapReport));
  });

  it('is stable whatever order the objects were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(sampleGapReport), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(renderJson(shuffled)).toBe(renderJson(sampleGapReport));
    expect(renderJson(buildSampleReport())).toBe(renderJson(sampleGapReport));
  });

  it('rejects a malformed report with a PolicyCascadeError', () => {
    const broken = { ...sampleGapReport, pairs: [{ ...sampleGapReport.pairs[0], skipLevel: 'yes' }] };
    expect(() => renderJson(broken as never)).toThrow(PolicyCascadeError);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleGapReport);

  it('starts with the documents and a summary row per pair', () => {
    expect(md.startsWith('# 目标层层传导分析报告\n')).toBe(true);
    expect(md).toContain('## 汇总');
    const summary = md.slice(md.indexOf('## 汇总'), md.indexOf('## 1.'));
    expect(summary).toContain('| 层级对 | 已对应 | 未承接任务 | 新增任务 | 保持 | 放宽 | 加码 | 删去 | 新增 | 转为落实上级 | 参考份额 |');
    // city → county: 6 of 7 linked, 1 dropped, 1 added; kept 5, relaxed 2, raised 2, dropped 3, added 1, deferred 1.
    expect(summary).toContain('| 青河市 → 临水县 | 6/7 | 1/7 | 1 | 5 | 2 | 2 | 3 | 1 | 1 | 10% (中位数, n=6, 容差 ±25%) |');
    expect(summary).toContain('东岳省 → 临水县 (跨级)');
  });

  it('has a table per parent section with the 18% → 5% relaxed row', () => {
    const pair = md.slice(md.indexOf('## 2. 青河市 → 临水县'), md.indexOf('## 3.'));
    for (const s of ['### 一、深入实施创新驱动发展战略', '### 二、加快数字经济发展', '### 三、推进生态保护和资源节约']) {
      expect(pair).toContain(s);
    }
    expect(pair).toContain('| 1. 推进关键核心技术攻关 | 1. 推进关键核心技术攻关 | 专利授权量增长 | ≥18% | ≥5% | 放宽 |  |  |  |');
    expect(pair).toContain('| ≈600个 | ≥60个 | 保持 | 10% | 与参考相当 | 比较词变化: 左右 → 以上 |');
    expect(pair).toContain('限定词变化: 省级以上 → 市级以上');
    expect(pair).toContain('| 0.8亿立方米 | 500万立方米 | 放宽 | 6.25% | 低于参考 | 时限变化: 年底前 → 到2025年 |');
    expect(pair).toContain('照搬上级绝对数');
    expect(pair).toContain('落实上级农村低保标准');
    expect(pair).toContain('### 未承接任务\n\n- 5. 建设新型基础设施 (二、加快数字经济发展)');
    expect(pair).toContain('### 新增任务\n\n- 5. 打造县域特色产业集群');
    expect(pair).toContain('| 市科技局 | 县工业和信息化局、县市场监督管理局 |');
  });

  it('leads with the checklist (lowest pair first), then the method note', () => {
    expect(md.indexOf('## 对标对表清单')).toBe(md.indexOf('\n') + 2);
    const checklist = md.slice(0, md.indexOf('## 方法说明'));
    expect(checklist.indexOf('### 青河市 → 临水县')).toBeLessThan(checklist.indexOf('### 东岳省 → 青河市'));
    const county = checklist.slice(checklist.indexOf('### 青河市 → 临水县'), checklist.indexOf('### 东岳省 → 青河市'));
    expect(county).toContain('**上级任务未承接（1）**\n\n- 5. 建设新型基础设施');
    expect(county).toContain('- 放宽: 1. 专利授权量增长 ≥18% → ≥5%');
    // the county's task 5 implements a provincial task across the skipped level: not local
    expect(county).toContain('**下级新增（1）**\n\n- 新增: 5. 培育特色产业集群 2个');
    expect(md).toContain('份额 = 下级目标值 ÷ 上级目标值');
    // the rule actually used, with its bounds and an example from the pair
    expect(md).toContain('本层级参考份额 10%（中位数, n=6）：份额在 7.5%–12.5% 之间为保持');
  });

  it('lists the documents\' goals dropped or relaxed in the checklist', () => {
    const report = structuredClone(sampleGapReport);
    const pair = report.pairs.find((p) => !p.skipLevel && p.childIndex === 2)!;
    const target = pair.targetChanges.find((c) => c.parentTarget && c.childTarget)!;
    pair.goalChanges.push({ ...target, child: null, parent: null, change: 'relaxed', parentTarget: { ...target.parentTarget!, metric: '地区生产总值增长' } });
    const checklist = renderMarkdown(report).split('## 方法说明')[0]!;
    expect(checklist).toContain('- 放宽: 文件目标：地区生产总值增长');
    // and the HTML page has a goals table in the pair's section
    const html = renderHtml(report);
    expect(html).toMatch(/<h3 id="pair-2-goals">文件目标<\/h3>\s*<table class="targets">/);
  });

  it('names documents as documents and tags only unmapped parts as local', () => {
    expect(md).not.toMatch(/^- 上级任务:/m);
    expect(md).toContain('- 上级文件: 市 · ');
    expect(md).toContain('- 下级文件: 县 · ');
    // every part of the city maps to a provincial part, so none is local
    const first = md.slice(md.indexOf('## 1. '), md.indexOf('## 2. '));
    expect(first).not.toContain('下级自设');
  });

  it('escapes pipes, line breaks and markup in cells', () => {
    // The county target phrase holds a line break; the metric holds ASCII quotes.
    expect(md).not.toMatch(/到2025年非常规水源利用量达到\n/);
    const hostile = renderMarkdown(hostileGapReport);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(hostile).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(hostile).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('prints English labels with lang en', () => {
    const en = renderMarkdown(sampleGapReport, { lang: 'en' });
    expect(en.startsWith('# Target cascade report')).toBe(true);
    expect(en).toContain('| relaxed |');
    expect(en).toContain('comparator: about → at least');
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(sampleGapReport);

  it('starts with a BOM, uses CRLF and stable snake_case keys', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(TARGET_COLUMNS.join(','));
    // The header does not depend on the label language.
    expect(renderCsv(sampleGapReport, { lang: 'en' })).toBe(csv);
  });

  it('parses back to one row per target change with commas, quotes and line breaks intact', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(totalChanges);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const col = (name: string): number => header!.indexOf(name);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    // The city title holds an ASCII comma and quotes.
    expect(records.find((r) => r.pair === '1-2')!.parent_title).toBe('青河市2023年重点工作任务（修订稿, 第"2"版）');
    expect(csv).toContain('"青河市2023年重点工作任务（修订稿, 第""2""版）"');
    const relaxed = records.find((r) => r.metric === '专利授权量增长')!;
    expect(relaxed).toMatchObject({ change: 'relaxed', parent_value: '18', child_value: '5', parent_unit: '%', parent_comparator: 'ge' });
    const water = records.find((r) => r.metric === '非常规水源利用量' && r.pair === '1-2')!;
    expect(water).toMatchObject({ parent_value: '80000000', child_value: '5000000', share: '0.0625', versus_reference: 'below', horizon_from: '年底前', horizon_to: '到2025年' });
    expect(water.child_text).toBe('到2025年非常规水源利用量达到\n500万立方米');
    const lower = records.find((r) => r.metric === '中小企业数字化改造')!;
    expect(lower).toMatchObject({ comparator_from: 'approx', comparator_to: 'ge', child_metric: '中小企业"数字化、智能化"改造', share: '0.1' });
    expect(records.find((r) => r.metric === '新增创新平台')).toMatchObject({ qualifier_from: '省级以上', qualifier_to: '市级以上', change: 'raised' });
    expect(records.find((r) => r.metric === '新增技术创新示范企业')).toMatchObject({ share: '1', share_is_one: 'true' });
    expect(records.find((r) => r.change === 'deferred')).toMatchObject({ note: '落实上级农村低保标准', child_value: '' });
    expect(rows.filter((r) => r[col('skip_level')] === 'true')).toHaveLength(1);
    // comparator codes need no formula guard; booleans are always written out; task ids verbatim
    for (const key of ['parent_comparator', 'child_comparator', 'comparator_from', 'comparator_to']) {
      for (const r of records) expect(r[key]).toMatch(/^(ge|gt|approx|le|lt|eq|)$/);
    }
    expect(csv).not.toContain("'=");
    for (const key of ['skip_level', 'share_is_one']) for (const r of records) expect(r[key]).toMatch(/^(true|false)$/);
    for (const r of records) expect([...sampleGapReport.pairs.flatMap((p) => p.targetChanges.map((c) => c.child ?? ''))]).toContain(r.child_task);
  });

  it('can print Chinese headers for people opening it in Excel', () => {
    const zh = renderCsv(sampleGapReport, { headers: 'labels' });
    expect(zh.slice(1, zh.indexOf('\r\n')).split(',').slice(0, 3)).toEqual(['层级对', '上级层级', '上级文件']);
    expect(zh).toContain('青河市 → 临水县,市,');
    expect(zh).toContain(',放宽,');
    expect(zh).not.toMatch(/,relaxed,|,ge,/);
  });
});

describe('renderReport', () => {
  it('dispatches every format', async () => {
    expect(REPORT_FORMATS).toEqual(['json', 'md', 'csv', 'xlsx', 'html']);
    for (const f of REPORT_FORMATS) {
      const out = await renderReport(sampleGapReport, f);
      if (f === 'xlsx') expect(out).toBeInstanceOf(Uint8Array);
      else expect(typeof out).toBe('string');
    }
  });

  it('rejects an unknown format with a one-line error listing the formats', async () => {
    const err = await renderReport(sampleGapReport, 'pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyCascadeError);
    expect((err as PolicyCascadeError).code).toBe('unknown-format');
    expect((err as PolicyCascadeError).exitCode).toBe(2);
    expect((err as Error).message).toBe('unknown format "pdf"; use one of: json, md, csv, xlsx, html');
  });
});

describe('renderers on a full-size report', () => {
  it('render 3 pairs × 120 tasks × 2 targets completely', async () => {
    const { buildLargeReport } = await import('./fixtures/report/large-gap-report.js');
    const big = buildLargeReport(120);
    const csvRows = parseCsv(renderCsv(big).slice(1));
    expect(csvRows).toHaveLength(1 + 3 * 240);
    const md = renderMarkdown(big);
    expect(md.match(/^### [一二三四五六七八九十]+、第\d+部分重点工作$/gm)).toHaveLength(3 * 11);
    const html = (await renderReport(big, 'html')) as string;
    expect(html.match(/<tr data-change="/g)).toHaveLength(3 * 240);
  });
});

describe('CSV formula guard', () => {
  it('prefixes text cells that a spreadsheet would run as formulas, unless disabled', () => {
    const report = structuredClone(sampleGapReport);
    report.pairs[1]!.targetChanges[0]!.evidence.parentText = '=HYPERLINK("http://x","y")';
    const line = renderCsv(report).split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const raw = renderCsv(report, { formulaGuard: false }).split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(raw).toContain('"=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('one language per report', () => {
  /** Every label string of a language, flattened. */
  const labelStrings = (lang: 'zh' | 'en'): string[] => {
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(REPORT_LABELS[lang]);
    return out;
  };
  const textOf = (html: string): string =>
    html
      .replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ');
  const documentText = JSON.stringify(sampleGapReport.documents);

  it('Chinese output has no English label or enum word', () => {
    const english = [...new Set(labelStrings('en').flatMap((s) => s.match(/[A-Za-z]{4,}/g) ?? []))].filter((w) => !documentText.includes(w));
    // warning codes are identifiers (like error codes), the same in every language
    const codes = new Set([...sampleGapReport.warnings, ...sampleGapReport.pairs.flatMap((p) => p.warnings)].map((w) => w.code));
    for (let out of [renderMarkdown(sampleGapReport), textOf(renderHtml(sampleGapReport))]) {
      for (const c of [...codes, 'policy-cascade']) out = out.replaceAll(c, '');
      const words = new Set(out.match(/[A-Za-z]{4,}/g) ?? []);
      expect(english.filter((w) => words.has(w))).toEqual([]);
    }
  });

  it('English output has no Chinese label', () => {
    const chinese = labelStrings('zh').filter((s) => s.length >= 3 && /^[\u4e00-\u9fff]+$/.test(s) && !documentText.includes(s));
    for (const out of [renderMarkdown(sampleGapReport, { lang: 'en' }), textOf(renderHtml(sampleGapReport, { lang: 'en' }))]) {
      expect(chinese.filter((s) => out.includes(s))).toEqual([]);
    }
  });
});

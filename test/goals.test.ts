import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import { GapReportSchema, PolicyDocumentSchema, type Target } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { renderMarkdown } from '../src/report/index.js';
import { readData } from './helpers/data.js';

/**
 * Document goals (issue 17): the targets a document sets above its tasks, and work reports, whose
 * 主要预期目标 paragraph gives the goals and whose review of last year gives nothing.
 */

const FIXTURES = resolve(__dirname, 'fixtures/work-reports');
const CORPUS = resolve(__dirname, '../../shared/corpora/government-work-reports.jsonl');

const brief = (targets: Target[]): Array<[string, number, string, string]> => targets.map((t) => [t.metric, t.value, t.unit, t.comparator]);

function workReport(name: 'city' | 'county') {
  return parseDocument(readFileSync(resolve(FIXTURES, `${name}.txt`), 'utf8'), { name: `${name}.txt`, level: name });
}

describe('document goals', () => {
  it('reads the bundled plan’s 主要目标 as its goals', () => {
    const plan = parseDocument(readData('plan'));
    expect(brief(plan.goals)).toEqual([
      ['高新技术产业产值占规上工业总产值比重提高', 3, '个百分点', '>='],
      ['四新经济增加值占比年均提高', 2, '个百分点', '~'],
      ['常住人口城镇化率', 60, '%', '~'],
    ]);
  });

  it('reads a goals paragraph and a preamble, and leaves tasks their own targets', () => {
    const text = [
      '某县2024年重点工作任务',
      '为推动高质量发展，制定本任务。全年力争地区生产总值增长7%左右。',
      '一、主要目标',
      '规模以上工业增加值增长8%，新增市场主体3000户。',
      '二、重点任务',
      '1.加快项目建设。新开工项目50个以上。（牵头单位：县发展改革局）',
      '2.稳定就业。全年工作目标为：城镇新增就业2000人以上。开展技能培训1000人次。（牵头单位：县人社局）',
    ].join('\n');
    const doc = parseDocument(text);
    expect(brief(doc.goals)).toEqual([
      ['地区生产总值增长', 7, '%', '~'],
      ['规模以上工业增加值增长', 8, '%', '='],
      ['新增市场主体', 3000, '户', '='],
      ['城镇新增就业', 2000, '人', '>='],
    ]);
    expect(doc.tasks.map((t) => [t.id, brief(t.targets)])).toEqual([
      ['1', [['新开工项目', 50, '个', '>=']]],
      ['2', [['技能培训', 1000, '人次', '=']]],
    ]);
    for (const g of doc.goals) expect(doc.source.slice(g.span.start, g.span.end)).toBe(g.text);
    expect(() => PolicyDocumentSchema.parse(doc)).not.toThrow();
  });

  it('keeps numbered items under a goals heading as tasks (a division-of-work list assigns them)', () => {
    const text = ['一、主要预期目标', '1.全市生产总值增长5%以上。', '牵头单位：市发展改革委', '2.城镇新增就业1万人。', '牵头单位：市人社局'].join('\n');
    const doc = parseDocument(text);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.goals).toEqual([]);
  });
});

describe('work reports', () => {
  it('parse as work-report: goals from 主要预期目标, tasks from the year’s work, nothing from the review', () => {
    const city = workReport('city');
    expect(city.genre).toBe('work-report');
    expect(brief(city.goals)).toEqual([
      ['地区生产总值增长', 6, '%', '~'],
      ['一般公共预算收入增长', 5, '%', '='],
      ['城镇新增就业', 30000, '人', '>='],
      ['城镇调查失业率', 5.5, '%', '<='],
      ['居民消费价格涨幅', 3, '%', '~'],
      ['单位地区生产总值能耗下降', 2.5, '%', '='],
    ]);
    expect(city.tasks.map((t) => t.id)).toEqual(['三.（一）', '三.（二）', '三.（三）']);
    // last year's 120 enterprises and 5.2% are neither tasks' targets nor goals
    const all = [...city.goals, ...city.tasks.flatMap((t) => t.targets)];
    expect(all.some((t) => t.value === 120 || t.value === 5.2)).toBe(false);
  });

  it('a city → county gap analysis reports the changes of their goals', () => {
    const report = analyzeCascade([workReport('city'), workReport('county')]);
    expect(() => GapReportSchema.parse(report)).not.toThrow();
    const goals = report.pairs[0]!.goalChanges.map((c) => [c.parentTarget?.metric ?? c.childTarget?.metric, c.change]);
    expect(goals).toEqual([
      ['地区生产总值增长', 'raised'],
      ['一般公共预算收入增长', 'kept'],
      ['城镇新增就业', 'kept'],
      ['城镇调查失业率', 'raised'],
      ['居民消费价格涨幅', 'kept'],
      ['单位地区生产总值能耗下降', 'dropped'],
      ['固定资产投资增长', 'added'],
    ]);
    const jobs = report.pairs[0]!.goalChanges[2]!;
    expect(jobs.share).toBeCloseTo(5000 / 30000, 6);
    expect(report.pairs[0]!.goalChanges.every((c) => c.child === null && c.parent === null)).toBe(true);
    // the tasks' targets are compared as before, apart from the goals
    expect(report.pairs[0]!.targetChanges.some((c) => c.parentTarget?.metric === '研发经费投入增长' && c.change === 'raised')).toBe(true);
    const md = renderMarkdown(report, { lang: 'en' });
    expect(md).toContain('### Document goals');
    expect(md).toMatch(/\| 地区生产总值增长 \| ≈6% \| ≈7% \|/);
  });

  it.skipIf(!existsSync(CORPUS))('the 2025 national work report: its goals include GDP, jobs, unemployment and CPI', () => {
    const line = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .find((l) => l.includes('"2025年中华人民共和国国务院政府工作报告"'))!;
    const doc = parseDocument((JSON.parse(line) as { content: string }).content);
    expect(doc.genre).toBe('work-report');
    const goals = brief(doc.goals);
    expect(goals).toContainEqual(['国内生产总值增长', 5, '%', '~']);
    expect(goals).toContainEqual(['城镇新增就业', 12_000_000, '人', '>=']);
    expect(goals).toContainEqual(['城镇调查失业率', 5.5, '%', '~']);
    expect(goals).toContainEqual(['居民消费价格涨幅', 2, '%', '~']);
    expect(doc.tasks.length).toBeGreaterThanOrEqual(10);
  });
});

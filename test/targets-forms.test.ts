import { describe, expect, it } from 'vitest';
import { extractTargets } from '../src/targets/index.js';
import type { Target } from '../src/model/index.js';

/**
 * Target forms seen in real documents of other regions and levels (issue 17), each on sentences the team
 * wrote in that wording, with its known answer.
 */

function brief(targets: Target[]): Array<[number, string, string, string]> {
  return targets.map((t) => [t.value, t.unit, t.comparator, t.metric]);
}

describe('forms of a committed figure', () => {
  it('reads a verb after the number (拟按X%安排, 按X%执行)', () => {
    expect(brief(extractTargets('今年财政赤字率拟按2.9%安排。'))).toEqual([[2.9, '%', '=', '财政赤字率']]);
    expect(brief(extractTargets('失业保险费率继续按1%执行。'))).toEqual([[1, '%', '=', '失业保险费率']]);
    // the change that follows names the same subject
    expect(brief(extractTargets('赤字率拟按3.5%左右安排、比上年提高0.5个百分点。'))).toEqual([
      [3.5, '%', '~', '赤字率'],
      [0.5, '个百分点', '=', '赤字率比上年提高'],
    ]);
  });

  it('reads the amount before its noun (发行X亿元债券, 将X亿元资金纳入…)', () => {
    expect(brief(extractTargets('全年发行300亿元专项债券。'))).toEqual([[30000000000, '元', '=', '专项债券']]);
    const [t] = extractTargets('将1.5亿元市级财政资金纳入直达机制。');
    expect([t!.value, t!.unit]).toEqual([150000000, '元']);
    expect(t!.metric).toContain('市级财政资金');
  });

  it('reads 共 before the number', () => {
    expect(brief(extractTargets('新建和改造农村公路共1200公里。'))).toEqual([[1200, '公里', '=', '新建和改造农村公路']]);
  });

  it('counts people when 万 or 亿 leaves the unit to the noun', () => {
    expect(brief(extractTargets('农村低收入人口减少20万以上。'))).toEqual([[200000, '人', '>=', '农村低收入人口减少']]);
    expect(brief(extractTargets('帮助30万以上困难人口稳定就业。'))).toEqual([[300000, '人', '>=', '困难人口稳定就业']]);
  });

  it('keeps the starting figure of a from-to change as the baseline', () => {
    const [t] = extractTargets('将城乡居民医保财政补助标准由每人每年610元提高到640元。');
    expect([t!.value, t!.unit, t!.baseline, t!.metric, t!.kind]).toEqual([640, '元', 610, '城乡居民医保财政补助标准', 'intensive']);
    expect(t!.qualifiers).toEqual(['每人每年']);
    const [r] = extractTargets('森林覆盖率从去年的35.2%提高到36%。');
    expect([r!.value, r!.baseline, r!.metric]).toEqual([36, 35.2, '森林覆盖率']);
    const [m] = extractTargets('新增储能装机由3万千瓦增加到5万千瓦。');
    expect([m!.value, m!.baseline]).toEqual([50000, 30000]);
    // a multiplier printed without a unit is folded in once; a bare figure takes the target's unit
    expect(extractTargets('转移就业人数由1.2万提高到1.5万人。').map((x) => [x.value, x.baseline])).toEqual([[15000, 12000]]);
    expect(extractTargets('转移就业人数由1.2提高到1.5万人。').map((x) => [x.value, x.baseline])).toEqual([[15000, 12000]]);
  });

  it('gives each subject of a 分别 list its item and shares a trailing comparator', () => {
    expect(brief(extractTargets('城镇和农村居民人均可支配收入分别增长5%、7%左右。'))).toEqual([
      [5, '%', '~', '城镇居民人均可支配收入增长'],
      [7, '%', '~', '农村居民人均可支配收入增长'],
    ]);
    expect(brief(extractTargets('工业投资和技改投资分别增长8%和12%。'))).toEqual([
      [8, '%', '=', '工业投资增长'],
      [12, '%', '=', '技改投资增长'],
    ]);
  });

  it('reads a commitment in quotation marks, but not a quoted name', () => {
    expect(brief(extractTargets('确保完成“新增城镇就业8000人以上、城镇调查失业率5%以内”的任务。'))).toEqual([
      [8000, '人', '>=', '新增城镇就业'],
      [5, '%', '<=', '城镇调查失业率'],
    ]);
    expect(extractTargets('落实“助企纾困20条”，实施“双100”工程，推进“十四五”规划。')).toEqual([]);
  });

  it('reads question-and-answer text: the answer commits, the question does not', () => {
    const text = '问：明年新增就业的目标是8000人吗？答：全县城镇新增就业9000人以上，新增市场主体3000户。';
    expect(brief(extractTargets(text))).toEqual([
      [9000, '人', '>=', '城镇新增就业'],
      [3000, '户', '=', '新增市场主体'],
    ]);
  });

  it('reads traditional characters itself', () => {
    const [t] = extractTargets('新增綠色工廠10個以上，完成造林3萬畝。');
    expect([t!.value, t!.unit, t!.comparator]).toEqual([10, '个', '>=']);
    expect(t!.text).toBe('新增绿色工厂10个以上'); // simplified, at the offsets of the input
    expect(t!.span).toEqual({ start: 0, end: 11 });
    expect(extractTargets('完成造林3萬畝。', { traditional: false })).toEqual([]);
  });

  it('reads a unit left to the column header of a table', () => {
    const text = ['序号 | 项目名称 | 建设内容 | 年度投资（万元） | 责任单位 |', '1 | 城区供水管网改造 | 改造管网12公里 | 850 | 住建局 |'].join('\n');
    expect(brief(extractTargets(text))).toEqual([
      [12, '公里', '=', '改造管网'],
      [8500000, '元', '=', '年度投资'],
    ]);
  });
});

describe('figures that are not targets', () => {
  it('skips counts that describe the document, policy names and scopes', () => {
    expect(extractTargets('方案共明确56项具体任务、21个牵头单位，部署30项重点工作。')).toEqual([]);
    expect(extractTargets('出台支持民营经济发展25条措施。')).toEqual([]);
    expect(extractTargets('聚焦12条重点产业链开展招商。')).toEqual([]);
  });

  it('skips project size thresholds, award caps and population sizes', () => {
    expect(brief(extractTargets('开工总投资超10亿元的项目15个。'))).toEqual([[15, '个', '=', '开工总投资超10亿元的项目']]);
    expect(extractTargets('对新认定的企业给予奖励，最高50万元。')).toEqual([]);
    expect(extractTargets('全市有500万人口，是人口大市。')).toEqual([]);
  });

  it('skips the review of an earlier year, but reads the year ahead', () => {
    const text = '2023年，全区地区生产总值增长5.1%，新增就业1.2万人。2024年，地区生产总值增长6%左右。';
    expect(brief(extractTargets(text, { referenceYear: 2024 }))).toEqual([[6, '%', '~', '地区生产总值增长']]);
    // without a reference year the year whose goals the text sets stands in for it
    const report = '过去一年，全区新增就业1.2万人。\n2024年主要预期目标：地区生产总值增长6%左右。';
    expect(brief(extractTargets(report))).toEqual([[6, '%', '~', '地区生产总值增长']]);
  });

  it('skips the cells of a progress column', () => {
    const text = [
      '序号 | 任务 | 年度目标 | 1-6月完成情况 |',
      '1 | 绿化提升 | 新增绿地20公顷 | 已完成12公顷，完成率60% |',
    ].join('\n');
    expect(brief(extractTargets(text))).toEqual([[20, '公顷', '=', '新增绿地']]);
  });
});

describe('metrics', () => {
  it('leave out planning verbs and keep what is measured', () => {
    expect(extractTargets('拟安排地方政府专项债券500亿元。')[0]!.metric).toBe('地方政府专项债券');
    expect(extractTargets('市级预算内投资拟安排20亿元。')[0]!.metric).toBe('市级预算内投资');
    expect(extractTargets('继续代发地方债100亿元。')[0]!.metric).toBe('代发地方债');
    expect(extractTargets('全年再完成棚户区改造3000套。')[0]!.metric).toBe('棚户区改造');
    // 再生 and 先进 are words of their own
    expect(extractTargets('再生水利用率达到30%。')[0]!.metric).toBe('再生水利用率');
  });

  it('name the subject of a change against last year', () => {
    expect(brief(extractTargets('一般公共预算支出3000亿元、比上年增加120亿元。'))).toEqual([
      [300000000000, '元', '=', '一般公共预算支出'],
      [12000000000, '元', '=', '一般公共预算支出比上年增加'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractTargets } from '../src/targets/index.js';
import type { Target } from '../src/model/index.js';

/**
 * Rules added after the holdout measurement (test/targets-holdout.test.ts). Sentences are synthetic, in
 * the wording of other regions' task lists and plans, each with its known answer.
 */

function brief(targets: Target[]): Array<[number, string, string]> {
  return targets.map((t) => [t.value, t.unit, t.comparator]);
}

describe('comparators', () => {
  it('reads 超 directly before a number as >', () => {
    expect(brief(extractTargets('战略性新兴产业增加值占规模以上工业增加值的比重超36%。'))).toEqual([[36, '%', '>']]);
    const t = extractTargets('比重超36%。')[0]!;
    expect(t.metric).toBe('比重');
  });

  it('keeps a size threshold opened by 超 out of the targets', () => {
    expect(brief(extractTargets('推动年营业收入超5亿元的企业达到20家。'))).toEqual([[20, '家', '=']]);
  });

  it('distributes a comparator over a bare list of numbers', () => {
    expect(brief(extractTargets('两类企业分别超过95家和880家。'))).toEqual([
      [95, '家', '>'],
      [880, '家', '>'],
    ]);
    expect(brief(extractTargets('直管县不低于80%、70%的补助。'))).toEqual([
      [80, '%', '>='],
      [70, '%', '>='],
    ]);
  });

  it('does not distribute a suffix comparator over the next number', () => {
    expect(brief(extractTargets('培育企业50家以上、100家。'))).toEqual([
      [50, '家', '>='],
      [100, '家', '='],
    ]);
  });

  it('reads 减少到 as <= and 保持 as =', () => {
    expect(brief(extractTargets('重污染天数减少到5天。'))).toEqual([[5, '天', '<=']]);
    const kept = extractTargets('生活垃圾无害化处理率保持100%。')[0]!;
    expect(kept.comparator).toBe('=');
    expect(kept.metric).toBe('生活垃圾无害化处理率');
  });
});

describe('per-unit standards in a list', () => {
  it('gives every item of 每人每月900元、700元 the per-unit reading', () => {
    const t = extractTargets('城乡低保标准分别提高到每人每月900元、700元。');
    expect(brief(t)).toEqual([
      [900, '元', '='],
      [700, '元', '='],
    ]);
    expect(t.map((x) => x.kind)).toEqual(['intensive', 'intensive']);
    expect(t[1]!.qualifiers).toContain('每人每月');
    expect(t.map((x) => x.metric)).toEqual(['城乡低保标准', '城乡低保标准']);
  });
});

describe('background sentences', () => {
  it('skips what has been achieved since a past period began', () => {
    const t = extractTargets('“十四五”以来，全市新增高新技术企业320家，总数达到780家。到2025年，高新技术企业总数达到1100家以上。');
    expect(brief(t)).toEqual([[1100, '家', '>=']]);
  });

  it('skips a 截至 status when the text looks forward to a later year', () => {
    const t = extractTargets('截至2022年底，全市累计建成充换电站860座。到2025年，充换电站保有量达到2000座以上。');
    expect(brief(t)).toEqual([[2000, '座', '>=']]);
  });

  it('keeps a 截至 goal when no later year is in view', () => {
    expect(brief(extractTargets('截至2025年底，全市充换电站达到2000座。'))).toEqual([[2000, '座', '=']]);
  });

  it('with a reference year, skips sentences led by an earlier year but keeps yearly milestones', () => {
    const text = '2022年，全县实现地区生产总值286亿元，增长4.5%。2023年，地区生产总值增长6%以上。';
    expect(extractTargets(text)).toHaveLength(3); // no reference year: every figure is read
    expect(brief(extractTargets(text, { referenceYear: 2023 }))).toEqual([[6, '%', '>=']]);
    const milestones = extractTargets('2023年完成建设38个、2024年完成建设39个。', { referenceYear: 2023 });
    expect(brief(milestones)).toEqual([
      [38, '个', '='],
      [39, '个', '='],
    ]);
  });

  it('starts a goal again after a commitment word', () => {
    expect(brief(extractTargets('近年来成效明显，力争新增企业20家。'))).toEqual([[20, '家', '=']]);
  });

  it('reads 在2022年的基础上 as a baseline, not a horizon', () => {
    const t = extractTargets('到2027年，企业数量在2022年的基础上实现倍增，超过90家。')[0]!;
    expect(t.horizon).toBe('到2027年');
  });
});

describe('numbers and units', () => {
  it('reads an amount followed by a verb as a commitment', () => {
    expect(brief(extractTargets('突出工业主体地位，投资150亿元实施工业项目“166”工程。'))).toEqual([[15000000000, '元', '=']]);
    // a noun after the amount still makes it a specification
    expect(extractTargets('谋划年产10万吨项目。')).toEqual([]);
  });

  it('counts 部 but not 部门 or 部分', () => {
    expect(brief(extractTargets('加装电梯60部。'))).toEqual([[60, '部', '=']]);
    expect(extractTargets('12部门联合开展专项行动。')).toEqual([]);
  });

  it('reads 900万以上…人口 as people', () => {
    const t = extractTargets('完成900万以上农村贫困人口脱贫任务。');
    expect(brief(t)).toEqual([[9000000, '人', '>=']]);
    expect(extractTargets('覆盖900万以上农村地区。')).toEqual([]);
  });

  it('reads an age or other spec unit as the target when a committed phrase ends on it', () => {
    const t = extractTargets('人均预期寿命达到79.5岁，婴儿死亡率控制在4‰以内。');
    expect(brief(t)).toEqual([
      [79.5, '岁', '='],
      [4, '‰', '<='],
    ]);
    expect(t[0]!.kind).toBe('intensive');
    expect(brief(extractTargets('新增3岁以下婴幼儿托位3000个。'))).toEqual([[3000, '个', '=']]);
  });

  it('reads a share closing on 覆盖 as a target', () => {
    const t = extractTargets('实现高速公路服务区充电设施100%覆盖。');
    expect(brief(t)).toEqual([[100, '%', '=']]);
    expect(t[0]!.metric).toBe('高速公路服务区充电设施');
  });

  it('counts 一条 after a verb of construction only', () => {
    expect(brief(extractTargets('新建一条高速公路。'))).toEqual([[1, '条', '=']]);
    expect(extractTargets('打造一条完整产业链。')).toEqual([]);
  });
});

describe('metrics', () => {
  it('gives a running total the subject of the previous target', () => {
    const t = extractTargets('力争新建成开通5G基站2500个，总量突破1万个。');
    expect(t.map((x) => x.metric)).toEqual(['新建成开通5G基站', '5G基站总量']);
    const c = extractTargets('新建5G基站1500个，累计达到6000个以上。');
    expect(c[1]!.metric).toBe('5G基站累计');
    const g = extractTargets('进出口总额突破80亿元，同比增长10%。');
    expect(g[1]!.metric).toBe('进出口总额同比增长');
  });

  it('keeps a verb as the metric when the subject is a different clause', () => {
    const t = extractTargets('科技型中小企业在库1200个左右，开工建设800个左右。');
    expect(t.map((x) => x.metric)).toEqual(['科技型中小企业在库', '开工建设']);
  });

  it('drops 分别 and footnote marks from metrics', () => {
    expect(extractTargets('城乡居民人均可支配收入分别增长6%、8.5%。').map((x) => x.metric)).toEqual([
      '城乡居民人均可支配收入增长',
      '城乡居民人均可支配收入增长',
    ]);
    expect(extractTargets('新开发“双协员”[18]260个。')[0]!.metric).toBe('新开发双协员');
  });
});

import { describe, expect, it } from 'vitest';
import {
  analyzeCascade,
  comparePair,
  compareWithReference,
  findDeferralClauses,
  leadUnitChanges,
  metricSimilarity,
  referenceShareFor,
} from '../src/compare/index.js';
import { normalizeDepartment } from '../src/vocabulary/index.js';
import { isPolicyCascadeError } from '../src/errors.js';
import {
  GapReportSchema,
  PairReportSchema,
  type Alignment,
  type Comparator,
  type PolicyDocument,
  type Target,
  type TargetChange,
  type Task,
} from '../src/model/index.js';

// ---- small hand-built documents -------------------------------------------------------------------

interface T {
  metric: string;
  value: number;
  unit: string;
  comparator?: Comparator;
  kind?: 'extensive' | 'intensive';
  max?: number;
  qualifiers?: string[];
  horizon?: string;
}

function target(t: T): Target {
  return {
    value: t.value,
    ...(t.max === undefined ? {} : { max: t.max }),
    unit: t.unit,
    rawUnit: t.unit,
    comparator: t.comparator ?? '=',
    kind: t.kind ?? (t.unit === '%' || t.unit === '个百分点' ? 'intensive' : 'extensive'),
    metric: t.metric,
    qualifiers: t.qualifiers ?? [],
    ...(t.horizon === undefined ? {} : { horizon: t.horizon }),
    approximate: false,
    qualitative: false,
    text: `${t.metric}${t.value}${t.unit}`,
    span: { start: 0, end: 1 },
  };
}

interface TaskSpec {
  id: string;
  section?: string;
  heading?: string;
  text?: string;
  lead?: string[];
  targets?: T[];
}

function task(spec: TaskSpec, index: number): Task {
  const heading = spec.heading ?? `任务${spec.id}。`;
  const targets = (spec.targets ?? []).map(target);
  return {
    id: spec.id,
    index,
    sectionPath: [spec.section ?? '一'],
    heading,
    text: spec.text ?? heading + targets.map((t) => t.text).join('，'),
    leadUnits: spec.lead ?? [],
    supportUnits: [],
    span: { start: index, end: index + 1 },
    headingSpan: { start: index, end: index + 1 },
    // spans ordered by position so sorting is by document order
    targets: targets.map((t, i) => ({ ...t, span: { start: index * 100 + i, end: index * 100 + i + 1 } })),
  };
}

function doc(level: 'province' | 'city' | 'county', tasks: TaskSpec[], title = `${level} 2023年重点工作任务`): PolicyDocument {
  const built = tasks.map(task);
  const sectionIds = [...new Set(built.map((t) => t.sectionPath[0]!))];
  return {
    title,
    level,
    genre: 'task-list',
    sections: sectionIds.map((id) => ({
      id,
      path: [id],
      title: `第${id}部分`,
      span: { start: 0, end: 1 },
      taskIds: built.filter((t) => t.sectionPath[0] === id).map((t) => t.id),
    })),
    tasks: built,
    goals: [],
    warnings: [],
    source: 'x',
    name: `${level}.txt`,
  };
}

function alignment(parent: PolicyDocument, child: PolicyDocument, links: Array<[string, string[]]>): Alignment {
  const linkedP = new Set(links.flatMap(([, ps]) => ps));
  const linkedC = new Set(links.map(([c]) => c));
  return {
    child: { title: child.title, level: child.level, genre: child.genre },
    parent: { title: parent.title, level: parent.level, genre: parent.genre },
    links: links.map(([c, ps]) => ({
      child: c,
      parents: ps,
      score: 0.9,
      relation: ps.length > 1 ? 'merged' : 'same',
      evidence: { signals: { heading: 1, body: 1, numbers: 1, leadUnits: 1, order: 1 }, sharedTerms: [], headingDiff: [] },
    })),
    droppedParents: parent.tasks.filter((t) => !linkedP.has(t.id)).map((t) => t.id),
    addedChildren: child.tasks.filter((t) => !linkedC.has(t.id)).map((t) => t.id),
    sections: [],
    droppedParentSections: [],
    warnings: [],
  };
}

const OPTS = { tolerance: 0.25, metricThreshold: 0.3, deferralThreshold: 0.5 };

function compare(parentTasks: TaskSpec[], childTasks: TaskSpec[], links: Array<[string, string[]]>, opts: Partial<typeof OPTS> & { referenceShare?: number } = {}) {
  const parent = doc('city', parentTasks);
  const child = doc('county', childTasks);
  const report = comparePair(
    { parent, child, parentIndex: 0, childIndex: 1, skipLevel: false, alignment: alignment(parent, child, links) },
    { ...OPTS, ...opts },
  );
  PairReportSchema.parse(report);
  return report;
}

function byMetric(changes: TargetChange[], metric: string): TargetChange {
  const found = changes.find((c) => (c.parentTarget ?? c.childTarget)!.metric === metric);
  if (!found) throw new Error(`no change for ${metric}: ${changes.map((c) => (c.parentTarget ?? c.childTarget)!.metric).join(', ')}`);
  return found;
}

// ---- intensive targets --------------------------------------------------------------------------

describe('intensive targets compare values', () => {
  const r = compare(
    [
      {
        id: '1',
        targets: [
          { metric: '专利授权量增长', value: 18, unit: '%', comparator: '>=' },
          { metric: '数字经济核心产业增加值增长', value: 15, unit: '%', comparator: '>=' },
          { metric: '占GDP比重', value: 3, unit: '%' },
        ],
      },
    ],
    [
      {
        id: '1',
        targets: [
          { metric: '占GDP比重', value: 3, unit: '%' },
          { metric: '专利授权量增长', value: 5, unit: '%', comparator: '>=' },
          { metric: '数字经济核心产业增加值增长', value: 18, unit: '%', comparator: '>=' },
        ],
      },
    ],
    [['1', ['1']]],
  );

  it('lower is relaxed, higher raised, equal kept (pairs found by metric, whatever the order)', () => {
    expect(byMetric(r.targetChanges, '专利授权量增长').change).toBe('relaxed');
    expect(byMetric(r.targetChanges, '专利授权量增长').childTarget?.value).toBe(5);
    expect(byMetric(r.targetChanges, '数字经济核心产业增加值增长').change).toBe('raised');
    expect(byMetric(r.targetChanges, '占GDP比重').change).toBe('kept');
    expect(r.targetChanges.every((c) => c.share === undefined)).toBe(true);
    expect(byMetric(r.targetChanges, '专利授权量增长').evidence.metricSimilarity).toBe(1);
  });

  it('a ceiling (以内, 控制在) reverses the direction: a lower child number is stricter', () => {
    const pm = (value: number) =>
      compare(
        [{ id: '1', targets: [{ metric: 'PM2.5平均浓度', value: 35, unit: '微克/立方米', comparator: '<=', kind: 'intensive' }] }],
        [{ id: '1', targets: [{ metric: 'PM2.5平均浓度', value, unit: '微克/立方米', comparator: '<=', kind: 'intensive' }] }],
        [['1', ['1']]],
      ).targetChanges[0]!.change;
    expect(pm(33)).toBe('raised');
    expect(pm(40)).toBe('relaxed');
    expect(pm(35)).toBe('kept');
  });

  it('ranges compare by the lower bound, then the upper bound', () => {
    const rate = (value: number, max?: number) =>
      compare(
        [{ id: '1', targets: [{ metric: '研发投入增长', value: 10, max: 15, unit: '%' }] }],
        [{ id: '1', targets: [{ metric: '研发投入增长', value, ...(max === undefined ? {} : { max }), unit: '%' }] }],
        [['1', ['1']]],
      ).targetChanges[0]!.change;
    expect(rate(12, 15)).toBe('raised');
    expect(rate(8, 15)).toBe('relaxed');
    expect(rate(10, 15)).toBe('kept');
    expect(rate(10, 20)).toBe('raised');
    expect(rate(10, 12)).toBe('relaxed');
  });
});

// ---- extensive targets: shares ------------------------------------------------------------------

describe('extensive targets compare shares with a reference', () => {
  const parentTasks: TaskSpec[] = [
    {
      id: '1',
      targets: [
        { metric: '新增高新技术企业', value: 100, unit: '家', comparator: '>=' },
        { metric: '科技型中小企业入库', value: 800, unit: '家' },
        { metric: '新增省级智能工厂', value: 10, unit: '家' },
        { metric: '专精特新企业与链主企业对接', value: 200, unit: '家' },
        { metric: '省级融链固链对接交流活动', value: 2, unit: '场' },
        { metric: '非常规水源利用量', value: 80_000_000, unit: '立方米', comparator: '>=' },
      ],
    },
  ];
  const childTasks: TaskSpec[] = [
    {
      id: '1',
      targets: [
        { metric: '新增高新技术企业', value: 10, unit: '家', comparator: '>=' },
        { metric: '科技型中小企业入库', value: 80, unit: '家' },
        { metric: '新增省级智能工厂', value: 2, unit: '家' },
        { metric: '专精特新企业与链主企业对接', value: 10, unit: '家' },
        { metric: '省级融链固链对接交流活动', value: 2, unit: '场' },
        { metric: '非常规水源利用量', value: 7_000_000, unit: '立方米', comparator: '>=' },
      ],
    },
  ];

  it('share = child / parent; the default reference is the median share, shares of 1 left out', () => {
    const r = compare(parentTasks, childTasks, [['1', ['1']]]);
    // shares: 0.1, 0.1, 0.2, 0.05, (1), 0.0875 → median of [0.05, 0.0875, 0.1, 0.1, 0.2] = 0.1
    expect(r.referenceShare).toEqual({ value: 0.1, source: 'median', count: 5, tolerance: 0.25 });
    const hi = byMetric(r.targetChanges, '新增高新技术企业');
    expect(hi.share).toBe(0.1);
    expect(hi.versusReference).toBe('proportional');
    expect(hi.change).toBe('kept');
    const water = byMetric(r.targetChanges, '非常规水源利用量');
    expect(water.share).toBe(0.0875);
    expect(water.versusReference).toBe('proportional');
    const factory = byMetric(r.targetChanges, '新增省级智能工厂');
    expect(factory.share).toBe(0.2);
    expect([factory.versusReference, factory.change]).toEqual(['above', 'raised']);
    const chain = byMetric(r.targetChanges, '专精特新企业与链主企业对接');
    expect([chain.share, chain.versusReference, chain.change]).toEqual([0.05, 'below', 'relaxed']);
  });

  it('a share of 1 (the child copies the absolute number) is flagged', () => {
    const r = compare(parentTasks, childTasks, [['1', ['1']]]);
    const copy = byMetric(r.targetChanges, '省级融链固链对接交流活动');
    expect(copy.share).toBe(1);
    expect(copy.shareIsOne).toBe(true);
    expect(copy.versusReference).toBe('above');
    expect(copy.change).toBe('raised');
    expect(r.targetChanges.filter((c) => c.shareIsOne)).toHaveLength(1);
  });

  it('a reference share given as an option replaces the median', () => {
    const r = compare(parentTasks, childTasks, [['1', ['1']]], { referenceShare: 0.2 });
    expect(r.referenceShare.source).toBe('option');
    expect(r.referenceShare.value).toBe(0.2);
    expect(byMetric(r.targetChanges, '新增省级智能工厂').change).toBe('kept');
    expect(byMetric(r.targetChanges, '新增高新技术企业').change).toBe('relaxed');
  });

  it('tolerance edges: |share / reference − 1| ≤ tolerance is proportional', () => {
    expect(compareWithReference(0.125, 0.1, 0.25)).toBe('proportional');
    expect(compareWithReference(0.075, 0.1, 0.25)).toBe('proportional');
    expect(compareWithReference(0.1251, 0.1, 0.25)).toBe('above');
    expect(compareWithReference(0.0749, 0.1, 0.25)).toBe('below');
    expect(compareWithReference(0.1, 0.1, 0)).toBe('proportional');
    expect(compareWithReference(0.1001, 0.1, 0)).toBe('above');
    const wide = compare(parentTasks, childTasks, [['1', ['1']]], { tolerance: 1.5 });
    expect(wide.targetChanges.filter((c) => c.share !== undefined && c.share < 0.26).every((c) => c.change === 'kept')).toBe(true);
  });

  it('median: even count averages the middle two; all-ones falls back to 1; nothing → null', () => {
    expect(referenceShareFor([0.1, 0.3, 1, 0.2, 0.4], undefined, 0.25)).toEqual({ value: 0.25, source: 'median', count: 4, tolerance: 0.25 });
    expect(referenceShareFor([1, 1], undefined, 0.25)).toEqual({ value: 1, source: 'median', count: 2, tolerance: 0.25 });
    expect(referenceShareFor([], undefined, 0.1)).toEqual({ value: null, source: 'none', count: 0, tolerance: 0.1 });
  });

  it('an extensive ceiling (用水总量控制在…以内) flips: a share above the reference is a looser cap', () => {
    const cap = (referenceShare: number) =>
      compare(
        [{ id: '1', targets: [{ metric: '年度用水总量', value: 2_010_000_000, unit: '立方米', comparator: '<=' }] }],
        [{ id: '1', targets: [{ metric: '年度用水总量', value: 220_700_000, unit: '立方米', comparator: '<=' }] }],
        [['1', ['1']]],
        { referenceShare },
      ).targetChanges[0]!;
    expect(cap(0.1).versusReference).toBe('proportional');
    expect(cap(0.05).versusReference).toBe('above');
    expect(cap(0.05).change).toBe('relaxed');
    expect(cap(0.3).change).toBe('raised');
  });

  it('compatible units of one dimension are converted before the share (兆瓦 against 千瓦)', () => {
    const r = compare(
      [{ id: '1', targets: [{ metric: '新能源装机容量', value: 3500, unit: '兆瓦' }] }],
      [{ id: '1', targets: [{ metric: '新能源装机容量', value: 350_000, unit: '千瓦' }] }],
      [['1', ['1']]],
    );
    expect(r.targetChanges[0]!.share).toBe(0.1);
  });
});

// ---- pairing, dropped, added --------------------------------------------------------------------

describe('pairing targets and unpaired ones', () => {
  it('units must be compatible: % never pairs with 个百分点 or 家', () => {
    const r = compare(
      [{ id: '1', targets: [{ metric: '城镇化率提高', value: 1, unit: '个百分点' }] }],
      [{ id: '1', targets: [{ metric: '城镇化率提高', value: 2, unit: '%' }] }],
      [['1', ['1']]],
    );
    expect(r.targetChanges.map((c) => c.change).sort()).toEqual(['added', 'dropped']);
  });

  it('unpaired parent targets are dropped, unpaired child targets added; whole tasks too', () => {
    const r = compare(
      [
        { id: '1', targets: [{ metric: '水土保持率', value: 94.906, unit: '%' }, { metric: '治理水土流失面积', value: 20, unit: '平方公里' }] },
        { id: '2', section: '二', targets: [{ metric: '海洋牧场', value: 5, unit: '处' }] },
      ],
      [
        { id: '1', targets: [{ metric: '治理水土流失面积', value: 2.55, unit: '平方公里' }, { metric: '新建口袋公园', value: 3, unit: '个' }] },
        { id: '2', section: '二', targets: [{ metric: '非遗项目入驻学校', value: 12, unit: '个' }] },
      ],
      [['1', ['1']]],
    );
    const soil = byMetric(r.targetChanges, '水土保持率');
    expect([soil.change, soil.parent, soil.child]).toEqual(['dropped', '1', '1']);
    const sea = byMetric(r.targetChanges, '海洋牧场');
    expect([sea.change, sea.parent, sea.child]).toEqual(['dropped', '2', null]);
    const park = byMetric(r.targetChanges, '新建口袋公园');
    expect([park.change, park.parent, park.child]).toEqual(['added', '1', '1']);
    const local = byMetric(r.targetChanges, '非遗项目入驻学校');
    expect([local.change, local.parent, local.child]).toEqual(['added', null, '2']);
    expect(r.summary.targets).toEqual({ kept: 1, relaxed: 0, raised: 0, dropped: 2, added: 2, deferred: 0 });
    expect(r.summary.tasks).toMatchObject({ child: 2, parent: 2, linked: 1, dropped: 1, added: 1 });
    expect(r.summary.bySection).toEqual([
      { section: '一', title: '第一部分', droppedTasks: 0, targets: { kept: 1, relaxed: 0, raised: 0, dropped: 1, added: 1, deferred: 0 } },
      { section: '二', title: '第二部分', droppedTasks: 1, targets: { kept: 0, relaxed: 0, raised: 0, dropped: 1, added: 0, deferred: 0 } },
    ]);
  });

  it('same unit, several targets: each pairs with the most similar metric, one to one', () => {
    const r = compare(
      [{ id: '1', targets: [{ metric: '新增省级技术创新示范企业', value: 2, unit: '家' }, { metric: '省级以上质量标杆企业', value: 3, unit: '家' }] }],
      [{ id: '1', targets: [{ metric: '省级以上质量标杆企业', value: 1, unit: '家' }, { metric: '培育省级技术创新示范企业', value: 1, unit: '家' }] }],
      [['1', ['1']]],
    );
    for (const c of r.targetChanges) expect(metricSimilarity(c.parentTarget!.metric, c.childTarget!.metric)).toBeGreaterThan(0.6);
    expect(byMetric(r.targetChanges, '省级以上质量标杆企业').childTarget?.metric).toBe('省级以上质量标杆企业');
  });

  it('a county task merging two city tasks pairs targets from both parents', () => {
    const r = compare(
      [
        { id: '1', targets: [{ metric: '新建5G基站', value: 2500, unit: '个' }] },
        { id: '2', targets: [{ metric: '新增数据中心机架', value: 1000, unit: '个' }] },
      ],
      [{ id: '1', targets: [{ metric: '新增数据中心机架', value: 100, unit: '个' }, { metric: '新建5G基站', value: 250, unit: '个' }] }],
      [['1', ['1', '2']]],
    );
    expect(r.targetChanges.map((c) => [c.parent, c.child, c.share])).toEqual([
      ['1', '1', 0.1],
      ['2', '1', 0.1],
    ]);
  });

  it('a weak metric match is paired when it fills the same slot between paired neighbours', () => {
    const list = (middle: T): TaskSpec[] => [
      {
        id: '1',
        targets: [
          { metric: '引进省级以上高层次人才', value: 15, unit: '人' },
          middle,
          { metric: '高校毕业生', value: 30000, unit: '人' },
        ],
      },
    ];
    const r = compare(list({ metric: '海外人才', value: 100, unit: '人' }), list({ metric: '海外留学归国人员', value: 8, unit: '人' }), [['1', ['1']]]);
    expect(metricSimilarity('海外人才', '海外留学归国人员')).toBeLessThan(0.3);
    expect(byMetric(r.targetChanges, '海外人才').childTarget?.metric).toBe('海外留学归国人员');
    // out of slot (the child lists it last) the weak match is not enough
    const moved = compare(
      list({ metric: '海外人才', value: 100, unit: '人' }),
      [{ id: '1', targets: [{ metric: '引进省级以上高层次人才', value: 1, unit: '人' }, { metric: '高校毕业生', value: 4000, unit: '人' }, { metric: '海外留学归国人员', value: 8, unit: '人' }] }],
      [['1', ['1']]],
    );
    expect(byMetric(moved.targetChanges, '海外人才').change).toBe('dropped');
  });

  it('a parallel enumeration paired across its slots is re-paired slot by slot', () => {
    // the city states the noun once (在库…项目) and elides it from the later clauses; 在库 ↔ 在建 looks alike
    const city: TaskSpec[] = [
      {
        id: '1',
        targets: [
          { metric: '在库省市县重点项目', value: 1200, unit: '个', comparator: '~', qualifiers: ['省市县'] },
          { metric: '开工建设', value: 800, unit: '个', comparator: '~' },
          { metric: '竣工投产', value: 400, unit: '个', comparator: '~' },
        ],
      },
    ];
    const county = (metrics: string[]): TaskSpec[] => [
      { id: '1', targets: metrics.map((metric, i) => ({ metric, value: [100, 50, 30][i]!, unit: '个', comparator: '>=' as const })) },
    ];
    expect(metricSimilarity('在库省市县重点项目', '在建省市县重点项目')).toBeGreaterThan(metricSimilarity('在库省市县重点项目', '储备动态在库项目'));
    const r = compare(city, county(['储备动态在库项目', '在建省市县重点项目', '年度竣工投产项目']), [['1', ['1']]]);
    expect(r.targetChanges.map((c) => [c.parentTarget?.value, c.childTarget?.value])).toEqual([
      [1200, 100],
      [800, 50],
      [400, 30],
    ]);
    // a multi-tier tag (省市县) stated once for the list is not a qualifier change
    expect(r.targetChanges.every((c) => c.qualifierChanged === undefined)).toBe(true);
    expect(r.targetChanges.every((c) => c.comparatorChanged?.to === '>=')).toBe(true);

    // a real reordering (a crossing pair with identical metrics) is left alone
    const reordered = compare(
      [{ id: '1', targets: ['文明村镇', '文明单位', '文明校园'].map((metric, i) => ({ metric, value: [40, 30, 20][i]!, unit: '个' })) }],
      [{ id: '1', targets: ['文明单位', '文明村镇', '文明校园'].map((metric, i) => ({ metric, value: [3, 4, 2][i]!, unit: '个' })) }],
      [['1', ['1']]],
    );
    expect(reordered.targetChanges.map((c) => [c.parentTarget?.metric, c.childTarget?.metric])).toEqual([
      ['文明村镇', '文明村镇'],
      ['文明单位', '文明单位'],
      ['文明校园', '文明校园'],
    ]);
    // lists of different lengths are not parallel: the elided clause stays unpaired
    const shorter = compare(city, [{ id: '1', targets: county(['储备动态在库项目', '在建省市县重点项目', '年度竣工投产项目'])[0]!.targets!.slice(1) }], [['1', ['1']]]);
    expect(byMetric(shorter.targetChanges, '开工建设').change).toBe('dropped');
  });

  it('targets below the metric threshold stay unpaired', () => {
    const r = compare(
      [{ id: '1', targets: [{ metric: '高标准农田', value: 25, unit: '万亩' }] }],
      [{ id: '1', targets: [{ metric: '农村公路', value: 150, unit: '万亩' }] }],
      [['1', ['1']]],
    );
    expect(r.targetChanges.map((c) => c.change).sort()).toEqual(['added', 'dropped']);
  });
});

describe('skip-level pairs', () => {
  it('compare only the tasks linked across the skipped level; local and dropped tasks belong to the adjacent pairs', () => {
    const province = doc('province', [
      { id: '1', targets: [{ metric: '海洋牧场示范区', value: 10, unit: '处' }] },
      { id: '2', targets: [{ metric: '新增高新技术企业', value: 3000, unit: '家' }] },
    ]);
    const county = doc('county', [
      { id: '1', targets: [{ metric: '海洋牧场示范区', value: 1, unit: '处' }] },
      { id: '2', targets: [{ metric: '特色小镇', value: 2, unit: '个' }] },
    ]);
    const base = alignment(province, county, [['1', ['1']]]);
    const r = comparePair(
      { parent: province, child: county, parentIndex: 0, childIndex: 2, skipLevel: true, alignment: { ...base, droppedParents: [] } },
      OPTS,
    );
    expect(r.targetChanges.map((c) => [c.parent, c.child, c.change, c.share])).toEqual([['1', '1', 'kept', 0.1]]);
    expect(r.summary.tasks).toMatchObject({ child: 2, linked: 1, dropped: 0, added: 1 });
  });
});

// ---- deferred -----------------------------------------------------------------------------------

describe('deferral to the upper level', () => {
  const parentTask: TaskSpec = {
    id: '98',
    text: '完善医疗保险和救助。居民基本医保财政补助标准提高到每人每年640元。救助标准提高至3万元。',
    targets: [
      { metric: '居民基本医保财政补助标准', value: 640, unit: '元', kind: 'intensive' },
      { metric: '救助标准', value: 30000, unit: '元', kind: 'intensive' },
    ],
  };

  it('落实上级…标准 in place of a number is deferred, with the phrase quoted', () => {
    const r = compare(
      [parentTask],
      [
        {
          id: '91',
          text: '完善医疗保险和救助。积极落实职工门诊共济保障政策，落实上级居民基本医保财政补助标准。救助标准提高至3万元。',
          targets: [{ metric: '救助标准', value: 30000, unit: '元', kind: 'intensive' }],
        },
      ],
      [['91', ['98']]],
    );
    const deferred = byMetric(r.targetChanges, '居民基本医保财政补助标准');
    expect(deferred.change).toBe('deferred');
    expect(deferred.child).toBe('91');
    expect(deferred.evidence.note).toBe('落实上级居民基本医保财政补助标准');
    expect(byMetric(r.targetChanges, '救助标准').change).toBe('kept');
  });

  it('other deferral wordings are found; a clause with its own number or another subject is not deferral', () => {
    expect(findDeferralClauses('按照上级要求完成新增造林任务。').map((c) => c.phrase)).toEqual(['按照上级要求完成新增造林任务']);
    expect(findDeferralClauses('严格执行省市下达的能耗双控指标').map((c) => c.phrase)).toEqual(['严格执行省市下达的能耗双控指标']);
    expect(findDeferralClauses('落实上级标准，提高到每人每年700元')).toHaveLength(1);
    expect(findDeferralClauses('上级补助资金提高到700元')).toHaveLength(0);
    const r = compare(
      [parentTask],
      [{ id: '91', text: '完善医疗保险和救助。落实上级污染防治攻坚任务。', targets: [] }],
      [['91', ['98']]],
    );
    expect(r.targetChanges.map((c) => c.change)).toEqual(['dropped', 'dropped']);
  });
});

// ---- comparator, qualifier, horizon -------------------------------------------------------------

describe('comparator, qualifier and horizon changes', () => {
  it('600个左右 → 60个以上 is a comparator change; 省级以上 → 市级以上 a qualifier change', () => {
    const r = compare(
      [
        {
          id: '1',
          targets: [
            { metric: '投资500万元以上技术改造项目', value: 600, unit: '个', comparator: '~', qualifiers: ['投资500万元以上'] },
            { metric: '争创省级以上绿色制造示范单位', value: 10, unit: '家' },
            { metric: '省级质量品牌企业', value: 15, unit: '家', qualifiers: ['省级及以上'] },
          ],
        },
      ],
      [
        {
          id: '1',
          targets: [
            { metric: '投资500万元以上技术改造项目', value: 60, unit: '个', comparator: '>=', qualifiers: ['投资500万元以上'] },
            { metric: '争创市级以上绿色制造示范单位', value: 5, unit: '家' },
            { metric: '省级质量品牌企业', value: 1, unit: '家', qualifiers: ['省级以上'] },
          ],
        },
      ],
      [['1', ['1']]],
    );
    const tech = byMetric(r.targetChanges, '投资500万元以上技术改造项目');
    expect(tech.comparatorChanged).toEqual({ from: '~', to: '>=' });
    expect(tech.qualifierChanged).toBeUndefined();
    const green = byMetric(r.targetChanges, '争创省级以上绿色制造示范单位');
    expect(green.childTarget?.metric).toBe('争创市级以上绿色制造示范单位');
    expect(green.qualifierChanged).toEqual({ from: ['省级以上'], to: ['市级以上'] });
    expect(green.comparatorChanged).toBeUndefined();
    // 省级及以上 and 省级以上 are the same qualifier
    expect(byMetric(r.targetChanges, '省级质量品牌企业').qualifierChanged).toBeUndefined();
  });

  it('a multi-tier tag (省市县, 市县) is no qualifier; a single tier (乡镇) still is', () => {
    const q = (from: string[], to: string[]) =>
      compare(
        [{ id: '1', targets: [{ metric: '重点项目', value: 100, unit: '个', qualifiers: from }] }],
        [{ id: '1', targets: [{ metric: '重点项目', value: 10, unit: '个', qualifiers: to }] }],
        [['1', ['1']]],
      ).targetChanges[0]!.qualifierChanged;
    expect(q(['省市县'], [])).toBeUndefined();
    expect(q([], ['市县'])).toBeUndefined();
    expect(q(['乡镇'], [])).toEqual({ from: ['乡镇'], to: [] });
    expect(q(['省级以上', '省市'], ['市级以上'])).toEqual({ from: ['省级以上'], to: ['市级以上'] });
  });

  it('horizons: a different year is a change; 年底前, the document year and none are the same', () => {
    const horizon = (p?: string, c?: string) =>
      compare(
        [{ id: '1', targets: [{ metric: '新能源装机', value: 100, unit: '万千瓦', ...(p ? { horizon: p } : {}) }] }],
        [{ id: '1', targets: [{ metric: '新能源装机', value: 10, unit: '万千瓦', ...(c ? { horizon: c } : {}) }] }],
        [['1', ['1']]],
      ).targetChanges[0]!.horizonChanged;
    expect(horizon('到2025年', undefined)).toEqual({ from: '到2025年' });
    expect(horizon('到2025年', '到2024年')).toEqual({ from: '到2025年', to: '到2024年' });
    expect(horizon('年底前', undefined)).toBeUndefined();
    expect(horizon(undefined, '2023年底')).toBeUndefined(); // the documents are 2023 lists
    expect(horizon('到2025年', '2025年底前')).toBeUndefined();
  });
});

// ---- lead units ---------------------------------------------------------------------------------

describe('lead-unit changes', () => {
  it('the level prefix and common spellings of one department are not a change; another department is', () => {
    expect(normalizeDepartment('市科技局')).toBe(normalizeDepartment('县科技局'));
    expect(normalizeDepartment('市人力资源社会保障局')).toBe(normalizeDepartment('县人力资源和社会保障局'));
    expect(normalizeDepartment('市发展改革委')).toBe(normalizeDepartment('县发展和改革局'));
    expect(normalizeDepartment('市生态环境局')).toBe(normalizeDepartment('市生态环境局某县分局'));
    const parent = doc('city', [
      { id: '1', lead: ['市科技局'] },
      { id: '2', lead: ['市科技局'] },
      { id: '3', lead: ['市医保局', '市财政局'] },
    ]);
    const child = doc('county', [
      { id: '1', lead: ['县科技局'] },
      { id: '2', lead: ['县工业和信息化局'] },
      { id: '3', lead: ['县医疗保障局', '县财政局'] },
    ]);
    const changes = leadUnitChanges(parent, child, alignment(parent, child, [['1', ['1']], ['2', ['2']], ['3', ['3']]]));
    expect(changes).toEqual([{ child: '2', parent: '2', from: ['市科技局'], to: ['县工业和信息化局'] }]);
  });
});

// ---- the whole cascade --------------------------------------------------------------------------

describe('analyzeCascade', () => {
  const city = doc('city', [
    {
      id: '1',
      heading: '加强创新平台建设。',
      text: '加强创新平台建设。布局建设市级创新平台50家以上，专利授权量增长18%以上。',
      lead: ['市科技局'],
      targets: [
        { metric: '布局建设市级创新平台', value: 50, unit: '家', comparator: '>=' },
        { metric: '专利授权量增长', value: 18, unit: '%', comparator: '>=' },
      ],
    },
    {
      id: '2',
      section: '二',
      heading: '发展海洋经济。',
      text: '发展海洋经济。建设海洋牧场示范区5处。',
      lead: ['市海洋局'],
      targets: [{ metric: '海洋牧场示范区', value: 5, unit: '处' }],
    },
  ]);
  const county = doc('county', [
    {
      id: '1',
      heading: '加强创新平台建设。',
      text: '加强创新平台建设。布局建设市级创新平台5家以上，专利授权量增长5%以上。',
      lead: ['县科技局'],
      targets: [
        { metric: '布局建设市级创新平台', value: 5, unit: '家', comparator: '>=' },
        { metric: '专利授权量增长', value: 5, unit: '%', comparator: '>=' },
      ],
    },
    {
      id: '2',
      section: '二',
      heading: '打造特色小镇。',
      text: '打造特色小镇。建成特色小镇2个。',
      lead: ['县发展和改革局'],
      targets: [{ metric: '特色小镇', value: 2, unit: '个' }],
    },
  ]);
  city.warnings.push({ code: 'numbering-gap', message: 'gap' });

  it('returns a valid, deterministic GapReport with the documents, levels and one pair', () => {
    const report = analyzeCascade([city, county]);
    expect(() => GapReportSchema.parse(report)).not.toThrow();
    expect(report.levels.map((l) => l.level)).toEqual(['city', 'county']);
    expect(report.pairs).toHaveLength(1);
    const pair = report.pairs[0]!;
    expect([pair.parentIndex, pair.childIndex, pair.skipLevel]).toEqual([0, 1, false]);
    expect(byMetric(pair.targetChanges, '专利授权量增长').change).toBe('relaxed');
    expect(byMetric(pair.targetChanges, '布局建设市级创新平台').share).toBe(0.1);
    expect(byMetric(pair.targetChanges, '海洋牧场示范区').change).toBe('dropped');
    expect(byMetric(pair.targetChanges, '特色小镇').change).toBe('added');
    expect(report.warnings).toEqual([{ code: 'numbering-gap', message: 'gap', source: 'city.txt' }]);
    expect(JSON.stringify(analyzeCascade([city, county]))).toBe(JSON.stringify(report));
  });

  it('validates its options and input', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isPolicyCascadeError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => analyzeCascade([city, county], { tolerance: -1 }))).toBe('invalid-options');
    expect(code(() => analyzeCascade([city, county], { referenceShare: 0 }))).toBe('invalid-options');
    // a share is a fraction: 12.8 (meant as 12.8%) would read as 1280%
    expect(code(() => analyzeCascade([city, county], { referenceShare: 12.8 }))).toBe('invalid-options');
    expect(code(() => analyzeCascade([city, county], { bogus: 1 } as never))).toBe('invalid-options');
    expect(code(() => analyzeCascade([city]))).toBe('usage');
    expect(analyzeCascade([city, county], { referenceShare: 0.05 }).pairs[0]!.referenceShare).toMatchObject({ value: 0.05, source: 'option' });
  });

  it('a heading-only parent (an interpretation) states no numbers: linked child targets are not "added"', () => {
    const province: PolicyDocument = {
      ...doc('province', [{ id: '1', heading: '加强创新平台建设', text: '加强创新平台建设' }]),
      genre: 'interpretation',
    };
    const report = analyzeCascade([province, city]);
    const pair = report.pairs[0]!;
    expect(pair.links.map((l) => l.child)).toContain('1');
    expect(pair.targetChanges.filter((c) => c.child === '1')).toEqual([]);
    expect(pair.referenceShare.source).toBe('none');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCascade } from '../src/compare/index.js';
import { GapReportSchema, type GapReport, type PairReport, type TargetChange } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { FILES, readData } from './helpers/data.js';

/** The bundled city (聊城) → county (冠县) lists, and the province interpretation above them. */
let cityCounty: PairReport;
let cascade: GapReport;

beforeAll(() => {
  const province = parseDocument(readData('province'), { name: FILES.province });
  const city = parseDocument(readData('city'), { name: FILES.city });
  const county = parseDocument(readData('county'), { name: FILES.county });
  cascade = analyzeCascade([province, city, county]);
  cityCounty = analyzeCascade([city, county]).pairs[0]!;
}, 120_000);

/** The change whose parent (or, for an added target, child) metric contains `metric`. */
function find(metric: string, side: 'parent' | 'child' = 'parent'): TargetChange {
  const hits = cityCounty.targetChanges.filter((c) => (side === 'parent' ? c.parentTarget : c.childTarget)?.metric.includes(metric));
  if (hits.length === 0) throw new Error(`no target change with ${side} metric ~ ${metric}`);
  return hits[0]!;
}

describe('city → county on the bundled lists', () => {
  it('专利授权量增长 18% → 5% is relaxed', () => {
    const c = find('专利授权量增长');
    expect([c.parentTarget?.value, c.childTarget?.value, c.change]).toEqual([18, 5, 'relaxed']);
    expect(c.share).toBeUndefined(); // intensive: values, not shares
  });

  it('数字经济核心产业增加值增长 15% → 18% is raised', () => {
    const c = find('数字经济核心产业增加值增长');
    expect([c.parentTarget?.value, c.childTarget?.value, c.change]).toEqual([15, 18, 'raised']);
  });

  it('extensive targets carry the child share: 高新技术企业 100 → 10 = 0.1, 非常规水源利用量 0.8亿 → 700万立方米 = 0.0875', () => {
    const hi = find('高新技术企业');
    expect([hi.parentTarget?.value, hi.childTarget?.value, hi.share]).toEqual([100, 10, 0.1]);
    const water = find('非常规水源利用量');
    expect([water.parentTarget?.value, water.childTarget?.value]).toEqual([80_000_000, 7_000_000]);
    expect(water.share).toBe(0.0875);
    expect(water.versusReference).toBeDefined();
  });

  it('the city’s 94.906% 水土保持率 is dropped', () => {
    const c = find('水土保持率');
    expect(c.parentTarget?.value).toBe(94.906);
    expect(c.change).toBe('dropped');
    expect(c.childTarget).toBeUndefined();
  });

  it('county-only targets are added', () => {
    const added = cityCounty.targetChanges.filter((c) => c.change === 'added');
    expect(added.length).toBeGreaterThanOrEqual(5);
    expect(added.every((c) => c.childTarget && !c.parentTarget)).toBe(true);
    expect(find('非遗项目入驻学校', 'child').change).toBe('added');
    expect(find('粮食购销总量', 'child').change).toBe('added');
  });

  it('a reworded metric in the same slot of a list is still paired (海外人才 100人 → 海外留学归国人员 8人)', () => {
    const c = find('海外人才');
    expect(c.childTarget?.metric).toContain('海外留学归国人员');
    expect(c.share).toBe(0.08);
  });

  it('600个左右 → 60个以上 is a comparator change', () => {
    const c = find('技术改造项目');
    expect([c.parentTarget?.value, c.childTarget?.value]).toEqual([600, 60]);
    expect(c.comparatorChanged).toEqual({ from: '~', to: '>=' });
    expect(c.share).toBe(0.1);
  });

  it('省级以上 → 市级以上 绿色制造示范单位 is a qualifier change', () => {
    const c = find('绿色制造示范单位');
    expect([c.parentTarget?.value, c.childTarget?.value]).toEqual([10, 5]);
    expect(c.qualifierChanged).toEqual({ from: ['省级以上'], to: ['市级以上'] });
  });

  it('落实上级居民基本医保财政补助标准 in place of 640元 is deferred', () => {
    const c = find('居民基本医保财政补助标准');
    expect(c.change).toBe('deferred');
    expect(c.evidence.note).toContain('落实上级');
  });

  it('a county that copies the city’s absolute number is flagged (道德模范 50 → 50)', () => {
    const c = find('道德模范');
    expect([c.share, c.shareIsOne]).toEqual([1, true]);
  });

  it('the reference share is the median of the paired extensive shares, near the county’s scale', () => {
    expect(cityCounty.referenceShare.source).toBe('median');
    expect(cityCounty.referenceShare.count).toBeGreaterThanOrEqual(30);
    expect(cityCounty.referenceShare.value).toBeGreaterThan(0.08);
    expect(cityCounty.referenceShare.value).toBeLessThan(0.2);
  });

  it('every class is counted, lead-unit changes ignore the level prefix', () => {
    const t = cityCounty.summary.targets;
    for (const cls of ['kept', 'relaxed', 'raised', 'dropped', 'added', 'deferred'] as const) expect(t[cls]).toBeGreaterThan(0);
    expect(Object.values(t).reduce((a, b) => a + b, 0)).toBe(cityCounty.targetChanges.length);
    const lead = cityCounty.leadUnitChanges.find((l) => l.parent === '1');
    expect(lead).toEqual({ child: '1', parent: '1', from: ['市科技局'], to: ['县工业和信息化局'] });
    // 市水利局 → 县水利局 is the same department one level down
    expect(cityCounty.leadUnitChanges.some((l) => l.from.join() === '市水利局' && l.to.join() === '县水利局')).toBe(false);
  });
});

describe('province → city → county cascade', () => {
  it('is a valid GapReport with both adjacent pairs, and deterministic', () => {
    expect(() => GapReportSchema.parse(cascade)).not.toThrow();
    expect(cascade.levels.map((l) => l.level)).toEqual(['province', 'city', 'county']);
    const adjacent = cascade.pairs.filter((p) => !p.skipLevel).map((p) => [p.parentIndex, p.childIndex]);
    expect(adjacent).toEqual([
      [0, 1],
      [1, 2],
    ]);
    for (const p of cascade.pairs.filter((x) => x.skipLevel)) expect(p.childIndex - p.parentIndex).toBeGreaterThanOrEqual(2);
  });

  it('the heading-only province states no numbers: no target is compared against it', () => {
    const top = cascade.pairs.find((p) => p.parentIndex === 0 && p.childIndex === 1)!;
    expect(top.referenceShare.source).toBe('none');
    const counts = top.summary.targets;
    expect(counts.kept + counts.relaxed + counts.raised + counts.dropped + counts.deferred).toBe(0);
    // only the targets of city tasks with no provincial counterpart are reported (as added)
    const local = new Set(top.addedChildren);
    expect(top.targetChanges.every((c) => c.change === 'added' && c.parent === null && local.has(c.child!))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignCascade, alignDocuments } from '../src/align/index.js';
import { AlignmentSchema, type Alignment, type PolicyDocument } from '../src/model/index.js';
import { parseDocument } from '../src/parse/index.js';
import { bestBaseline, chainLabels, fmt, loadLabels, scoreLinks } from './align-helpers.js';
import { GOLD_DIR, readData } from './helpers/data.js';

// Real bundled documents against the team's own hand labels (test/fixtures/labels) and the dev gold.
let province: PolicyDocument;
let city: PolicyDocument;
let county: PolicyDocument;
let countyCity: Alignment;
let cityProvince: Alignment;

beforeAll(() => {
  province = parseDocument(readData('province'));
  city = parseDocument(readData('city'));
  county = parseDocument(readData('county'));
  countyCity = alignDocuments(county, city);
  cityProvince = alignDocuments(city, province);
});

describe('county → city (full task lists)', () => {
  it('matches the hand labels essentially everywhere, ahead of the heading baseline', () => {
    const labels = loadLabels('county-city');
    const ours = scoreLinks(countyCity.links, labels);
    const base = bestBaseline(county, city, labels);
    console.log(`county→city  ours: ${fmt(ours)}\ncounty→city  baseline (Dice best match, cutoff ${base.cutoff}): ${fmt(base)}`);
    if (ours.errors.length) console.log(ours.errors.join(', '));
    expect(ours.precision).toBeGreaterThanOrEqual(0.98);
    expect(ours.recall).toBeGreaterThanOrEqual(0.98);
    expect(ours.f1).toBeGreaterThanOrEqual(base.f1);
  });

  it('reproduces the dev gold for county tasks 1-17 exactly, and city 13 dropped', () => {
    const gold = JSON.parse(readFileSync(resolve(GOLD_DIR, 'county-city.json'), 'utf8')) as {
      links: Record<string, { parents: number[] }>;
      droppedParents: number[];
    };
    const byChild = new Map(countyCity.links.map((l) => [l.child, l.parents]));
    for (const [child, g] of Object.entries(gold.links)) expect(byChild.get(child), `county ${child}`).toEqual(g.parents.map(String));
    for (const p of gold.droppedParents) expect(countyCity.droppedParents).toContain(String(p));
  });

  it('reports the city tasks the county does not take up, and no local county task', () => {
    expect(countyCity.droppedParents).toEqual(loadLabels('county-city').droppedParents);
    expect(countyCity.addedChildren).toEqual([]);
    expect(countyCity.droppedParentSections).toEqual([]);
    expect(countyCity.sections.map((s) => [s.child, s.parent])).toEqual(city.sections.map((s) => [s.id, s.id]));
  });

  it('finds the merge and the split (county 40 merges city 45 with half of city 26; county 24 takes the other half)', () => {
    const byChild = new Map(countyCity.links.map((l) => [l.child, l]));
    expect(byChild.get('40')).toMatchObject({ parents: ['45', '26'], relation: 'merged' });
    expect(byChild.get('24')).toMatchObject({ parents: ['26'], relation: 'split' });
    expect(byChild.get('1')!.relation).toBe('same');
    expect(byChild.get('20')!.relation).toBe('reworded'); // 全力推进铁路建设 → 加快推进铁路建设
    expect(byChild.get('58')!.relation).toBe('same'); // 推进市以下财政体制改革 → 推进县以下…: restated for the level
    expect(countyCity.links.filter((l) => l.relation === 'moved')).toEqual([]); // same order, part for part
  });

  it('validates against the schema and carries evidence on every link', () => {
    expect(() => AlignmentSchema.parse(countyCity)).not.toThrow();
    for (const l of countyCity.links) {
      const parentHeading = city.tasks.find((t) => t.id === l.parents[0])!.heading;
      const childHeading = county.tasks.find((t) => t.id === l.child)!.heading;
      expect(l.evidence.headingDiff.filter(([op]) => op !== 1).map(([, t]) => t).join('')).toBe(parentHeading);
      expect(l.evidence.headingDiff.filter(([op]) => op !== -1).map(([, t]) => t).join('')).toBe(childHeading);
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('city → province (heading-only interpretation)', () => {
  it('reaches high precision and recall on the hand labels, clearly ahead of the baseline', () => {
    const labels = loadLabels('city-province');
    const ours = scoreLinks(cityProvince.links, labels);
    const base = bestBaseline(city, province, labels);
    console.log(`city→province  ours: ${fmt(ours)}\ncity→province  baseline (Dice best match, cutoff ${base.cutoff}): ${fmt(base)}`);
    if (ours.errors.length) console.log(ours.errors.join(', '));
    expect(ours.precision).toBeGreaterThanOrEqual(0.97);
    expect(ours.recall).toBeGreaterThanOrEqual(0.96);
    expect(ours.f1).toBeGreaterThan(base.f1 + 0.05);
  });

  it('reports the marine part 七 as dropped by the city', () => {
    expect(cityProvince.droppedParentSections).toContain('七');
    for (const id of ['70', '71', '72']) expect(cityProvince.droppedParents).toContain(id);
  });

  it('rescues tasks the city moved to another part, and calls only those moved', () => {
    const byChild = new Map(cityProvince.links.map((l) => [l.child, l]));
    // 城市更新 and 城市管理智慧化 moved from the province's part 三 to the city's part 五
    expect(byChild.get('43')).toMatchObject({ parents: ['39'], relation: 'moved' });
    expect(byChild.get('44')).toMatchObject({ parents: ['40'], relation: 'moved' });
    // 持续激发城乡消费活力 opens the city's part 三 but closes the province's: out of order, rescued, yet in
    // the part the section alignment expects, so not 'moved' (the model's definition); likewise the swapped
    // 技改 / 两高 pair and 严格化工园区管理 inside part 二
    expect(byChild.get('19')).toMatchObject({ parents: ['41'], relation: 'same' });
    expect(byChild.get('11')).toMatchObject({ parents: ['12'], relation: 'reworded' });
    expect(byChild.get('12')).toMatchObject({ parents: ['11'], relation: 'reworded' });
    expect(byChild.get('13')).toMatchObject({ parents: ['18'], relation: 'same' });
    expect(cityProvince.links.filter((l) => l.relation === 'moved').map((l) => l.child)).toEqual(['43', '44']);
  });

  it('meets P and R >= 0.93 on the blind second annotation and on the adjudicated labels, ahead of the baseline', () => {
    // city-province-b was made blind (without the team's labels or the aligner's output);
    // city-province-adjudicated reconciles it with the team's labels (3 tasks decided on the merits)
    for (const name of ['city-province-b', 'city-province-adjudicated'] as const) {
      const labels = loadLabels(name);
      const ours = scoreLinks(cityProvince.links, labels);
      const base = bestBaseline(city, province, labels);
      console.log(`city→province [${name}]  ours: ${fmt(ours)}
city→province [${name}]  baseline (Dice best match, cutoff ${base.cutoff}): ${fmt(base)}`);
      if (ours.errors.length) console.log(`  ${ours.errors.join(', ')}`);
      expect(ours.precision, name).toBeGreaterThanOrEqual(0.93);
      expect(ours.recall, name).toBeGreaterThanOrEqual(0.93);
      expect(ours.f1, name).toBeGreaterThan(base.f1 + 0.05);
      // a provincial heading reported as dropped is labelled dropped, unless its one link was missed (an FN above);
      // labelled-dropped headings the aligner links anyway are linked through 'acceptable' pairs (else FPs above)
      const missedParents = new Set(ours.errors.filter((e) => e.startsWith('FN')).map((e) => e.split('->')[1]));
      const wrongDrops = cityProvince.droppedParents.filter((p) => !labels.droppedParents.includes(p) && !missedParents.has(p));
      expect(wrongDrops, name).toEqual([]);
    }
  });
});

describe('county → province directly (heading-only parent, two levels up)', () => {
  it('matches the county → city labels chained through the city → province labels', () => {
    const labels = chainLabels(loadLabels('county-city'), loadLabels('city-province'));
    const ours = scoreLinks(alignDocuments(county, province).links, labels);
    const base = bestBaseline(county, province, labels);
    console.log(`county→province (chained labels)  ours: ${fmt(ours)}\n  baseline (Dice best match, cutoff ${base.cutoff}): ${fmt(base)}`);
    if (ours.errors.length) console.log(ours.errors.join(', '));
    expect(ours.precision).toBeGreaterThanOrEqual(0.95);
    expect(ours.recall).toBeGreaterThanOrEqual(0.95);
    expect(ours.f1).toBeGreaterThan(base.f1 + 0.05);
  });
});

describe('pairs not used for tuning', () => {
  it("city list → the city's own interpretation (heading-only): every task to its own heading", () => {
    const reading = parseDocument(readData('cityReading'));
    const a = alignDocuments(city, reading);
    expect(a.links.map((l) => [l.child, l.parents])).toEqual(city.tasks.map((t) => [t.id, [t.id]]));
  });

  it('county list → the city interpretation (headings only) matches the county→city labels', () => {
    const reading = parseDocument(readData('cityReading'));
    const labels = loadLabels('county-city');
    const ours = scoreLinks(alignDocuments(county, reading).links, labels);
    const base = bestBaseline(county, reading, labels);
    console.log(`county→city reading  ours: ${fmt(ours)}  baseline: ${fmt(base)}`);
    expect(ours.precision).toBeGreaterThanOrEqual(0.97);
    expect(ours.recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('timing (printed, never asserted)', () => {
  it('alignDocuments on the real pairs, warm, median of 7 runs', () => {
    for (const [name, c, p] of [['county→city', county, city], ['city→province', city, province]] as const) {
      const times: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t0 = performance.now();
        alignDocuments(c, p);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`alignDocuments ${name}: median ${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)} ms)`);
    }
  });
});

describe('cascade province → city → county', () => {
  it('links a county task to the province when the city list lacks its counterpart', () => {
    // delete 构建公共卫生体系 (city 94) from the city list: county 88 完善传染性疾病医疗救治体系 is then
    // implemented only by the provincial heading 107 of the same name
    const cityWithout: PolicyDocument = { ...city, tasks: city.tasks.filter((t) => t.id !== '94').map((t, index) => ({ ...t, index })) };
    const cascade = alignCascade([province, cityWithout, county]);
    const bottom = cascade.pairs.find((p) => p.parentIndex === 1 && p.childIndex === 2)!.alignment;
    // the city no longer has a real counterpart: county 88 is unlinked or only weakly (partially) linked there
    const middle = bottom.links.find((l) => l.child === '88');
    if (middle) expect(middle).toMatchObject({ relation: 'partial' });
    if (middle) expect(middle.score).toBeLessThan(0.35);
    const skip = cascade.pairs.find((p) => p.skipLevel && p.parentIndex === 0 && p.childIndex === 2)!;
    const link = skip.alignment.links.find((l) => l.child === '88');
    expect(link).toMatchObject({ parents: ['107'], skipLevel: true });
    expect(cascade.documents.map((d) => d.level)).toEqual(['province', 'city', 'county']);
  });

  it('on the real chain, adjacent pairs equal alignDocuments and skip-level links stay confident', () => {
    const cascade = alignCascade([province, city, county]);
    expect(cascade.pairs[0]!.alignment.links).toEqual(cityProvince.links);
    expect(cascade.pairs[1]!.alignment.links).toEqual(countyCity.links);
    for (const p of cascade.pairs.filter((x) => x.skipLevel)) for (const l of p.alignment.links) expect(l.score).toBeGreaterThanOrEqual(0.5);
  });
});

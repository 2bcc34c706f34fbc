import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import {
  createRng,
  deriveSeed,
  generateChildList,
  mulberry32,
  scoreSyntheticAlignment,
} from '../src/synthetic/index.js';
import { toChineseNumeral as chineseNumeral } from '../src/vocabulary/index.js';
import { formatNumber, parseLiteral } from '../src/synthetic/numbers.js';
import { readData } from './helpers/data.js';

const city = parseDocument(readData('city'), { name: 'city.txt' });

describe('seeded generator', () => {
  it('mulberry32 repeats its sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
    const rng = createRng(7);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(deriveSeed(1, 1)).not.toBe(deriveSeed(1, 2));
  });

  it('writes the same text and truth for the same seed, other text for another seed', () => {
    const a = generateChildList(city, { seed: 11 });
    const b = generateChildList(city, { seed: 11 });
    const c = generateChildList(city, { seed: 12 });
    expect(b.text).toBe(a.text);
    expect(JSON.stringify(b.truth)).toBe(JSON.stringify(a.truth));
    expect(c.text).not.toBe(a.text);
  });

  it('numbers and formats as the real lists do', () => {
    expect(chineseNumeral(1)).toBe('一');
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(11)).toBe('十一');
    expect(chineseNumeral(23)).toBe('二十三');
    expect(parseLiteral('１２')).toBe(12);
    expect(parseLiteral('二百')).toBe(200);
    expect(parseLiteral('十五')).toBe(15);
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(1530)).toBe('1530');
    expect(formatNumber(94.906, 8)).toBe('94.906');
  });
});

describe('generated child lists', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  it.each(seeds)('seed %i parses back into the tasks its truth describes', (seed) => {
    const { text, truth } = generateChildList(city, { seed });
    const child = parseDocument(text, { name: `child-${seed}.txt` });
    // every child task is either linked to parents or a local addition, numbered 1..N
    expect(child.tasks.length).toBe(truth.links.length + truth.addedChildren.length);
    expect(child.tasks.map((t) => t.id)).toEqual(child.tasks.map((_, i) => String(i + 1)));
    expect(child.title).toContain(truth.child.region);
    // every parent task is accounted for: implemented by some child or dropped
    const implemented = new Set(truth.links.flatMap((l) => l.parents));
    for (const t of city.tasks) expect(implemented.has(t.id) !== truth.droppedParents.includes(t.id)).toBe(true);
    // lead units now belong to the county
    const withUnits = child.tasks.filter((t) => t.leadUnits.length > 0);
    expect(withUnits.length).toBeGreaterThan(child.tasks.length * 0.8);
    expect(withUnits.every((t) => t.leadUnits.every((u) => !u.startsWith('市')))).toBe(true);
  });

  it('scales extensive numbers by the share and records the expected class', () => {
    const { text, truth } = generateChildList(city, { seed: 3, share: 0.1, rates: { below: 0, above: 0, unit: 0, comparator: 0, dropTask: 0, dropSection: 0 } });
    const hiTech = truth.targets.find((t) => t.parentText?.includes('新增高新技术企业100家'));
    expect(hiTech?.childText).toBe('10家以上');
    expect(hiTech?.versusReference).toBe('proportional');
    expect(hiTech?.expected).toBe('kept');
    expect(text).toContain('新增高新技术企业10家以上');
    // 0.8亿立方米 × 0.1 = 800万立方米: printed with a readable multiplier, same quantity
    const water = truth.targets.find((t) => t.parentText?.includes('0.8亿立方米'));
    expect(water?.childText).toBe('800万立方米以上');
    expect(water?.childValue).toBeCloseTo(8e6, 3);
    expect(water?.unitChanged).toEqual({ from: '亿立方米', to: '万立方米' });
  });

  it('records merges, splits, moves and drops when forced', () => {
    const { text, truth } = generateChildList(city, {
      seed: 5,
      rates: { merge: 0.2, split: 0.2, move: 0.1, dropTask: 0.1, maxAdded: 3 },
    });
    const relations = new Set(truth.links.map((l) => l.relation));
    expect(relations.has('merged')).toBe(true);
    expect(relations.has('split')).toBe(true);
    expect(relations.has('moved')).toBe(true);
    expect(truth.droppedParents.length).toBeGreaterThan(0);
    const merged = truth.links.find((l) => l.relation === 'merged')!;
    expect(merged.parents).toHaveLength(2);
    const child = parseDocument(text);
    expect(child.tasks.length).toBe(truth.links.length + truth.addedChildren.length);
  });

  it('stays parseable under heavy mutation rates (30 seeds)', () => {
    const rates = { merge: 0.15, split: 0.15, move: 0.1, dropTask: 0.1, dropSentence: 0.4, localSentence: 0.5, maxAdded: 4 };
    for (let seed = 200; seed < 230; seed++) {
      const { text, truth } = generateChildList(city, { seed, rates });
      const child = parseDocument(text);
      expect(child.tasks.length, `seed ${seed}`).toBe(truth.links.length + truth.addedChildren.length);
      expect(child.warnings.filter((w) => w.code === 'numbering-gap'), `seed ${seed}`).toEqual([]);
    }
  });

  it('scores a perfect alignment as 1 and an empty one as 0 recall', () => {
    const { truth } = generateChildList(city, { seed: 9 });
    const perfect = {
      links: truth.links.map((l) => ({ child: l.child, parents: l.parents })),
      droppedParents: truth.droppedParents,
      addedChildren: truth.addedChildren,
    };
    const s = scoreSyntheticAlignment(truth, perfect);
    expect(s.links.f1).toBe(1);
    expect(s.droppedParents.f1).toBe(1);
    const empty = scoreSyntheticAlignment(truth, { links: [], droppedParents: [], addedChildren: [] });
    expect(empty.links.recall).toBe(0);
  });
});

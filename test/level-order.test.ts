import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, analyzeCascade, parseDocument } from '../src/index.js';
import { levelOrder } from '../src/align/level-order.js';

const read = (f: string): ReturnType<typeof parseDocument> => parseDocument(readFileSync(resolve(__dirname, '../data', f)), { name: f });
const city = read('liaocheng-2023-key-tasks.txt');
const county = read('guanxian-2023-key-tasks.txt');

describe('documents given the wrong way round', () => {
  it('orders known levels highest first within their slots, unknown levels stay', () => {
    expect(levelOrder(['province', 'city', 'county'])).toEqual([0, 1, 2]);
    expect(levelOrder(['county', 'city', 'province'])).toEqual([2, 1, 0]);
    expect(levelOrder(['county', 'unknown', 'city'])).toEqual([2, 1, 0]);
    expect(levelOrder(['city', 'city', 'district', 'county'])).toEqual([0, 1, 2, 3]);
  });

  it('analyzeCascade analyses in level order and says so; keepOrder keeps the given order', () => {
    const report = analyzeCascade([county, city]);
    expect(report.levels.map((l) => l.level)).toEqual(['city', 'county']);
    expect(report.warnings[0]).toMatchObject({ code: 'level-order' });
    expect(report.warnings[0]!.message).toContain('guanxian-2023-key-tasks.txt (county), liaocheng-2023-key-tasks.txt (city)');
    // the same result as the right order, apart from that warning
    const right = analyzeCascade([city, county]);
    expect(right.warnings.some((w) => w.code === 'level-order')).toBe(false);
    expect(report.pairs[0]!.summary).toEqual(right.pairs[0]!.summary);

    const kept = analyzeCascade([county, city], { keepOrder: true });
    expect(kept.levels.map((l) => l.level)).toEqual(['county', 'city']);
    expect(kept.warnings.some((w) => w.code === 'level-order')).toBe(false);
  });

  it('alignDocuments swaps a child of higher level than its parent, with the warning', () => {
    const a = alignDocuments(city, county);
    expect(a.child.level).toBe('county');
    expect(a.parent.level).toBe('city');
    expect(a.warnings[0]).toMatchObject({ code: 'level-order' });
    expect(a.droppedParents.length).toBeGreaterThan(0);
    expect(alignDocuments(city, county, { keepOrder: true }).child.level).toBe('city');
  });
});

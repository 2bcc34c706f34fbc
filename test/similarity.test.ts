import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './helpers/fast-check-seed.js';
import { parseDocument } from '../src/parse/index.js';
import { featuresFor, resolveAlignOptions, type AlignOptions } from '../src/align/index.js';
import { createJiebaSegmenter } from '../src/segment/index.js';
import {
  blockCandidates,
  createPairScorer,
  extractDocumentFeatures,
  headingSimilarity,
  literalHeadingSimilarity,
  extractNamedTerms,
  extractNumberTerms,
  unitOverlap,
} from '../src/similarity/index.js';
import { normalizeDepartment } from '../src/vocabulary/index.js';
import { stripPunctuation } from '../src/similarity/text.js';
import { anyText } from './robustness-arbitraries.js';
import { clauseIndex, sharedBound, taskBound } from '../src/similarity/doc-index.js';
import type { DocumentFeatures } from '../src/similarity/features.js';
import { bigramRuns, sharedBigrams } from '../src/similarity/text.js';
import { loadLabels, makeDoc } from './align-helpers.js';
import { readData } from './helpers/data.js';

const seg = createJiebaSegmenter();

describe('lead units', () => {
  it('compares city and county units after dropping the level prefix', () => {
    expect(normalizeDepartment('市工业和信息化局')).toBe(normalizeDepartment('县工业和信息化局'));
    expect(normalizeDepartment('市生态环境局冠县分局')).toBe(normalizeDepartment('市生态环境局'));
    expect(normalizeDepartment('县市场监督管理局')).toBe(normalizeDepartment('市市场监管局'));
    expect(unitOverlap(['工业信息化局'], ['工业信息化局', '科技局'])).toBe(1);
    expect(unitOverlap([normalizeDepartment('县发展和改革局')], [normalizeDepartment('市发展改革委')])).toBeGreaterThan(0.6);
  });
});

describe('named things and numbers', () => {
  it('extracts quoted terms and numbers with units, not years', () => {
    expect(extractNamedTerms('滚动实施“千企技改”“千企转型”，落实《聊城市中长期热电联产规划》')).toEqual([
      '千企技改',
      '千企转型',
      '聊城市中长期热电联产规划',
    ]);
    const nums = extractNumberTerms('2023年实施投资500万元以上技术改造项目600个，到2025年增长18%');
    expect(nums).toContain('500万元');
    expect(nums).toContain('600个');
    expect(nums).toContain('18%');
    expect(nums.some((x) => x.startsWith('2023') || x.startsWith('2025'))).toBe(false);
  });
});

describe('pair signals', () => {
  const parent = makeDoc([
    { heading: '全力推进铁路建设', body: '推动济郑高铁年底通车，加快雄商高铁全线建设。', units: ['市交通运输局'] },
    { heading: '加强“两高”行业管控', body: '用好省“两高”项目电子监管平台，将全市“两高”项目纳入监管平台。', units: ['市发展改革委'] },
  ]);
  const child = makeDoc([
    { heading: '加快推进铁路建设', body: '完成铁路客运设施改造提升工程，推动高铁站建设。', units: ['县交通运输局'] },
  ]);
  const scorer = createPairScorer(extractDocumentFeatures(child, seg), extractDocumentFeatures(parent, seg));

  it('every signal lies in [0, 1] and the counterpart scores highest', () => {
    const good = scorer.similarity(0, 0);
    const bad = scorer.similarity(0, 1);
    for (const v of [...Object.values(good.signals), ...Object.values(bad.signals)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(good.score).toBeGreaterThan(bad.score);
    expect(good.signals.heading).toBeGreaterThan(0.7);
    expect(good.signals.leadUnits).toBe(1);
    expect(scorer.sharedTerms(0, 0)).toContain('铁路');
  });

  it('heading-only parents: body becomes containment of the parent heading in the child text', () => {
    const reading = makeDoc([{ heading: '培育壮大新能源汽车产业' }, { heading: '加快发展虚拟现实产业' }]);
    const list = makeDoc([
      { heading: '塑优建强优势产业集群', body: '培育壮大新能源汽车产业，依托龙头企业，加快突破燃料电池客车核心技术。' },
    ]);
    const s = createPairScorer(extractDocumentFeatures(list, seg), extractDocumentFeatures(reading, seg));
    expect(s.headingOnlyPair).toBe(true);
    expect(s.similarity(0, 0).signals.body).toBeGreaterThan(0.9);
    expect(s.similarity(0, 1).signals.body).toBeLessThan(0.5);
  });
});

describe('heading echo and compound terms', () => {
  it('a shared field of work (related terms) raises headingSimilarity but is no literal echo', () => {
    // 风电 / 可再生能源: related in the corpus-derived groups
    const docA = extractDocumentFeatures(makeDoc([{ heading: '推进海上风电开发' }]), seg);
    const docB = extractDocumentFeatures(makeDoc([{ heading: '大力发展可再生能源' }]), seg);
    const [a, b] = [docA.tasks[0]!, docB.tasks[0]!];
    expect(literalHeadingSimilarity(a, b)).toBeLessThan(0.05);
    expect(headingSimilarity(a, b)).toBeGreaterThan(literalHeadingSimilarity(a, b) + 0.05);
  });

  it("a user's concept group relates terms the built-in groups do not (铁路 / 轨道交通)", () => {
    const child = makeDoc([{ heading: '全力推进铁路建设' }]);
    const parent = makeDoc([{ heading: '建设便捷高效轨道交通网' }]);
    const similarity = (options: AlignOptions) => {
      const features = featuresFor(resolveAlignOptions(options));
      return headingSimilarity(features(child).tasks[0]!, features(parent).tasks[0]!);
    };
    expect(similarity({})).toBeLessThan(0.3);
    expect(similarity({ conceptGroups: [['铁路', '轨道交通']] })).toBeGreaterThanOrEqual(0.45);
  });

  it('a compound heading term found only in parts (文艺…创作) counts in part towards containment', () => {
    const reading = makeDoc([{ heading: '加强文艺创作生产' }]);
    const apart = makeDoc([{ heading: '打造文艺精品', body: '加强艺术创作，组织创作一批文艺作品，推出地域特色文艺节目。' }]);
    const none = makeDoc([{ heading: '打造精品剧目', body: '持续打磨提升剧目，推出地域特色节目。' }]);
    const cover = (list: ReturnType<typeof makeDoc>) =>
      createPairScorer(extractDocumentFeatures(list, seg), extractDocumentFeatures(reading, seg)).parentHeadingCover(0, 0);
    expect(cover(apart)).toBeGreaterThan(cover(none) + 0.1);
  });
});

describe('candidate blocking', () => {
  it('keeps every labelled counterpart among the candidates even when blocking is forced', () => {
    const city = parseDocument(readData('city'));
    const county = parseDocument(readData('county'));
    const cf = extractDocumentFeatures(county, seg);
    const pf = extractDocumentFeatures(city, seg);
    const scorer = createPairScorer(cf, pf);
    const candidates = blockCandidates(cf, pf, scorer.terms, { fullComparisonBelow: 1, maxCandidates: 15 });
    const labels = loadLabels('county-city');
    let kept = 0;
    let total = 0;
    for (const [child, gold] of Object.entries(labels.links)) {
      const i = county.tasks.findIndex((t) => t.id === child);
      for (const p of gold.parents) {
        total++;
        const j = city.tasks.findIndex((t) => t.id === p);
        if (candidates[i]!.includes(j)) kept++;
      }
    }
    const mean = candidates.reduce((a, c) => a + c.length, 0) / candidates.length;
    console.log(`blocking: ${kept}/${total} labelled pairs kept, ${mean.toFixed(1)} candidates per task of ${city.tasks.length}`);
    expect(kept).toBe(total);
    expect(mean).toBeLessThan(city.tasks.length / 2);
  });
});

describe('bounds of the clause evidence pass', () => {
  it('never bounds a shared bigram count below the true one (random clauses and tasks)', () => {
    const char = fc.constantFrom('推', '进', '产', '业', '链', '农', '田', '建', '设', '𠀀');
    const text = fc.array(char, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 6 }), (clause, taskClauses) => {
        const index = clauseIndex({ tasks: [{ clauses: taskClauses }] } as unknown as DocumentFeatures);
        const wide = index.taskSignature(0);
        const runs = bigramRuns(clause);
        for (let k = 0; k < taskClauses.length; k++) {
          const shared = sharedBigrams(runs, index.clauseCodes(0)[k]!);
          expect(taskBound(runs, wide)).toBeGreaterThanOrEqual(shared);
          expect(sharedBound(runs, index.clauseSignatures(0)[k]!)).toBeGreaterThanOrEqual(shared);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stripPunctuation', () => {
  // the character-by-character version must drop exactly what the Unicode property expression drops
  const reference = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
  const symbols = fc.constantFrom('😀', '𝟙', '𠀀', '¥', '℃', '‰', '·', '—', '～', '\u00a0', '\u3000', '\u2028', '\ud83d', '\ude00', '。', '，', '（', 'a', '1');

  it('drops what /[\\s\\p{P}\\p{S}]/gu drops, surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.array(fc.oneof(anyUnit, astral, symbols), { maxLength: 40 }).map((a) => a.join(''))), (s) => {
        expect(stripPunctuation(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});

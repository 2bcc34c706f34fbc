import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { createJiebaSegmenter } from '../src/segment/index.js';
import { createPairScorer, extractDocumentFeatures, type DocumentFeatures } from '../src/similarity/index.js';
import { makeDoc } from './align-helpers.js';
import { readData, type FILES } from './helpers/data.js';

const seg = createJiebaSegmenter();
const features = (name: keyof typeof FILES): DocumentFeatures => extractDocumentFeatures(parseDocument(readData(name)), seg);

// The dense path (all pairs at once from inverted indexes) must give exactly the values of the pair-by-pair
// definitions, for every cell: alignment results must not depend on which path computed a score.
function expectSamePaths(child: DocumentFeatures, parent: DocumentFeatures): void {
  const dense = createPairScorer(child, parent, { signalPath: 'dense' });
  const pairwise = createPairScorer(child, parent, { signalPath: 'pairwise' });
  let mismatches = 0;
  for (let i = 0; i < child.tasks.length; i++) {
    for (let j = 0; j < parent.tasks.length; j++) {
      const a = dense.similarity(i, j);
      const b = pairwise.similarity(i, j);
      if (a.score !== b.score || JSON.stringify(a.signals) !== JSON.stringify(b.signals)) mismatches++;
      if (dense.parentHeadingCover(i, j) !== pairwise.parentHeadingCover(i, j)) mismatches++;
    }
  }
  expect(mismatches).toBe(0);
  // computed a row's candidates first (as the aligner reads them), then the rest of the row on demand
  const blocked = createPairScorer(child, parent, { signalPath: 'dense' });
  const candidates = blocked.candidates({ fullComparisonBelow: 1, maxCandidates: 3, orderWindow: 1 });
  for (let i = 0; i < child.tasks.length; i++) {
    const order = [...candidates[i]!, ...parent.tasks.keys()];
    for (const j of order) {
      const a = blocked.similarity(i, j);
      const b = pairwise.similarity(i, j);
      if (a.score !== b.score || JSON.stringify(a.signals) !== JSON.stringify(b.signals)) mismatches++;
    }
  }
  expect(mismatches).toBe(0);
  for (const term of ['铁路', '推进', '加强', '不存在的词']) {
    expect(dense.terms.weight(term)).toBe(pairwise.terms.weight(term));
    expect(dense.terms.df(term)).toBe(pairwise.terms.df(term));
  }
}

describe('dense and pairwise signal paths agree exactly', () => {
  it('county list → city list (full texts)', () => expectSamePaths(features('county'), features('city')));
  it('city list → provincial interpretation (heading-only parent)', () => expectSamePaths(features('city'), features('province')));
  it('city interpretation → city list (heading-only child)', () => expectSamePaths(features('cityReading'), features('city')));
  it('plan → city list (mixed nesting)', () => expectSamePaths(features('plan'), features('city')));
  it('small mixed documents (heading-only and full tasks on both sides, named things, numbers)', () => {
    const parent = makeDoc([
      { heading: '全力推进铁路建设', body: '推动济郑高铁年底通车，加快“两高”项目监管，新增500万元。', units: ['市交通运输局'] },
      { heading: '加强文艺创作生产' },
      { heading: '培育壮大新能源汽车产业', units: ['市发展改革委', '市工业和信息化局'] },
    ]);
    const child = makeDoc([
      { heading: '推进轨道交通建设', body: '配合济郑高铁建设，“两高”项目纳入平台，新增500万元。', units: ['县交通运输局'] },
      { heading: '繁荣文艺事业' },
      { heading: '发展汽车产业', body: '加快文艺精品创作，培育新能源汽车，推进铁路。', units: ['县工业和信息化局'] },
    ]);
    const seg2 = createJiebaSegmenter();
    expectSamePaths(extractDocumentFeatures(child, seg2), extractDocumentFeatures(parent, seg2));
    expectSamePaths(extractDocumentFeatures(parent, seg2), extractDocumentFeatures(child, seg2));
  });
});

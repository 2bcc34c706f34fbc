import { describe, expect, it } from 'vitest';
import { PolicyCascadeError } from '../src/errors.js';
import {
  createJiebaSegmenter,
  createNodejiebaSegmenter,
  domainDictLines,
  isNodejiebaInstalled,
} from '../src/segment/index.js';
import { genericWeight, isStopToken } from '../src/vocabulary/index.js';

describe('jieba segmenter (default)', () => {
  const seg = createJiebaSegmenter();

  it('keeps policy vocabulary whole thanks to the terms derived from the Government Work Reports', () => {
    const tokens = seg.cut('大力发展可再生能源，培育专精特新企业，建设高标准农田，深化放管服改革。');
    for (const w of ['可再生能源', '专精特新', '高标准农田', '放管服']) expect(tokens).toContain(w);
  });

  it('keeps numbers and decimals whole', () => {
    const tokens = seg.cut('新能源装机容量达到53.5万千瓦，实施技术改造项目600个左右');
    expect(tokens).toContain('53.5');
    expect(tokens).toContain('600');
  });

  it('accepts extra words without changing the shared instance', () => {
    const custom = createJiebaSegmenter({ extraWords: ['鲁西崛起'] });
    expect(custom.cut('突破菏泽鲁西崛起')).toContain('鲁西崛起');
    expect(seg.cut('突破菏泽鲁西崛起')).not.toContain('鲁西崛起');
  });

  it('builds dictionary lines as "word freq tag"', () => {
    expect(domainDictLines(['专精特新'], 100)).toBe('专精特新 100 n\n');
  });
});

describe('stopwords and generic policy verbs', () => {
  it('drops punctuation and function words, keeps content words', () => {
    expect(isStopToken('，')).toBe(true);
    expect(isStopToken('的')).toBe(true);
    expect(isStopToken('铁路')).toBe(false);
  });
  it('gives the verbs every task starts with a low weight', () => {
    for (const w of ['推进', '加强', '实施', '提升', '加快', '深化', '强化', '完善', '推动', '持续', '全面']) {
      expect(genericWeight(w)).toBeLessThan(0.5);
    }
    expect(genericWeight('铁路')).toBe(1);
  });
});

describe('nodejieba adapter (optional peer dependency)', () => {
  const installed = isNodejiebaInstalled();
  it.skipIf(!installed)('segments like the default when nodejieba is installed', () => {
    const tokens = createNodejiebaSegmenter().cut('培育专精特新企业');
    expect(tokens).toContain('专精特新');
  });
  it.skipIf(installed)('reports a clear error when nodejieba is not installed', () => {
    expect(() => createNodejiebaSegmenter()).toThrow(PolicyCascadeError);
    try {
      createNodejiebaSegmenter();
    } catch (e) {
      expect((e as PolicyCascadeError).code).toBe('invalid-options');
    }
  });
});

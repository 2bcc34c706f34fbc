import { describe, expect, it } from 'vitest';
import { alignDocuments, parseDocument } from '../src/index.js';

// Team-written lists: a heading-only parent (each task one heading) and a child with bodies.
const parent = parseDocument(`甲省2023年重点工作任务
一、深入实施黄河重大国家战略
1.推进沿黄生态廊道建设。
2.全面落实水资源刚性约束。
3.推进一批防洪工程。
4.开展河口湿地生态补水。
二、繁荣发展文化事业
5.加快发展文化产业。
6.加强革命文物保护利用。
7.加强文艺创作生产。
`);

describe('part context of a heading-only parent', () => {
  it('links a child task restating a part title to the part tasks its text touches', () => {
    const child = parseDocument(`乙市2023年重点工作任务
一、推动黄河流域生态保护
1.深度融入黄河国家重大战略。建设沿黄生态廊道示范段，严格水资源刚性约束，实施防洪工程，开展湿地生态补水。
二、文化建设
2.发展文化产业。培育文化产业园区，扩大文化消费。
`);
    const link = alignDocuments(child, parent).links.find((l) => l.child === '1');
    expect(link?.parents.slice().sort()).toEqual(['1', '2', '3', '4']);
  });

  it('links a task reordered inside its part to an unlinked parent of the matching part', () => {
    const child = parseDocument(`乙市2023年重点工作任务
一、黄河流域生态保护
1.推进沿黄生态廊道建设。建设沿黄生态廊道示范段。
二、文化事业
2.打造文艺精品。加强艺术创作，组织创作文艺作品。
3.加快发展文化产业。培育文化产业园区，扩大文化消费。
4.加强革命文物保护利用。修缮革命旧址，建设红色教育基地。
`);
    const links = alignDocuments(child, parent).links;
    expect(links.find((l) => l.child === '2')).toMatchObject({ parents: ['7'] });
    expect(links.find((l) => l.child === '3')).toMatchObject({ parents: ['5'] });
    expect(links.find((l) => l.child === '2')?.relation).not.toBe('moved');
  });
});

describe('a task alone in its part', () => {
  const upper = parseDocument(`甲省2023年重点工作任务
一、推进产业升级
1.推进产业链招商。
2.培育壮大数字产业。
二、深化区域合作
3.推进产业链协作。
4.提升园区承载功能。
`);

  it('stays unlinked when its weak evidence fits two parents alike (no order to choose by)', () => {
    const child = parseDocument(`乙区2023年重点工作任务
一、壮大实体经济
1.做强主导产业。围绕装备制造延伸产业链，培育龙头企业。
`);
    const alignment = alignDocuments(child, upper);
    expect(alignment.links).toEqual([]);
    expect(alignment.addedChildren).toEqual(['1']);
  });

  it('links where one parent is clearly closer', () => {
    const child = parseDocument(`乙区2023年重点工作任务
一、开放合作
1.开展产业链招商。组织产业链招商活动，引进项目。
`);
    expect(alignDocuments(child, upper).links.map((l) => [l.child, l.parents])).toEqual([['1', ['1']]]);
  });
});

it('leaves unlinked a task without a content word (a heading cut off after its verb)', () => {
  const child = parseDocument(`乙市2023年重点工作任务
一、黄河流域生态保护
1.推进沿黄生态廊道建设。建设沿黄生态廊道示范段。
2.加强
`);
  const alignment = alignDocuments(child, parent);
  expect(alignment.links.map((l) => l.child)).toEqual(['1']);
  expect(alignment.addedChildren).toEqual(['2']);
});

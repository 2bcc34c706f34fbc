import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';

describe('outline shapes beyond the bundled documents', () => {
  it('keeps （1） items and continuation paragraphs inside their task', () => {
    const d = parseDocument(
      ['某某市2023年重点工作任务', '一、创新', '1.加强平台建设。总体安排如下：', '（1）新建平台10家；', '（2）新增企业20家。', '（牵头单位：市科技局）', '2.推进转化。内容。'].join('\n'),
    );
    expect(d.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(d.tasks[0]!.text).toBe('加强平台建设。总体安排如下：\n（1）新建平台10家；\n（2）新增企业20家。');
    expect(d.tasks[0]!.leadUnits).toEqual(['市科技局']);
  });

  it('numbers per part when numbering restarts in every part', () => {
    const d = parseDocument('某某县重点任务\n一、甲\n1.甲一。\n2.甲二。\n二、乙\n1.乙一。\n2.乙二。\n');
    expect(d.genre).toBe('task-list');
    expect(d.tasks.map((t) => t.id)).toEqual(['一.1', '一.2', '二.1', '二.2']);
    expect(d.warnings).toEqual([]);
  });

  it('turns （一） subsections without numbered tasks into tasks', () => {
    const d = parseDocument('某某区工作要点\n一、重点任务\n（一）加强统筹。具体内容。\n（二）落实责任。具体内容。\n');
    expect(d.tasks.map((t) => [t.id, t.heading])).toEqual([
      ['一.（一）', '加强统筹'],
      ['一.（二）', '落实责任'],
    ]);
    expect(d.level).toBe('district');
  });

  it('reads 1、 and 1． list markers and full-width digits like 1.', () => {
    const d = parseDocument('某市重点任务\n一、甲\n１、甲一。\n2．甲二。\n3、甲三。\n');
    expect(d.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(d.tasks[0]!.heading).toBe('甲一');
  });

  it('ignores a news preface ending in 原文如下 and page chrome at the end', () => {
    const d = parseDocument(
      '2024年5月6日，某市政府网站发布了方案。\n1.这不是任务。\n原文如下：\n某某市重点工作任务\n一、甲\n1.甲一。\n扫一扫在手机打开当前页\n2.这也不是。\n',
    );
    expect(d.tasks.map((t) => t.heading)).toEqual(['甲一']);
    expect(d.date).toBe('2024-05-06');
    expect(d.title).toBe('某某市重点工作任务');
  });

  it('joins a title broken over two lines', () => {
    const d = parseDocument('\n某某市深化动能转换推动高质量发展\n2023年重点工作任务\n\n一、甲\n1.甲一。\n');
    expect(d.title).toBe('某某市深化动能转换推动高质量发展2023年重点工作任务');
    expect(d.region).toBe('某某市');
  });

  it('infers the level from the region of the title or the issuer', () => {
    const levels = ['某某省重点任务', '某某市重点任务', '某某县重点任务', '某某区重点任务', '关于印发重点任务的通知'].map(
      (title) => parseDocument(`${title}\n一、甲\n1.甲一。\n`).level,
    );
    expect(levels).toEqual(['province', 'city', 'county', 'district', 'unknown']);
  });

  it('reads 第一部分 headings as parts in a list', () => {
    const d = parseDocument('某市重点任务\n第一部分 创新驱动\n1.甲一。\n第二部分 动能转换\n2.乙一。\n');
    expect(d.sections.map((s) => [s.id, s.title])).toEqual([
      ['一', '创新驱动'],
      ['二', '动能转换'],
    ]);
    expect(d.tasks.map((t) => t.sectionPath[0])).toEqual(['一', '二']);
  });

  it('does not let a closing signature and date run into the last task', () => {
    const d = parseDocument('某某县重点任务\n一、甲\n1.甲一。内容。\n某某县人民政府办公室\n2023年8月29日\n');
    expect(d.tasks[0]!.text).toBe('甲一。内容。');
  });
});

describe('compareReadingWithList on small documents', () => {
  it('anchors on identical headings, so one missing heading does not shift the rest', async () => {
    const { compareReadingWithList } = await import('../src/parse/index.js');
    const reading = parseDocument('某市重点任务解读\n第一部分，甲。包括A、C、D3个方面。\n第二部分，乙。包括E、F2个方面。\n');
    const list = parseDocument('某市重点任务\n一、甲\n1.A。\n2.B。\n3.C。\n4.X。\n二、乙\n5.E。\n6.F。\n');
    const cmp = compareReadingWithList(reading, list);
    expect(cmp.differences).toEqual([
      { kind: 'missing-in-reading', section: '一', listTaskId: '2', list: 'B' },
      { kind: 'heading', section: '一', readingTaskId: '3', listTaskId: '4', reading: 'D', list: 'X' },
    ]);
    expect(cmp.pairs.filter((p) => p.same)).toHaveLength(4);
  });
});

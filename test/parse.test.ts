import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { normalizeText } from '../src/normalize/index.js';
import { compareReadingWithList, parseDocument } from '../src/parse/index.js';
import { PolicyDocumentSchema, type PolicyDocument } from '../src/model/index.js';
import { FILES, readData } from './helpers/data.js';

const parsed = new Map<keyof typeof FILES, PolicyDocument>();
function doc(key: keyof typeof FILES): PolicyDocument {
  let d = parsed.get(key);
  if (!d) {
    d = parseDocument(readData(key), { name: FILES[key] });
    parsed.set(key, d);
  }
  return d;
}

const range = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
const norm = (s: string): string => normalizeText(s).text;

describe('city task list', () => {
  it('has 11 sections and 106 tasks numbered 1..106', () => {
    const d = doc('city');
    expect(d.genre).toBe('task-list');
    expect(d.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(d.tasks.map((t) => t.id)).toEqual(range(106));
    expect(d.sections.map((s) => s.taskIds.length)).toEqual([8, 10, 11, 11, 6, 12, 15, 11, 14, 5, 3]);
    expect(d.warnings).toEqual([]);
  });

  it('reads lead units on the 103 tasks that have them; the three safeguard tasks have none', () => {
    const d = doc('city');
    const withLead = d.tasks.filter((t) => t.leadUnits.length > 0);
    expect(withLead).toHaveLength(103);
    expect(d.tasks.filter((t) => t.leadUnits.length === 0).map((t) => t.id)).toEqual(['104', '105', '106']);
    const t2 = d.tasks[1]!;
    expect(t2.heading).toBe('加强创新平台建设');
    expect(t2.leadUnits).toEqual(['市科技局', '市工业和信息化局', '市发展改革委']);
    const t6 = d.tasks[5]!;
    expect(t6.leadUnits).toEqual(['市科技局', '市财政局']);
    expect(t6.supportUnits).toEqual(['市地方金融监管局']);
    // text keeps the heading and drops the unit bracket
    expect(t2.text.startsWith('加强创新平台建设。')).toBe(true);
    expect(t2.text.endsWith('新增省级以上创新平台20家以上。')).toBe(true);
    expect(d.tasks.every((t) => !t.text.includes('牵头单位'))).toBe(true);
  });

  it('reads the title block', () => {
    const d = doc('city');
    expect(d.docNumber).toBe('聊政办字〔2023〕3号');
    expect(d.date).toBe('2023-03-01');
    expect(d.level).toBe('city');
    expect(d.region).toBe('聊城市');
    expect(d.issuer).toBe('聊城市人民政府办公室');
    expect(d.title).toContain('2023年重点工作任务');
  });
});

describe('county task list', () => {
  it('has 11 sections and 99 tasks; portal metadata and page chrome are not part of any task', () => {
    const d = doc('county');
    expect(d.sections).toHaveLength(11);
    expect(d.tasks.map((t) => t.id)).toEqual(range(99));
    expect(d.level).toBe('county');
    expect(d.region).toBe('冠县');
    expect(d.docNumber).toBe('冠政办字〔2023〕6号');
    expect(d.date).toBe('2023-08-29');
    const last = d.tasks[98]!;
    expect(last.heading).toBe('强化督导检查');
    expect(last.text).not.toMatch(/扫一扫|如果您对该文件有疑问/);
    expect(d.warnings).toEqual([]);
  });

  it('parses to the same tasks when converted to traditional characters and saved with CRLF', () => {
    const simplified = doc('county');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const trad = toTraditional(readData('county')).replace(/\n/g, '\r\n');
    expect(trad).not.toBe(readData('county'));
    const bytes = new TextEncoder().encode(trad);
    const d = parseDocument(bytes);
    const view = (x: PolicyDocument) => x.tasks.map((t) => ({ id: t.id, heading: t.heading, lead: t.leadUnits, support: t.supportUnits, path: t.sectionPath }));
    expect(view(d)).toEqual(view(simplified));
    expect(d.sections.map((s) => s.title)).toEqual(simplified.sections.map((s) => s.title));
    // spans point into the traditional original
    const t = d.tasks[0]!;
    expect(trad.slice(t.headingSpan.start, t.headingSpan.end)).toBe('加強實驗室佈局提升');
  });
});

describe('city interpretation', () => {
  it('lists 106 headings in 11 parts with declared counts', () => {
    const d = doc('cityReading');
    expect(d.genre).toBe('interpretation');
    expect(d.tasks.map((t) => t.id)).toEqual(range(106));
    expect(d.declared).toEqual({ sections: 11, tasks: 106 });
    expect(d.sections.map((s) => s.declaredCount)).toEqual([8, 10, 11, 11, 6, 12, 15, 11, 14, 5, 3]);
    expect(d.sections[0]!.title).toBe('深入实施创新驱动发展战略');
    // 、 inside quotes does not split a heading
    expect(d.tasks.map((t) => t.heading)).toContain('推进城市排水“两清零、一提标”');
    expect(d.warnings).toEqual([]);
  });

  it("equals the list's headings but one (加强工作领导 vs 加强组织领导)", () => {
    const cmp = compareReadingWithList(doc('cityReading'), doc('city'));
    expect(cmp.pairs).toHaveLength(106);
    const headingDiffs = cmp.differences.filter((x) => x.kind === 'heading');
    expect(headingDiffs).toEqual([
      { kind: 'heading', section: '十一', readingTaskId: '104', listTaskId: '104', reading: '加强工作领导', list: '加强组织领导' },
    ]);
    expect(cmp.warnings).toHaveLength(1);
    expect(cmp.warnings[0]!.code).toBe('heading-mismatch');
    expect(cmp.warnings[0]!.line).toBe(33);
  });
});

describe('provincial interpretation', () => {
  it('has 113 headings in parts 1-11 and the three safeguards of part 12 (116 in all)', () => {
    const d = doc('province');
    expect(d.genre).toBe('interpretation');
    expect(d.level).toBe('province');
    expect(d.region).toBe('山东省');
    expect(d.date).toBe('2023-01-23');
    expect(d.issuer).toBe('山东省发展和改革委员会');
    expect(d.tasks).toHaveLength(116);
    expect(d.tasks.filter((t) => t.sectionPath[0] !== '十二')).toHaveLength(113);
    expect(d.tasks.filter((t) => t.sectionPath[0] === '十二').map((t) => t.heading)).toEqual(['加强组织领导', '完善工作机制', '强化督导检查']);
    expect(d.sections).toHaveLength(12);
    expect(d.sections[11]!.declaredCount).toBe(3);
    // titles from 共分为十二个部分，包括…
    expect(d.sections[6]!.title).toBe('推进海洋强省建设');
    expect(d.sections[11]!.title).toBe('切实抓好组织实施');
    expect(d.declared).toEqual({ sections: 12 });
    const headings = d.tasks.map((t) => t.heading);
    expect(headings).toContain('推进城市排水“两清零、一提标”');
    // items broken over blank lines
    expect(headings).toContain('实施健康肉产业高质量发展工程');
    expect(headings).toContain('加快发展文化产业');
    expect(headings.every((h) => h.length > 0 && !h.includes('\n'))).toBe(true);
    expect(headings.filter((h) => h.includes('、'))).toEqual(['推进城市排水“两清零、一提标”']);
    expect(headings).toContain('推进国家文化公园（山东段）建设');
    expect(d.warnings).toEqual([]);
  });
});

describe('implementation plan', () => {
  it('has tasks under each （一）…（八） of the main tasks, with path ids', () => {
    const d = doc('plan');
    expect(d.genre).toBe('implementation-plan');
    expect(d.date).toBe('2023-08-26');
    expect(d.title).toBe('聊城市贯彻落实突破菏泽鲁西崛起三年行动计划（2023-2025年）实施方案');
    const main = d.sections.filter((s) => s.path.length === 2 && s.path[0] === '二');
    expect(main.map((s) => s.id)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']);
    expect(main.map((s) => s.taskIds.length)).toEqual([3, 5, 3, 5, 5, 3, 3, 4]);
    expect(main[0]!.taskIds).toEqual(['二.（一）.1', '二.（一）.2', '二.（一）.3']);
    const first = d.tasks.find((t) => t.id === '二.（一）.1')!;
    expect(first.heading).toBe('加强科技创新主体培育');
    expect(first.sectionPath).toEqual(['二', '（一）']);
    expect(first.leadUnits).toEqual(['市科技局']);
    // safeguards without numbers become tasks; the principles are not tasks; the goals are the document's
    expect(d.tasks.filter((t) => t.sectionPath[0] === '三').map((t) => [t.id, t.heading])).toEqual([
      ['三.（一）', '加强统筹推进'],
      ['三.（二）', '落实主体责任'],
      ['三.（三）', '强化考核激励'],
    ]);
    expect(d.tasks.some((t) => t.heading.startsWith('坚持科技引领'))).toBe(false);
    expect(d.tasks.some((t) => t.id === '一.（三）')).toBe(false);
    expect(d.sections.find((s) => s.path.join('.') === '一.（三）')!.title).toBe('主要目标');
    expect(d.goals.map((g) => [g.value, g.unit, g.comparator])).toEqual([
      [3, '个百分点', '>='],
      [2, '个百分点', '~'],
      [60, '%', '~'],
    ]);
    expect(d.goals.map((g) => g.metric)).toEqual(['高新技术产业产值占规上工业总产值比重提高', '四新经济增加值占比年均提高', '常住人口城镇化率']);
    for (const g of d.goals) expect(d.source.slice(g.span.start, g.span.end)).toBe(g.text);
    // the news preface is not the document
    expect(d.tasks.every((t) => !t.text.includes('原文如下'))).toBe(true);
    expect(d.warnings).toEqual([]);
  });
});

describe('spans', () => {
  it('point at the text they claim in every bundled document', () => {
    for (const key of Object.keys(FILES) as Array<keyof typeof FILES>) {
      const d = doc(key);
      expect(() => PolicyDocumentSchema.parse(d)).not.toThrow();
      for (const t of d.tasks) {
        expect(norm(d.source.slice(t.headingSpan.start, t.headingSpan.end)).replace(/\n/g, '')).toBe(t.heading);
        const whole = norm(d.source.slice(t.span.start, t.span.end));
        expect(whole.replace(/\n/g, '')).toContain(t.text.replace(/\n/g, ''));
      }
      for (const s of d.sections) {
        const text = norm(d.source.slice(s.span.start, s.span.end));
        if (d.genre === 'interpretation') expect(text).toMatch(new RegExp(`^第${s.id}部分`));
        else expect(text).toContain(s.title);
      }
    }
  });
});

describe('unit lists separated by commas', () => {
  it('starts a new list at each unit key, whatever separates them', () => {
    const doc = parseDocument(readData('county'), { targets: false });
    const task = (id: string) => doc.tasks.find((t) => t.id === id)!;
    // (牵头单位:县交通运输局,参与单位:县发展和改革局、县公路事业发展中心)
    expect(task('21').leadUnits).toEqual(['县交通运输局']);
    expect(task('21').supportUnits).toEqual(['县发展和改革局', '县公路事业发展中心']);
    // (牵头单位:县工业和信息化局,县财政局,参与单位:县金融与企业服务中心)
    expect(task('6').leadUnits).toEqual(['县工业和信息化局', '县财政局']);
    expect(task('6').supportUnits).toEqual(['县金融与企业服务中心']);
    for (const t of doc.tasks) for (const u of [...t.leadUnits, ...t.supportUnits]) expect(u).not.toMatch(/单位[：:]/);
  });
});

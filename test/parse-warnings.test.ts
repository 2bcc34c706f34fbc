import { describe, expect, it, vi } from 'vitest';
import { PolicyCascadeError } from '../src/errors.js';
import { parseDocument } from '../src/parse/index.js';

// A stand-in extractor: one "target" on every 100家 in the text, span relative to the string it is given.
vi.mock('../src/targets/index.js', () => ({
  extractTargets: (text: string) => {
    const i = text.indexOf('100家');
    if (i < 0) return [];
    return [
      {
        value: 100, unit: '家', rawUnit: '家', comparator: '=', kind: 'extensive', metric: 'x', qualifiers: [],
        approximate: false, qualitative: false, text: '100家', span: { start: i, end: i + 4 },
      },
    ];
  },
}));

const list = (body: string): string => `某某市2023年重点工作任务\n\n一、第一部分\n${body}`;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyCascadeError);
    const err = e as PolicyCascadeError;
    expect(err.message).not.toContain('\n');
    expect(err.messageZh).toBeTruthy();
    return err.code;
  }
  return undefined;
}

describe('numbering warnings', () => {
  it('warns about a gap with its line and column', () => {
    const d = parseDocument(list('1.甲任务。内容。\n2.乙任务。内容。\n4.丁任务。内容。\n'));
    expect(d.tasks.map((t) => t.id)).toEqual(['1', '2', '4']);
    expect(d.warnings).toHaveLength(1);
    const w = d.warnings[0]!;
    expect(w.code).toBe('numbering-gap');
    expect(w.message).toContain('3.');
    expect([w.line, w.column]).toEqual([6, 1]);
    expect(d.source.slice(w.span!.start, w.span!.end)).toBe('4.');
  });

  it('warns about a duplicate number and keeps ids unique', () => {
    const d = parseDocument(list('1.甲任务。\n2.乙任务。\n2.丙任务。\n3.丁任务。\n'));
    expect(d.warnings.map((w) => w.code)).toEqual(['numbering-duplicate']);
    expect(d.tasks.map((t) => t.id)).toEqual(['1', '2', '2#2', '3']);
  });

  it('warns about a gap in the part numerals', () => {
    const d = parseDocument('标题任务\n一、甲\n1.甲任务。\n三、丙\n2.丙任务。\n');
    expect(d.warnings.map((w) => w.code)).toEqual(['numbering-gap']);
    expect(d.warnings[0]!.message).toContain('二、');
  });
});

describe('declared counts', () => {
  const reading = (declared: string, part1: string) =>
    `某市重点工作任务解读\n\n三、主要内容\n《重点工作任务》共${declared}。\n第一部分，甲。包括${part1}。\n第二部分，乙。包括丁、戊2个方面。\n`;

  it('are read and agree', () => {
    const d = parseDocument(reading('2部分，5项内容', 'A、B、C3个方面'));
    expect(d.genre).toBe('interpretation');
    expect(d.declared).toEqual({ sections: 2, tasks: 5 });
    expect(d.tasks.map((t) => t.heading)).toEqual(['A', 'B', 'C', '丁', '戊']);
    expect(d.warnings).toEqual([]);
  });

  it('warn when a part declares more items than it lists, and when the totals disagree', () => {
    const d = parseDocument(reading('3部分，6项内容', 'A、B3个方面'));
    const codes = d.warnings.map((w) => w.code);
    expect(codes).toEqual(['count-mismatch', 'count-mismatch', 'count-mismatch']);
    expect(d.warnings[0]!.message).toContain('declares 3 items but lists 2');
    expect(d.warnings.every((w) => w.line !== undefined && w.span !== undefined)).toBe(true);
  });
});

describe('hard errors', () => {
  it('EMPTY_INPUT for empty and whitespace-only input', () => {
    expect(codeOf(() => parseDocument(''))).toBe('empty-input');
    expect(codeOf(() => parseDocument(' \n\u3000\r\n'))).toBe('empty-input');
    expect(codeOf(() => parseDocument(new Uint8Array()))).toBe('empty-input');
  });

  it('BINARY_INPUT for NUL bytes and control characters', () => {
    expect(codeOf(() => parseDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0xff, 0xfe, 0])))).toBe('binary-input');
    expect(codeOf(() => parseDocument('一、甲\u0000\u0001\u0002\u0003'))).toBe('binary-input');
  });

  it('NOT_A_TASK_DOCUMENT for prose without numbered tasks or parts', () => {
    const prose = '今天天气很好。我们去公园散步，看到很多人在锻炼身体。\n晚上回家吃饭。';
    expect(codeOf(() => parseDocument(prose))).toBe('not-a-task-document');
  });

  it('INVALID_OPTIONS for options outside the schema', () => {
    expect(codeOf(() => parseDocument('1.甲。', { level: 'planet' } as never))).toBe('invalid-options');
    expect(codeOf(() => parseDocument('1.甲。', { colour: 'red' } as never))).toBe('invalid-options');
  });
});

describe('options and targets', () => {
  const text = '某某县重点工作任务\r\n一、第一部分\r\n　　1.培育企业。新增高新技术企业100家以上。（牵头单位:县科技局）\r\n';

  it('overrides level and genre, names the document', () => {
    const d = parseDocument(text, { level: 'district', name: 'x.txt' });
    expect(d.level).toBe('district');
    expect(d.name).toBe('x.txt');
    expect(parseDocument(text).level).toBe('county');
  });

  it('maps target spans from task text to the original input, and skips them on request', () => {
    const d = parseDocument(text);
    const t = d.tasks[0]!;
    expect(t.leadUnits).toEqual(['县科技局']);
    expect(t.targets).toHaveLength(1);
    const span = t.targets[0]!.span;
    expect(d.source.slice(span.start, span.end)).toBe('100家');
    expect(parseDocument(text, { targets: false }).tasks[0]!.targets).toEqual([]);
  });

  it('reads half-width unit brackets and 参与单位 / 责任单位 as support units', () => {
    const d = parseDocument(list('1.甲任务。内容(牵头单位:A局,B局;参与单位:C局、D办;责任单位:各县(市、区)政府)\n'));
    expect(d.tasks[0]!.leadUnits).toEqual(['A局', 'B局']);
    expect(d.tasks[0]!.supportUnits).toEqual(['C局', 'D办', '各县（市、区）政府']);
    expect(d.tasks[0]!.text).toBe('甲任务。内容');
  });

  it('repairs a document number that lost its 〕', () => {
    const d = parseDocument('某某县人民政府办公室关于印发重点工作任务的通知\n某政办字〔202318号\n一、甲\n1.甲任务。\n');
    expect(d.docNumber).toBe('某政办字〔2023〕18号');
    expect(d.issuer).toBe('某某县人民政府办公室');
  });
});

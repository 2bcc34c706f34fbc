// Layouts, unit forms and metadata shapes of published documents, on short lists the team wrote.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { PolicyDocumentSchema, type PolicyDocument } from '../src/model/index.js';

function parse(text: string): PolicyDocument {
  const d = parseDocument(text, { name: 'test.txt' });
  PolicyDocumentSchema.parse(d);
  return d;
}

const summary = (d: PolicyDocument): Array<[string, string, string[], string[]]> =>
  d.tasks.map((t) => [t.id, t.heading, t.leadUnits, t.supportUnits]);

describe('decomposition tables', () => {
  const expected = [
    ['1', '建设创新平台', ['县科技局'], ['县财政局']],
    ['2', '培育科技企业', ['县工信局'], []],
  ];

  it('reads rows with tab-separated cells (as the HTML and DOCX readers give them)', () => {
    const d = parse(
      '某某县2024年重点任务分解表\n\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n' +
        '1\t建设创新平台\t新增省级平台3家。\t县科技局\t县财政局\t2024年底\n' +
        '2\t培育科技企业\t高新技术企业达到20家。\t县工信局\t\t2024年底\n',
    );
    expect(summary(d)).toEqual(expected);
    expect(d.tasks[0]!.text).toBe('建设创新平台。新增省级平台3家。');
    expect(d.tasks[0]!.targets.map((t) => t.value)).toEqual([3]);
    expect(d.genre).toBe('task-list');
  });

  it('reads rows with | cells, sections from part rows', () => {
    const d = parse(
      '序号 | 重点任务 | 牵头单位 | 配合单位 |\n一、推进科技创新\n1 | 建设创新平台。新增省级平台3家。 | 县科技局 | 县财政局 |\n' +
        '二、壮大产业\n2 | 培育科技企业。高新技术企业达到20家。 | 县工信局 | |\n',
    );
    expect(summary(d)).toEqual(expected);
    expect(d.sections.map((s) => [s.id, s.title, s.taskIds])).toEqual([
      ['一', '推进科技创新', ['1']],
      ['二', '壮大产业', ['2']],
    ]);
  });

  it('skips the header repeated where a table continues on the next page', () => {
    const d = parse('序号\t重点任务\t牵头单位\n1\t建设创新平台。\t县科技局\n\n— 2 —\n\n序号\t重点任务\t牵头单位\n2\t培育科技企业。\t县工信局\n');
    expect(summary(d)).toEqual([
      ['1', '建设创新平台', ['县科技局'], []],
      ['2', '培育科技企业', ['县工信局'], []],
    ]);
  });

  it('reads a cell per line, rows starting at a number alone on its line', () => {
    const d = parse('序号\n重点任务\n牵头单位\n配合单位\n1\n建设创新平台。新增省级平台3家。\n县科技局\n县财政局\n2\n培育科技企业。\n县工信局\n县科技局\n');
    expect(summary(d)).toEqual([expected[0], ['2', '培育科技企业', ['县工信局'], ['县科技局']]]);
  });

  it('reads a cell per line ending in |, and a part column with merged cells', () => {
    const d = parse(
      '类别 | 事项名称 | 年度目标 | 责任单位 | 联系领导 | 完成情况 |\n' +
        '一、教育 | 1.新建幼儿园 | 建成幼儿园2所。 | 县教育局 | 张三 | 已完成80% |\n' +
        '2.改造学校操场 | 改造操场5处。 | 县教育局 | 张三 | 完成3处 |\n',
    );
    expect(summary(d)).toEqual([
      ['1', '新建幼儿园', ['县教育局'], []],
      ['2', '改造学校操场', ['县教育局'], []],
    ]);
    expect(d.tasks.map((t) => t.sectionPath)).toEqual([['一'], ['一']]);
    // progress columns are no task text: their figures are no targets
    expect(d.tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([2, 5]);
  });

  it('reads a planned amount under a column whose header states the unit', () => {
    const text = '序号\t项目名称\t建设内容\t投资金额（万元）\t已完成投资（万元）\t责任单位\n1\t新建幼儿园\t建成幼儿园2所。\t300\t120\t县教育局\n';
    const d = parse(text);
    expect(d.tasks[0]!.text).toBe('新建幼儿园。建成幼儿园2所。投资金额300万元');
    const amount = d.tasks[0]!.targets.find((t) => t.unit === '元')!;
    expect(amount.value).toBe(3_000_000);
    // the span points at the cell
    expect(text.slice(amount.span.start, amount.span.end)).toBe('300');
  });

  it('takes no short task lines followed by unit lines for a table header', () => {
    const d = parse('某某县2024年重点任务\n1.完成年度目标任务。\n牵头领导：张三\n牵头单位：县发展改革局\n责任单位：县统计局\n2.加强组织领导。\n牵头单位：县政府办\n');
    expect(summary(d)).toEqual([
      ['1', '完成年度目标任务', ['县发展改革局'], ['县统计局']],
      ['2', '加强组织领导', ['县政府办'], []],
    ]);
  });

  it('reads a header whose cells are separated by spaces, and rows numbered with a space', () => {
    const d = parse('序号 重点任务 牵头单位 配合单位\n1 建设创新平台 县科技局 县财政局\n2 培育科技企业 县工信局 县科技局\n');
    expect(summary(d)).toEqual([expected[0], ['2', '培育科技企业', ['县工信局'], ['县科技局']]]);
  });
});

describe('task numbering', () => {
  const list = (m: (n: number) => string): string =>
    `某某县2024年重点工作任务\n${m(1)}建设创新平台。新增省级平台3家。（牵头单位：县科技局）\n${m(2)}培育科技企业。（牵头单位：县工信局）\n`;

  for (const [name, m] of [
    ['（1）', (n: number) => `（${n}）`],
    ['(1)', (n: number) => `(${n})`],
    ['①', (n: number) => String.fromCharCode(0x245f + n)],
    ['第一条', (n: number) => `第${'一二'[n - 1]}条 `],
    ['一是', (n: number) => `${'一二'[n - 1]}是`],
    ['1﹒', (n: number) => `${n}﹒`],
    ['a row number and a space', (n: number) => `${n} `],
  ] as const) {
    it(`reads tasks numbered ${name}`, () => {
      const d = parse(list(m));
      expect(summary(d)).toEqual([
        ['1', '建设创新平台', ['县科技局'], []],
        ['2', '培育科技企业', ['县工信局'], []],
      ]);
    });
  }

  it('reads a text without any line break', () => {
    const d = parse(
      '某某县2024年重点工作任务 一、推进科技创新。1.建设创新平台。增长3.5%。（牵头单位：县科技局；配合单位：县财政局）2.培育科技企业。（县工信局牵头）二、扩大投资。3.推进项目建设。（责任单位：县发展改革局）',
    );
    expect(d.title).toBe('某某县2024年重点工作任务');
    expect(d.sections.map((s) => s.id)).toEqual(['一', '二']);
    expect(summary(d)).toEqual([
      ['1', '建设创新平台', ['县科技局'], ['县财政局']],
      ['2', '培育科技企业', ['县工信局'], []],
      ['3', '推进项目建设', ['县发展改革局'], []],
    ]);
  });

  it('reads unnumbered paragraphs that end in their units', () => {
    const d = parse(
      '某某市推动产业发展实施方案\n为推动产业发展，制定本方案。\n\n加强企业培育。到2025年，科技型企业增至120家。（市科技局牵头负责，市财政局配合）\n\n强化平台赋能。建设创新平台5个。（市工信局牵头）\n',
    );
    expect(summary(d)).toEqual([
      ['1', '加强企业培育', ['市科技局'], ['市财政局']],
      ['2', '强化平台赋能', ['市工信局'], []],
    ]);
    expect(d.genre).toBe('implementation-plan');
  });
});

describe('covering notices and attachments', () => {
  it("does not read the notice's own numbered requirements as tasks, and refuses a notice without its list", () => {
    const notice =
      '青禾市政府办公室关于下发《青禾市2024年重点任务分工方案》的通知\n各县（市、区）政府：\n《方案》随文下发，另就几点要求通知如下：\n' +
      '1.加强组织领导。各牵头单位要细化措施。\n2.强化督导考核。每月报送进展。\n青禾市政府办公室\n2024年1月10日\n';
    expect(() => parse(notice)).toThrow(/not a task document/);
    const d = parse(`${notice}青禾市2024年重点任务分工方案\n一、经济发展\n1.全市经济总量增长6%左右。（牵头单位：市发展改革委）\n`);
    expect(summary(d)).toEqual([['1', '全市经济总量增长6%左右', ['市发展改革委'], []]]);
    expect(d.warnings.map((w) => w.code)).toEqual(['notice-requirements']);
    expect(d.warnings[0]!.line).toBe(4);
  });

  it('reads several attachments into sections of their own', () => {
    const d = parse(
      '青禾县政府办公室关于下发两个清单的通知\n各乡镇政府：\n两个清单随文下发，请抓好落实。\n青禾县政府办公室\n2024年3月1日\n' +
        '附件1\n某某县2024年重点工作任务\n1.建设创新平台。（牵头单位：县科技局）\n2.培育科技企业。（牵头单位：县工信局）\n' +
        '附件2\n某某县2024年民生实事清单\n1.新建幼儿园2所。（牵头单位：县教育局）\n',
    );
    expect(d.tasks.map((t) => [t.id, t.sectionPath])).toEqual([
      ['附件1.1', ['附件1']],
      ['附件1.2', ['附件1']],
      ['附件2.1', ['附件2']],
    ]);
    expect(d.sections.map((s) => [s.id, s.title])).toEqual([
      ['附件1', '某某县2024年重点工作任务'],
      ['附件2', '某某县2024年民生实事清单'],
    ]);
  });
});

describe('lead and supporting units', () => {
  const task = (units: string, prelude = ''): PolicyDocument =>
    parse(`某某县2024年重点工作任务\n${prelude}一、推进科技创新\n1.建设创新平台。新增省级平台3家。${units}\n`);
  const units = (d: PolicyDocument): [string[], string[]] => [d.tasks[0]!.leadUnits, d.tasks[0]!.supportUnits];

  it.each([
    ['（牵头单位：县科技局；配合单位：县财政局、县工信局）', [['县科技局'], ['县财政局', '县工信局']]],
    ['（县科技局牵头，县财政局配合）', [['县科技局'], ['县财政局']]],
    ['（县科技局负责）', [['县科技局'], []]],
    ['（各乡镇分别负责，年内持续推进）', [['各乡镇'], []]],
    ['（责任单位：县科技局、县财政局）', [['县科技局', '县财政局'], []]],
    ['（责任部门：县科技局）', [['县科技局'], []]],
    ['（牵头单位：县科技局；责任单位：县财政局）', [['县科技局'], ['县财政局']]],
    ['（责任领导：张三；牵头单位：县科技局）', [['县科技局'], []]],
    ['（责任单位：县财政局、县科技局★）', [['县科技局'], ['县财政局']]],
    ['\n牵头领导：张三\n牵头单位：县科技局\n责任单位：县财政局', [['县科技局'], ['县财政局']]],
    ['\n责任单位：县科技局', [['县科技局'], []]],
    ['\n部门分工：县科技局牵头，县财政局配合。', [['县科技局'], ['县财政局']]],
  ] as const)('reads %s', (form, expected) => {
    expect(units(task(form))).toEqual(expected);
  });

  it('follows a stated rule that the first listed unit leads', () => {
    const d = task('（责任单位：县科技局、县财政局）', '（列第一位的为牵头单位，下同）\n');
    expect(units(d)).toEqual([['县科技局'], ['县财政局']]);
  });

  it('reads a table column of units with the lead marked by 牵头', () => {
    const d = parse('序号\t重点任务\t责任单位\n1\t建设创新平台。\t县科技局牵头，县财政局配合\n2\t培育科技企业。\t县工信局\n');
    expect(summary(d)).toEqual([
      ['1', '建设创新平台', ['县科技局'], ['县财政局']],
      ['2', '培育科技企业', ['县工信局'], []],
    ]);
  });

  it('warns, with a position, about a unit bracket it cannot read', () => {
    const d = task('（牵头：县科技局）');
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['units-unread', 3]]);
  });
});

describe('metadata', () => {
  const body = '一、推进科技创新\n1.建设创新平台。（牵头单位：区科技局）\n';

  it('reads portal fields on lines, several to a line, and never takes them for the title', () => {
    const d = parse(
      '首页 > 政务公开 > 政府文件\n索引号：11370000/2024-001  公开方式：主动公开\n发文机关：某某区人民政府办公室\n文号：某政办发〔2024〕5号  成文日期：2024-02-03\n' +
        `青禾市溪口区政府办公室关于下发溪口区2024年重点工作任务的通知\n${body}`,
    );
    expect(d.title).toBe('青禾市溪口区政府办公室关于下发溪口区2024年重点工作任务的通知');
    expect(parse(`资讯详情\n某某区2024年重点工作任务\n浏览量\n${body}`).title).toBe('某某区2024年重点工作任务');
    expect(d.docNumber).toBe('某政办发〔2024〕5号');
    expect(d.date).toBe('2024-02-03');
    expect(d.level).toBe('district');
    expect(d.region).toBe('青禾市溪口区');
  });

  it('reads fields in pipes and key and value on separate lines', () => {
    const piped = parse(`索引号 | 11370000/2024-001 | 成文日期 | 2024-02-03 |\n发文字号 | 某政办发〔2024〕5号 |\n某某区2024年重点工作任务\n${body}`);
    expect([piped.title, piped.docNumber, piped.date]).toEqual(['某某区2024年重点工作任务', '某政办发〔2024〕5号', '2024-02-03']);
    const split = parse(`发文字号\n某政办发〔2024〕5号\n成文日期\n2024-02-03\n某某区2024年重点工作任务\n${body}`);
    expect([split.title, split.docNumber, split.date]).toEqual(['某某区2024年重点工作任务', '某政办发〔2024〕5号', '2024-02-03']);
  });

  it('joins a title broken over lines', () => {
    const d = parse(`青禾省政府关于下发《全省2024年〈政府工作报告〉\n目标任务分工安排》的通知\n青政发〔2024〕2号\n${body}`);
    expect(d.title).toBe('青禾省政府关于下发《全省2024年〈政府工作报告〉目标任务分工安排》的通知');
    expect(d.level).toBe('province');
    expect(d.genre).toBe('task-list');
  });

  it('takes no prose sentence for a title', () => {
    const d = parse(`为推动高质量发展，结合我区实际，制定本任务清单。\n${body}`);
    expect(d.title).toBe('');
  });

  it('reads levels: national from the issuer, a name ending in 州 whole, municipalities at province level', () => {
    expect(parse(`国务院关于落实重点工作的意见\n${body}`).level).toBe('national');
    const dezhou = parse(`德州市2024年重点工作任务\n${body}`);
    expect([dezhou.region, dezhou.level]).toEqual(['德州市', 'city']);
    expect(parse(`某州市某某区2024年重点工作任务\n${body}`).level).toBe('district');
    expect(parse(`北京市2024年政务公开工作要点\n${body}`).level).toBe('province');
    // no place in the title: the first issuer or document the text names
    expect(parse('近日，青禾省人民政府办公厅下发通知。\n一、推进科技创新\n1.建设创新平台。（牵头单位：科技厅）\n').level).toBe('province');
  });

  it('reads a text that lists 国家、省、市 above itself as county tier, even one calling itself 全市', () => {
    const tasks = '一、支持产业发展\n1.保障重点项目。加快全市重点项目落地。\n2.支持企业升级。\n';
    expect(parse(`争取国家、省、市各类专项资金，保障全市项目建设。\n${tasks}`).level).toBe('county');
    expect(parse(`结合省、某某市政策清单和我市实际，制定若干政策。\n${tasks}`).level).toBe('county');
    // only 国家、省 above it: a prefecture-level city; all of 省、市、县 listed: no tier
    expect(parse(`争取国家、省各类专项资金，保障全市项目建设。\n${tasks}`).level).toBe('city');
    expect(parse(`创建国家、省、市三级示范项目，保障全市项目建设。\n${tasks}`).level).toBe('city');
    expect(parse(`构建国家、省、市、县四级联动机制，全省统筹推进。\n一、主要任务\n1.建设创新平台。\n`).level).toBe('province');
  });

  it('reads a 市 whose own units are towns and streets as county tier, one addressing 县（市、区） as city', () => {
    const tasks = '一、推进重点工作\n1.建设创新平台。\n2.改善人居环境。\n';
    expect(parse(`某某市2024年重点工作任务\n各镇（街道），市直各部门：\n${tasks}`).level).toBe('county');
    expect(parse(`某某市2024年重点工作任务\n各县（市、区）人民政府，各乡镇（街道）：\n${tasks}`).level).toBe('city');
  });

  it('reads a text speaking of itself as 全国 / 我国 as national when nothing else names its tier', () => {
    const tasks = '一、主要目标\n1.优化产业结构。\n2.提升能源效率。\n';
    expect(parse(`坚持全国统筹、节约优先，明确各地区目标任务。\n${tasks}`).level).toBe('national');
    // 全市 dominating a passing mention of 全国 stays city
    expect(parse(`全市争创全国领先，全市统筹推进，全市上下合力。\n${tasks}`).level).toBe('city');
  });

  it('reads genres from the title', () => {
    const genre = (title: string): string => parse(`${title}\n${body}`).genre;
    expect(genre('某某区2024年重点工作分工方案')).toBe('task-list');
    expect(genre('某某区2024年政务公开工作要点')).toBe('task-list');
    expect(genre('某某区推动制造业发展实施方案')).toBe('implementation-plan');
    expect(genre('某某区数字经济三年行动计划')).toBe('implementation-plan');
    expect(genre('某某区2024年重点任务实施方案')).toBe('implementation-plan');
    expect(genre('某某区2024年重点任务分工方案')).toBe('task-list');
    expect(genre('某某省出台制造业三年行动计划')).toBe('interpretation');
    expect(genre('2024年某某区政府工作报告')).toBe('work-report');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './helpers/fast-check-seed.js';
import { compatibleUnits, convertValue, extractTargets, metricKey, unitFactor, unitInfo } from '../src/targets/index.js';
import { TargetSchema, type Target } from '../src/model/index.js';
import { readData } from './helpers/data.js';

/** Sentences below are copied from the bundled documents in data/ unless marked synthetic. */

function brief(targets: Target[]): Array<[number, string, string]> {
  return targets.map((t) => [t.value, t.unit, t.comparator]);
}

function only(text: string): Target {
  const targets = extractTargets(text);
  expect(targets).toHaveLength(1);
  return targets[0]!;
}

describe('number forms', () => {
  it('reads Arabic integers and decimals', () => {
    expect(brief(extractTargets('全县完成养殖池塘标准化改造124.56亩。'))).toEqual([[124.56, '亩', '=']]);
    expect(brief(extractTargets('全市水土保持率达到94.906%。'))).toEqual([[94.906, '%', '=']]);
  });

  it('folds 万/亿 multipliers into the base unit', () => {
    expect(brief(extractTargets('全年新增技能人才1.2万人以上'))).toEqual([[12000, '人', '>=']]);
    const water = extractTargets('全市年度用水总量控制在20.1亿立方米以内，非常规水源利用量达到0.8亿立方米以上。');
    expect(brief(water)).toEqual([
      [2010000000, '立方米', '<='],
      [80000000, '立方米', '>='],
    ]);
    expect(water[1]!.rawUnit).toBe('亿立方米');
    expect(brief(extractTargets('非常规水源利用量达到700万立方米以上。'))).toEqual([[7000000, '立方米', '>=']]);
    expect(brief(extractTargets('新能源装机容量达到350万千瓦。'))).toEqual([[3500000, '千瓦', '=']]);
    expect(brief(extractTargets('粮食产量稳定在110亿斤以上。'))).toEqual([[11000000000, '斤', '>=']]);
    expect(brief(extractTargets('年内城镇新增就业0.45万人。'))).toEqual([[4500, '人', '=']]);
  });

  it('reads 1万个 and 突破1万个', () => {
    const t = extractTargets('力争新建成开通5G基站2500个，总量突破1万个。');
    expect(brief(t)).toEqual([
      [2500, '个', '='],
      [10000, '个', '>'],
    ]);
  });

  it('reads ranges as value and max', () => {
    const t = extractTargets('推动至少创建2家省级示范托育机构，10—15家市级示范性托育服务机构。');
    expect(t[1]).toMatchObject({ value: 10, max: 15, unit: '家' });
    expect(only('培育1-2家龙头企业').max).toBe(2); // synthetic
    expect(only('新增10至15个示范点').max).toBe(15); // synthetic
    expect(only('增长5%—8%').max).toBe(8); // synthetic
  });

  it('reads 余/多 as an approximate floor', () => {
    const t = extractTargets('组织三个非遗项目入驻12个学校,600余课时。');
    const hours = t.find((x) => x.unit === '课时')!;
    expect(hours).toMatchObject({ value: 600, comparator: '=', approximate: true });
    expect(only('每年保护性种植农作物种质资源70余个。')).toMatchObject({ value: 70, approximate: true });
    expect(only('引进人才2万多人')).toMatchObject({ value: 20000, unit: '人', approximate: true }); // synthetic
  });

  it('reads Chinese numerals after a verb of commitment', () => {
    expect(only('建成一所达到二级传染病医院建设标准的医疗机构。')).toMatchObject({ value: 1, unit: '所' });
    expect(brief(extractTargets('组织三个非遗项目入驻12个学校'))).toEqual([
      [3, '个', '='],
      [12, '个', '='],
    ]);
    expect(only('新建两所学校')).toMatchObject({ value: 2, unit: '所' }); // synthetic
    expect(only('新增一百二十个停车位')).toMatchObject({ value: 120 }); // synthetic
    expect(only('建设二十家社区食堂')).toMatchObject({ value: 20 }); // synthetic
    expect(only('开展十场培训')).toMatchObject({ value: 10 }); // synthetic
  });

  it('does not count Chinese numerals that summarise, name or idiomatise', () => {
    expect(extractTargets('抢抓创新驱动发展、财税金融政策扶持、产业转型提质增效、激活内生动力四个机遇')).toEqual([]);
    expect(extractTargets('推动临清兴运和冠县冠宏两个工业互联网标识解析二级节点尽快上线运营')).toEqual([]);
    expect(extractTargets('培育一批技术转移服务机构，建设一支懂技术、懂市场的技术经纪人队伍')).toEqual([]);
    expect(extractTargets('保持两位数增长')).toEqual([]); // synthetic
    expect(extractTargets('走出一条绿色低碳高质量发展新路子')).toEqual([]);
  });

  it('reads traditional characters when asked, with spans into the input', () => {
    const text = '新增高新技術企業100家以上，糧食產量穩定在110億斤以上。'; // synthetic traditional
    const t = extractTargets(text, { traditional: true });
    expect(brief(t)).toEqual([
      [100, '家', '>='],
      [11000000000, '斤', '>='],
    ]);
    expect(t[0]!.metric).toBe('新增高新技术企业');
    expect(t[1]!.span.end).toBe(text.indexOf('以上。') + 2);
  });

  it('reads full-width digits and percent signs with spans unchanged', () => {
    const text = '全市生活垃圾焚烧处理率达到９５％以上。'; // synthetic full-width
    const t = only(text);
    expect(t).toMatchObject({ value: 95, unit: '%', comparator: '>=' });
    expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  });
});

describe('units', () => {
  it('has a catalogue with multipliers and kinds', () => {
    expect(unitInfo('万千瓦')).toMatchObject({ unit: '千瓦', factor: 1e4, kind: 'extensive' });
    expect(unitInfo('亿立方米')).toMatchObject({ unit: '立方米', factor: 1e8 });
    expect(unitInfo('万亩')).toMatchObject({ unit: '亩', factor: 1e4 });
    expect(unitInfo('亿斤')).toMatchObject({ unit: '斤', factor: 1e8 });
    expect(unitInfo('万斤')).toMatchObject({ unit: '斤', factor: 1e4 });
    expect(unitInfo('万平方米')).toMatchObject({ unit: '平方米', factor: 1e4 });
    expect(unitInfo('万人次')).toMatchObject({ unit: '人次', factor: 1e4 });
    expect(unitInfo('亿元')).toMatchObject({ unit: '元', factor: 1e8 });
    expect(unitInfo('万吨')).toMatchObject({ unit: '吨', factor: 1e4 });
    expect(unitInfo('千米')).toMatchObject({ unit: '千米', factor: 1 });
    expect(unitInfo('%')).toMatchObject({ unit: '%', kind: 'intensive' });
    expect(unitInfo('个百分点')).toMatchObject({ unit: '个百分点', kind: 'intensive' });
    expect(unitInfo('倍')).toMatchObject({ kind: 'intensive' });
    expect(unitInfo('微克/立方米')).toMatchObject({ unit: '微克/立方米', kind: 'intensive' });
    expect(unitInfo('千伏')?.category).toBe('spec');
    expect(unitInfo('年')).toBeUndefined();
    expect(unitInfo('级')).toBeUndefined();
    for (const raw of ['家', '个', '项', '所', '座', '处', '场', '条', '台', '套', '户', '名', '人', '批', '件', '张', '辆', '兆瓦', '千伏安', '标准箱', '课时', '床', '平方公里', '公里']) {
      expect(unitInfo(raw)?.unit, raw).toBe(raw);
    }
  });

  it('converts values and tells compatible units', () => {
    expect(convertValue(0.8, '亿立方米')).toBe(80000000);
    expect(convertValue(700, '万立方米')).toBe(7000000);
    expect(compatibleUnits('亿立方米', '万立方米')).toBe(true);
    expect(compatibleUnits('兆瓦', '万千瓦')).toBe(true);
    expect(unitFactor('兆瓦', '千瓦')).toBe(1000);
    expect(compatibleUnits('家', '个')).toBe(false);
    expect(compatibleUnits('%', '个百分点')).toBe(false);
  });

  it('sets kind: counts and totals extensive, rates and per-person standards intensive', () => {
    expect(only('新增绿色建筑面积400万平方米').kind).toBe('extensive');
    expect(only('专利授权量增长18%以上').kind).toBe('intensive');
    expect(only('高新技术产业产值占规上工业总产值比重提高3个百分点以上').kind).toBe('intensive');
    const standard = only('居民基本医保财政补助标准提高到每人每年640元。');
    expect(standard).toMatchObject({ value: 640, unit: '元', kind: 'intensive', comparator: '=' });
    expect(standard.qualifiers).toContain('每人每年');
    expect(only('救助标准提高至3万元。')).toMatchObject({ value: 30000, kind: 'intensive' });
    expect(only('力争年度投资超过100亿元。')).toMatchObject({ value: 1e10, kind: 'extensive', comparator: '>' });
  });
});

describe('comparators', () => {
  const cases: Array<[string, string]> = [
    ['新增高新技术企业100家以上', '>='],
    ['新增不少于20家城市书房', '>='],
    ['推动至少创建2家省级示范托育机构', '>='],
    ['确保每县（市、区）改造不低于县域内20%的农村公办幼儿园', '>='],
    ['总量突破1万个', '>'],
    ['达到标杆水平的产能超过30%', '>'],
    ['突出抓好100个左右强链延链补链新建、技改重点项目', '~'],
    ['常住人口城镇化率达到60%左右', '~'],
    ['全市年度用水总量控制在20.1亿立方米以内', '<='],
    ['城镇调查失业率控制在5.5%', '<='], // synthetic
    ['单位能耗不超过0.5吨标准煤', '<='], // synthetic
    ['化肥使用量降至10万吨', '<='], // synthetic
    ['不良贷款率低于2%', '<'], // synthetic
    ['全市省级畜禽屠宰标准化企业达到10家', '='],
    ['完成老旧小区改造175个', '='],
    ['近100家企业参与', '~'], // synthetic
    ['约500家企业参与', '~'], // synthetic
    ['能源节约20%', '='], // synthetic: 约 inside 节约 is no comparator
    ['学前教育公办园在园幼儿占比达60%以上', '>='],
    ['推动80%以上的企业完成改造', '>='], // synthetic: a share heading its noun
  ];
  for (const [text, comparator] of cases) {
    it(`${text} → ${comparator}`, () => {
      expect(only(text).comparator).toBe(comparator);
    });
  }

  it('does not carry a comparator word across to a later number', () => {
    const t = extractTargets('推动至少创建2家省级示范托育机构，10—15家市级示范性托育服务机构');
    expect(t.map((x) => x.comparator)).toEqual(['>=', '=']);
  });
});

describe('exclusions', () => {
  it('keeps a threshold inside a noun phrase as a qualifier of the target', () => {
    const t = only('实施投资500万元以上技术改造项目600个左右。');
    expect(t).toMatchObject({ value: 600, unit: '个', comparator: '~' });
    expect(t.qualifiers).toContain('投资500万元以上');
    expect(extractTargets('推动现有30万千瓦以下小煤电机组关停整合')).toEqual([]);
    const nursery = only('新增3岁以下婴幼儿托位3000个');
    expect(nursery).toMatchObject({ value: 3000, unit: '个' });
    expect(nursery.qualifiers).toContain('3岁以下');
    expect(extractTargets('谋划储备一批总投资10亿元、20亿元、50亿元、100亿元以上的大项目')).toEqual([]);
    expect(extractTargets('实施东昌府区西新河等流域面积在200-3000平方公里范围内的中小河流治理')).toEqual([]);
    expect(extractTargets('积极推进黄河干流及主要支流岸线1公里范围内高耗水、高污染企业搬迁入园')).toEqual([]);
    expect(extractTargets('年产30万吨乙烯项目开工建设')).toEqual([]); // synthetic
  });

  it('reads voltage classes as qualifiers of the count they follow', () => {
    const t = extractTargets('建设3座220千伏、7座110千伏变电站');
    expect(brief(t)).toEqual([
      [3, '座', '='],
      [7, '座', '='],
    ]);
    expect(t[0]!.qualifiers).toContain('220千伏');
    expect(t[1]!.qualifiers).toContain('110千伏');
    expect(only('建设1座110千伏变电站').value).toBe(1);
  });

  it('skips names, ordinals and numbers in quotes', () => {
    expect(extractTargets('开展第九届中华老字号（山东）博览会')).toEqual([]);
    expect(extractTargets('推行“人才新政35条”，注重团队引才')).toEqual([]);
    expect(extractTargets('落实“人才新政35条”')).toEqual([]);
    expect(extractTargets('推行人才新政35条')).toEqual([]); // synthetic, unquoted
    expect(extractTargets('加快5G和千兆光网建设')).toEqual([]);
    expect(extractTargets('力促PM2.5、PM10优良天数“两降一升”')).toEqual([]);
    expect(extractTargets('推进机场快速路（G309青兰线聊城邵屯至鲁冀界段改扩建）')).toEqual([]);
    expect(extractTargets('推动祥光2×66万千瓦热电联产项目建设')).toEqual([]);
    expect(extractTargets('编制“十四五”规划，实施“双百计划”，落实“四个最严”要求，落实市委“三提三敢”要求')).toEqual([]);
    expect(extractTargets('实施服务业“三百”工程')).toEqual([]);
    expect(extractTargets('落实安全生产“八抓20项”创新举措')).toEqual([]);
    expect(extractTargets('举办“一村一场戏”')).toEqual([]);
    expect(extractTargets('推动一批世界500强、央企、行业龙头企业来聊投资')).toEqual([]);
    expect(extractTargets('加快完成县级以上城区10G—PON设备部署')).toEqual([]);
  });

  it('skips years, dates, document numbers, phone numbers and list ordinals', () => {
    expect(extractTargets('聊政办字〔2023〕3号')).toEqual([]);
    expect(extractTargets('《山东省建设绿色低碳高质量发展先行区三年行动计划（2023—2025年）》')).toEqual([]);
    expect(extractTargets('2023年3月1日')).toEqual([]);
    expect(extractTargets('2023-08-29')).toEqual([]);
    expect(extractTargets('联系电话：0635-8888888')).toEqual([]); // synthetic
    expect(extractTargets('1.加强实验室布局提升。')).toEqual([]);
    expect(extractTargets('（1）加强实验室布局提升')).toEqual([]); // synthetic
    expect(extractTargets('制定2023年度工作要点')).toEqual([]);
    expect(extractTargets('实施“两高”行业能效改造三年行动')).toEqual([]);
  });

  it('skips grades: 二级传染病医院 is not 2 级', () => {
    const t = extractTargets('建成一所达到二级传染病医院建设标准的医疗机构。');
    expect(t.map((x) => x.unit)).toEqual(['所']);
    expect(extractTargets('推广三星级绿色建筑')).toEqual([]);
    expect(extractTargets('推动冠县冠宏工业互联网标识解析二级节点尽快上线运营')).toEqual([]);
  });

  it('skips scopes such as 全县18个乡镇', () => {
    expect(extractTargets('覆盖全县18个乡镇')).toEqual([]); // synthetic
  });

  it('skips list summaries and achieved states', () => {
    expect(extractTargets('包括加强工作领导、完善工作机制、强化督导检查3个方面')).toEqual([]);
    expect(extractTargets('煤电、炼化、焦化、钢铁、水泥等16个行业')).toEqual([]);
    expect(extractTargets('对全市35条已治理完成的农村黑臭水体实行动态监管')).toEqual([]);
    expect(extractTargets('全市已建成5G基站1万个')).toEqual([]); // synthetic
  });
});

describe('metric, qualifiers, horizon, text', () => {
  it('reads the metric before a trailing number', () => {
    expect(only('新增高新技术企业100家以上').metric).toBe('新增高新技术企业');
    expect(only('专利授权量增长18%以上').metric).toBe('专利授权量增长');
    expect(only('完成老旧小区改造175个').metric).toBe('老旧小区改造');
    expect(only('培育高素质农民3000人以上').metric).toBe('高素质农民');
  });

  it('reads the metric after a number heading its noun phrase', () => {
    expect(only('推动200家“专精特新”企业与链主企业对接合作').metric).toBe('专精特新企业与链主企业对接合作');
    expect(only('争创2个省级乡村振兴齐鲁样板示范区').metric).toBe('省级乡村振兴齐鲁样板示范区');
    expect(only('加快4个衔接乡村振兴推进区建设').metric).toBe('衔接乡村振兴推进区');
  });

  it('splits a list of targets into one metric each', () => {
    const t = extractTargets('创建市级文明村镇40个、市级文明单位40个、市级文明校园20所、市级文明家庭30个。');
    expect(t.map((x) => x.metric)).toEqual(['市级文明村镇', '市级文明单位', '市级文明校园', '市级文明家庭']);
    expect(t.every((x) => x.qualifiers.includes('市级'))).toBe(true);
  });

  it('keeps level words in the metric and lists them as qualifiers', () => {
    const t = only('争创省级以上绿色制造示范单位10家。');
    expect(t.metric).toBe('省级以上绿色制造示范单位');
    expect(t.qualifiers).toEqual(['省级以上']);
  });

  it('reads the horizon', () => {
    expect(only('到2023年底，全市省级畜禽屠宰标准化企业达到10家').horizon).toBe('到2023年底');
    expect(only('到2025年年底，全市高新技术企业达到1000家').horizon).toBe('到2025年年底');
    expect(only('年底前实现使用频率最高的前100项电子证照证明在政务服务中的全面应用').horizon).toBe('年底前');
    const years = extractTargets('积极推动省级美丽乡村示范村建设，2023年完成建设38个、2024年完成建设39个');
    expect(years.map((x) => x.horizon)).toEqual(['2023年', '2024年']);
    expect(years.map((x) => x.metric)).toEqual(['省级美丽乡村示范村', '省级美丽乡村示范村']);
  });

  it('finds the metric in an earlier clause when the number stands alone', () => {
    const t = extractTargets('到2023年年底，规模以上农产品加工企业营业收入突破“千亿大关”；到2025年，突破1300亿元、力争突破1500亿元');
    expect(brief(t)).toEqual([
      [130000000000, '元', '>'],
      [150000000000, '元', '>'],
    ]);
    expect(t[0]!.metric).toBe('规模以上农产品加工企业营业收入');
  });

  it('reports 全覆盖 as a qualitative 100% target when asked, and not by default', () => {
    const text = '实现垃圾分类处置全覆盖,生活垃圾实现零填埋。';
    const t = extractTargets(text, { qualitative: true });
    expect(t.map((x) => [x.value, x.unit, x.qualitative])).toEqual([
      [100, '%', true],
      [0, '%', true],
    ]);
    expect(t[0]!.metric).toBe('垃圾分类处置');
    expect(extractTargets(text)).toEqual([]);
    expect(extractTargets('力争县级及以上文明村镇、文明单位、文明校园实现全覆盖', { qualitative: true })[0]!.qualifiers).toEqual([
      '县级及以上',
    ]);
  });
});

describe('whole documents', () => {
  const names = ['city', 'county', 'plan', 'province', 'cityReading'] as const;
  for (const name of names) {
    it(`${name}: every target is valid, its text is its span, and no year or name slips through`, () => {
      const source = readData(name);
      const targets = extractTargets(source, { qualitative: true });
      for (const t of targets) {
        expect(TargetSchema.safeParse(t).success).toBe(true);
        expect(source.slice(t.span.start, t.span.end)).toBe(t.text);
        expect(t.unit).not.toMatch(/^[年月日号级届期]$/);
        expect(t.metric.length).toBeGreaterThan(0);
      }
      expect(extractTargets(source, { qualitative: true })).toEqual(targets); // deterministic
    });
  }

  it('finds the bulk of the city list targets', () => {
    expect(extractTargets(readData('city')).filter((t) => !t.qualitative).length).toBeGreaterThan(110);
  });
});

describe('robustness', () => {
  it('never throws, keeps spans inside the text and text equal to its span', () => {
    const alphabet = fc.constantFrom(...'0123456789.%万亿千百十一二两三个家所以上下左右达到不少于超过控制在以内，。、“”《》—-年第级G×每人元亩'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        for (const t of extractTargets(text)) {
          expect(t.span.start).toBeGreaterThanOrEqual(0);
          expect(t.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
          expect(Number.isFinite(t.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 150,000-character line without punctuation', () => {
    const line = '新增企业100家'.repeat(15000) + '2'.repeat(50000);
    const t = extractTargets(line);
    expect(t.length).toBe(15000);
  });
});

describe('metricKey', () => {
  it('drops level words, notes and leading verbs for pairing', () => {
    expect(metricKey('省级以上绿色制造示范单位')).toBe(metricKey('市级以上绿色制造示范单位'));
    expect(metricKey('争创省级以上绿色制造示范单位')).toBe('绿色制造示范单位');
    expect(metricKey('省级现代服务业示范区（试点）')).toBe('现代服务业示范区');
  });
});

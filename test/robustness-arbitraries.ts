import fc from 'fast-check';

/** Pieces real task lists are made of, plus the damage real files carry. */
const FRAGMENTS = [
  '一、', '二、', '十一、', '（一）', '(二)', '（1）', '1.', '2．', '3、', '10.', '99.', '106.', '1.5', '0.8',
  '（牵头单位：', '牵头单位:', '；配合单位：', '；参与单位：', '责任单位：', '）', '）', '(', ')', '（', '〔', '〕', '[', ']',
  '县发改局', '市科技局、市财政局', '各乡镇（街道）', '2023', '2025', '万', '亿', '%', '％', '个', '家', '项', '亩', '万千瓦',
  '以上', '以内', '左右', '不少于', '超过', '达到', '控制在', '增长', '新增', '到2025年', '年底前', '余', '—', '-', '~',
  '加强', '推进', '建设', '实施', '深入实施创新驱动发展战略', '。', '，', '、', '；', '：', '“', '”', '…',
  '\n', '\n', '\n\n', '\r\n', '\r', '\u3000', ' ', '\t', '\ufeff', '\u200b',
  '第一部分', '包括', '共11部分，106项内容', '8个方面', '国发〔2022〕18号', '国发〔202218号', '“两清零、一提标”',
  '扫一扫在手机打开当前页', '索引号', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '"', "'",
  '國務院', '進一步', '發展', '萬', '𠀀', '\ud800', '\udfff',
];

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const digits = fc.integer({ min: 0, max: 100000 }).map(String);

/** A committed quantity such as 新增高新技术企业100家以上, 0.8亿立方米, 10—15家, 三千人次. */
export const quantityPhrase = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('新增', '达到', '完成', '建设', '培育', '控制在', '增长', '不少于', ''),
      fc.array(cjk, { minLength: 0, maxLength: 4 }),
      fc.oneof(
        fc.integer({ min: 1, max: 99999 }).map(String),
        fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
        fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 }), fc.constantFrom('—', '-', '至')).map(([a, b, sep]) => `${a}${sep}${b}`),
        fc.constantFrom('三', '十二', '一百', '三千', '两'),
      ),
      fc.constantFrom('家', '个', '项', '人', '%', '万人', '亿元', '万千瓦', '亿立方米', '亩', '公里', '吨', '座', '人次', '余家'),
      fc.constantFrom('', '以上', '左右', '以内', '。', '，'),
    )
    .map(([verb, metric, n, unit, tail]) => `${verb}${metric.join('')}${n}${unit}${tail}`);

/** A string built from task-list-like fragments, CJK characters, digits and arbitrary characters. */
export const taskishText = (maxLength = 120): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 3, arbitrary: cjk },
        { weight: 2, arbitrary: digits },
        { weight: 2, arbitrary: quantityPhrase() },
        { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** A task list that certainly has numbered tasks, with random damage in between. */
export const taskListText = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 120 }),
        taskishText(12),
        fc.array(cjk, { minLength: 2, maxLength: 8 }),
        fc.array(quantityPhrase(), { maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 25 },
    )
    .map((tasks) =>
      ['某县重点工作任务', '一、深入实施创新驱动发展战略']
        .concat(tasks.map(([n, noise, han, quantities]) => `${n}.${han.join('')}。${quantities.join('，')}${noise}（牵头单位：县发改局）`))
        .join('\n'),
    );

/** Anything: arbitrary unicode, lone surrogates, task-like text. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }),
    taskishText(),
    taskListText(),
  );

/** Arbitrary bytes, and encodings of task-like text with some bytes flipped. */
export const anyBytes = (): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc
      .tuple(taskListText(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
      .map(([text, flips]) => {
        const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      }),
  );

/** Every human-readable label the renderers print, in Chinese (default) and English. */
import type { Change, Comparator, Genre, Level, Relation, VersusReference } from '../model/index.js';

export type ReportLang = 'zh' | 'en';

export interface ReportOptions {
  /** Language of labels (not of document text). Default 'zh'. */
  lang?: ReportLang;
}

export interface ReportLabels {
  reportTitle: string;
  generatedFrom: string;
  documents: string;
  level: string;
  title: string;
  genre: string;
  taskCount: string;
  targetCount: string;
  summary: string;
  pair: string;
  skipLevel: string;
  skipLevelNote: string;
  tasks: string;
  targets: string;
  linked: string;
  droppedTasks: string;
  addedTasks: string;
  referenceShare: string;
  referenceNone: string;
  referenceSource: Record<'option' | 'median' | 'none', string>;
  taskStatus: Record<'linked' | 'dropped' | 'added', string>;
  tolerance: string;
  section: string;
  localSection: string;
  parentTask: string;
  childTask: string;
  metric: string;
  kind: string;
  parentValue: string;
  childValue: string;
  change: string;
  share: string;
  versusReferenceHeader: string;
  notes: string;
  comparatorChange: string;
  qualifierChange: string;
  horizonChange: string;
  shareIsOne: string;
  none: string;
  leadUnitChanges: string;
  /** Section of a pair: the documents' own goals compared. */
  documentGoals: string;
  leadFrom: string;
  leadTo: string;
  relation: string;
  score: string;
  status: string;
  linkedStatus: string;
  heading: string;
  warnings: string;
  code: string;
  message: string;
  source: string;
  position: string;
  targetChanges: string;
  sideBySide: string;
  sharesChart: string;
  sharesChartNote: string;
  filter: string;
  showAll: string;
  only: string;
  visibleRows: string;
  navigator: string;
  legend: string;
  noTargetChanges: string;
  noExtensiveShares: string;
  deleted: string;
  inserted: string;
  parentText: string;
  childText: string;
  sheetSummary: string;
  sheetTasks: string;
  sheetTargets: string;
  parentDocument: string;
  childDocument: string;
  checklist: string;
  checklistIntro: string;
  notTakenUp: string;
  weakenedTargets: string;
  addedLocally: string;
  method: string;
  /** Method note, one paragraph per entry. */
  methodNotes: string[];
  /** Rule of one pair; {ref} {source} {low} {high} are filled in. */
  ruleProportional: string;
  /** Worked example; {metric} {parent} {child} {share} {bound} {change} are filled in. */
  ruleExampleAbove: string;
  ruleExampleBelow: string;
  ruleNoReference: string;
  legendHollow: string;
  legendBand: string;
  legendLine: string;
  /**
   * Warning codes in words. Warning messages are English; a language with a table here prints the entry
   * for a known code instead (its position says where), the message for any other code.
   */
  warningCodes: Readonly<Record<string, string>>;
  /** Punctuation of the language: a label's colon, an aside's brackets. */
  colon: string;
  open: string;
  close: string;
  changes: Record<Change, string>;
  relations: Record<Relation, string>;
  versusReference: Record<VersusReference, string>;
  levels: Record<Level, string>;
  genres: Record<Genre, string>;
  kinds: Record<'extensive' | 'intensive', string>;
  comparators: Record<Comparator, string>;
}

const zh: ReportLabels = {
  reportTitle: '目标层层传导分析报告',
  generatedFrom: '数据结构版本',
  documents: '文件',
  level: '层级',
  title: '标题',
  genre: '类型',
  taskCount: '任务数',
  targetCount: '目标数',
  summary: '汇总',
  pair: '层级对',
  skipLevel: '跨级',
  skipLevelNote: '跨级比较（中间层级无对应任务）',
  tasks: '任务',
  targets: '目标',
  linked: '已对应',
  droppedTasks: '未承接任务',
  addedTasks: '新增任务',
  referenceShare: '参考份额',
  referenceNone: '无',
  referenceSource: { option: '指定', median: '中位数', none: '无' },
  taskStatus: { linked: '已对应', dropped: '未承接', added: '新增' },
  tolerance: '容差',
  section: '部分',
  localSection: '下级自设',
  parentTask: '上级任务',
  childTask: '下级任务',
  metric: '指标',
  kind: '类别',
  parentValue: '上级目标值',
  childValue: '下级目标值',
  change: '变化',
  share: '份额',
  versusReferenceHeader: '与参考份额比较',
  notes: '说明',
  comparatorChange: '比较词变化',
  qualifierChange: '限定词变化',
  horizonChange: '时限变化',
  shareIsOne: '照搬上级绝对数',
  none: '无',
  leadUnitChanges: '牵头单位变化',
  documentGoals: '文件目标',
  leadFrom: '上级牵头单位',
  leadTo: '下级牵头单位',
  relation: '对应关系',
  score: '相似度',
  status: '状态',
  linkedStatus: '已对应',
  heading: '任务标题',
  warnings: '提示',
  code: '代码',
  message: '内容',
  source: '来源',
  position: '位置',
  targetChanges: '目标变化',
  sideBySide: '任务原文对照',
  sharesChart: '总量目标份额与参考份额',
  sharesChartNote: '每个点为下级目标值占上级目标值的份额（对数刻度），竖线为参考份额。',
  filter: '按变化类别筛选',
  showAll: '全部',
  only: '仅此项',
  visibleRows: '显示行数',
  navigator: '目录',
  legend: '图例',
  noTargetChanges: '本部分无目标变化。',
  noExtensiveShares: '没有可计算份额的总量目标。',
  deleted: '删去',
  inserted: '新增',
  parentText: '上级原文',
  childText: '下级原文',
  sheetSummary: '汇总',
  sheetTasks: '任务',
  sheetTargets: '目标',
  parentDocument: '上级文件',
  childDocument: '下级文件',
  checklist: '对标对表清单',
  checklistIntro: '逐级对照：上级任务有没有承接，目标有没有删去或放宽，下级新增了什么。详情见后文各层级对照。',
  notTakenUp: '上级任务未承接',
  weakenedTargets: '目标删去或放宽',
  addedLocally: '下级新增',
  method: '方法说明',
  methodNotes: [
    '任务对应：按标题、正文、数字、牵头单位和顺序的相似度，把每项下级任务对应到它落实的上级任务；没有下级任务对应的上级任务为“未承接”，没有上级对应的下级任务为“新增”。',
    '强度类目标（比率、增速、人均标准等）直接比较数值：下级更高为加码，更低为放宽，相等为保持；“以内、不超过”等上限类目标方向相反。',
    '总量类目标（家数、个数、面积、金额等可跨地区相加的量）比较份额：份额 = 下级目标值 ÷ 上级目标值。参考份额是下级在上级总量中应占的份额，可在分析时指定（如人口占比），未指定时取本层级全部已配对总量目标份额的中位数（不计份额为 100% 的照搬项）。',
    '份额在参考份额 ± 容差之内为保持，高于为加码（下级承担的多于其应占份额），低于为放宽；上限类目标方向相反。份额为 100% 表示下级照搬上级绝对数，单独标出。',
  ],
  ruleProportional: '本层级参考份额 {ref}（{source}）：份额在 {low}–{high} 之间为保持，高于为加码，低于为放宽。',
  ruleExampleAbove: '例：{metric}，上级 {parent}、下级 {child}，份额 {share}，高于 {bound}，判为{change}。',
  ruleExampleBelow: '例：{metric}，上级 {parent}、下级 {child}，份额 {share}，低于 {bound}，判为{change}。',
  ruleNoReference: '本层级没有可配对的总量目标，未计算参考份额。',
  legendHollow: '空心点：超出坐标范围，画在边上',
  legendBand: '浅色带：保持区间（参考份额 ± 容差）',
  legendLine: '虚线：参考份额',
  colon: '：',
  open: '（',
  close: '）',
  warningCodes: {
    'level-order': '文件顺序与识别出的层级不符，已按层级从高到低分析（可用 --keep-order 保持给定顺序）',
    'align-no-child-tasks': '下级文件没有可对应的任务',
    'align-no-parent-tasks': '上级文件没有可对应的任务',
    'heading-mismatch': '解读中的标题与清单中的任务标题不一致',
    'heading-missing-in-list': '解读中的标题在清单对应部分中找不到',
    'heading-missing-in-reading': '清单中的任务在解读对应部分中没有提到',
    'content-after-chrome': '页面页脚之后的编号内容已忽略（文件是否包含多份文件？）',
    'numbering-duplicate': '编号重复',
    'numbering-gap': '编号不连续，有缺号',
    'numbering-order': '编号顺序颠倒',
    'count-mismatch': '文件声明的数量与实际识别的数量不符',
    'low-score-link': '任务对应的相似度较低',
    'heading-only-parent': '上级文件只有标题（政策解读），没有任务正文',
  },
  changes: { kept: '保持', relaxed: '放宽', raised: '加码', dropped: '删去', added: '新增', deferred: '转为落实上级' },
  relations: { same: '相同', reworded: '改写', partial: '部分承接', merged: '合并', split: '拆分', moved: '移动' },
  versusReference: { below: '低于参考', proportional: '与参考相当', above: '高于参考' },
  levels: { national: '国家', province: '省', city: '市', county: '县', district: '区', unknown: '未知' },
  genres: { 'task-list': '任务清单', interpretation: '政策解读', 'implementation-plan': '实施方案', 'work-report': '政府工作报告' },
  kinds: { extensive: '总量', intensive: '强度' },
  comparators: { '>=': '以上', '>': '超过', '~': '左右', '<=': '以内', '<': '低于', '=': '达到' },
};

const en: ReportLabels = {
  reportTitle: 'Target cascade report',
  generatedFrom: 'Schema version',
  documents: 'Documents',
  level: 'Level',
  title: 'Title',
  genre: 'Genre',
  taskCount: 'Tasks',
  targetCount: 'Targets',
  summary: 'Summary',
  pair: 'Pair',
  skipLevel: 'skip level',
  skipLevelNote: 'Skip-level comparison (no counterpart at the middle level)',
  tasks: 'Tasks',
  targets: 'Targets',
  linked: 'Linked',
  droppedTasks: 'Dropped tasks',
  addedTasks: 'Added tasks',
  referenceShare: 'Reference share',
  referenceNone: 'none',
  referenceSource: { option: 'given', median: 'median', none: 'none' },
  taskStatus: { linked: 'linked', dropped: 'not taken up', added: 'added' },
  tolerance: 'tolerance',
  section: 'Section',
  localSection: 'local',
  parentTask: 'Parent task',
  childTask: 'Child task',
  metric: 'Metric',
  kind: 'Kind',
  parentValue: 'Parent value',
  childValue: 'Child value',
  change: 'Change',
  share: 'Share',
  versusReferenceHeader: 'vs reference',
  notes: 'Notes',
  comparatorChange: 'comparator',
  qualifierChange: 'qualifier',
  horizonChange: 'horizon',
  shareIsOne: 'copies the parent number',
  none: 'none',
  leadUnitChanges: 'Lead-unit changes',
  documentGoals: 'Document goals',
  leadFrom: 'Parent lead units',
  leadTo: 'Child lead units',
  relation: 'Relation',
  score: 'Score',
  status: 'Status',
  linkedStatus: 'linked',
  heading: 'Heading',
  warnings: 'Warnings',
  code: 'Code',
  message: 'Message',
  source: 'Source',
  position: 'Position',
  targetChanges: 'Target changes',
  sideBySide: 'Side-by-side text',
  sharesChart: 'Shares of extensive targets against the reference',
  sharesChartNote: 'Each dot is the child value as a share of the parent value (log scale); the vertical line is the reference share.',
  filter: 'Filter by change',
  showAll: 'All',
  only: 'only',
  visibleRows: 'Rows shown',
  navigator: 'Contents',
  legend: 'Legend',
  noTargetChanges: 'No target changes in this section.',
  noExtensiveShares: 'No extensive targets with a share.',
  deleted: 'deleted',
  inserted: 'inserted',
  parentText: 'Parent text',
  childText: 'Child text',
  sheetSummary: 'summary',
  sheetTasks: 'tasks',
  sheetTargets: 'targets',
  parentDocument: 'Parent document',
  childDocument: 'Child document',
  checklist: 'Checklist',
  checklistIntro: 'Level by level: parent tasks not taken up, targets dropped or relaxed, what the lower level added. Details follow per level pair.',
  notTakenUp: 'Parent tasks not taken up',
  weakenedTargets: 'Targets dropped or relaxed',
  addedLocally: 'Added locally',
  method: 'Method',
  methodNotes: [
    'Tasks: each lower-level task is linked to the higher-level task it implements, by the similarity of heading, text, numbers, lead units and order. A parent task no child task implements is "not taken up"; a child task with no parent is "added".',
    'Intensive targets (rates, growth, per-person standards) compare values: a higher child value is raised, a lower one relaxed, an equal one kept; reversed for ceilings (at most, not above).',
    'Extensive targets (counts, areas, money: quantities that add up across regions) compare shares: share = child value ÷ parent value. The reference share is the part of the parent total the child is expected to carry; it can be given (e.g. the population share), otherwise it is the median share of all paired extensive targets of the pair (copies at 100% left out).',
    'A share within the reference ± tolerance is kept, above it raised (the child takes on more than its share), below it relaxed; reversed for ceilings. A share of 100% (the child copies the parent number) is flagged.',
  ],
  ruleProportional: 'Reference share of this pair {ref} ({source}): a share between {low} and {high} is kept, above raised, below relaxed.',
  ruleExampleAbove: 'Example: {metric}, parent {parent}, child {child}: share {share}, above {bound}, so {change}.',
  ruleExampleBelow: 'Example: {metric}, parent {parent}, child {child}: share {share}, below {bound}, so {change}.',
  ruleNoReference: 'No paired extensive targets in this pair: no reference share.',
  legendHollow: 'hollow dot: outside the axis, drawn at the edge',
  legendBand: 'shaded band: kept (reference ± tolerance)',
  legendLine: 'dashed line: reference share',
  colon: ': ',
  open: ' (',
  close: ')',
  warningCodes: {},
  changes: { kept: 'kept', relaxed: 'relaxed', raised: 'raised', dropped: 'dropped', added: 'added', deferred: 'deferred' },
  relations: { same: 'same', reworded: 'reworded', partial: 'partial', merged: 'merged', split: 'split', moved: 'moved' },
  versusReference: { below: 'below', proportional: 'proportional', above: 'above' },
  levels: { national: 'national', province: 'province', city: 'city', county: 'county', district: 'district', unknown: 'unknown' },
  genres: { 'task-list': 'task list', interpretation: 'interpretation', 'implementation-plan': 'implementation plan', 'work-report': 'work report' },
  kinds: { extensive: 'extensive', intensive: 'intensive' },
  comparators: { '>=': 'at least', '>': 'more than', '~': 'about', '<=': 'at most', '<': 'below', '=': 'equal' },
};

export const REPORT_LABELS: Readonly<Record<ReportLang, ReportLabels>> = { zh, en };

/** The label table for the requested language (Chinese by default). */
export function reportLabels(lang: ReportLang | undefined): ReportLabels {
  return lang === 'en' ? en : zh;
}

/**
 * Column headers for tabular output (XLSX, and CSV with `headers: 'labels'`), keyed by the stable
 * snake_case column keys of src/report/columns.ts. A key missing here is printed as itself.
 */
export const COLUMN_HEADERS: Readonly<Record<ReportLang, Readonly<Record<string, string>>>> = {
  zh: {
    pair: '层级对',
    parent_level: '上级层级',
    parent_title: '上级文件',
    child_level: '下级层级',
    child_title: '下级文件',
    skip_level: '跨级',
    section: '部分',
    section_title: '部分标题',
    parent_task: '上级任务',
    child_task: '下级任务',
    metric: '指标',
    child_metric: '下级指标',
    kind: '类别',
    parent_value: '上级目标值',
    parent_max: '上级上限',
    parent_unit: '上级单位',
    parent_comparator: '上级比较词',
    child_value: '下级目标值',
    child_max: '下级上限',
    child_unit: '下级单位',
    child_comparator: '下级比较词',
    change: '变化',
    share: '份额',
    reference_share: '参考份额',
    versus_reference: '与参考比较',
    share_is_one: '照搬上级',
    comparator_from: '比较词（上级）',
    comparator_to: '比较词（下级）',
    qualifier_from: '限定词（上级）',
    qualifier_to: '限定词（下级）',
    horizon_from: '时限（上级）',
    horizon_to: '时限（下级）',
    parent_text: '上级原文',
    child_text: '下级原文',
    note: '说明',
    status: '状态',
    relation: '对应关系',
    score: '相似度',
    parent_section: '上级部分',
    parent_heading: '上级任务标题',
    child_section: '下级部分',
    child_heading: '下级任务标题',
    parent_lead_units: '上级牵头单位',
    child_lead_units: '下级牵头单位',
    parent_tasks: '上级任务数',
    child_tasks: '下级任务数',
    linked: '已对应',
    dropped_tasks: '未承接任务',
    added_tasks: '新增任务',
    kept: '保持',
    relaxed: '放宽',
    raised: '加码',
    dropped: '删去',
    added: '新增',
    deferred: '转为落实上级',
    reference_source: '参考份额来源',
    reference_count: '参考样本数',
    tolerance: '容差',
  },
  en: {},
};

export function columnHeader(key: string, lang: ReportLang | undefined): string {
  return COLUMN_HEADERS[lang ?? 'zh'][key] ?? key;
}

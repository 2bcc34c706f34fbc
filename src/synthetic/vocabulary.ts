/**
 * Word lists the generator draws from: heading rewordings of the kind lower levels make
 * (全力推进 → 加快推进), local task texts a county adds, and county names.
 */

/** Verb-phrase rewordings, longest first so 全力推进 wins over 推进. Each pair is applied left → right. */
export const HEADING_SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['全力推进', '加快推进'],
  ['加快推进', '全力推进'],
  ['大力推进', '扎实推进'],
  ['扎实推进', '稳步推进'],
  ['深入实施', '全面实施'],
  ['全面实施', '深入实施'],
  ['加快建设', '高标准建设'],
  ['持续推进', '深入推进'],
  ['深入推进', '持续推进'],
  ['着力提升', '全面提升'],
  ['加强', '强化'],
  ['强化', '加强'],
  ['提升', '提高'],
  ['提高', '提升'],
  ['推进', '推动'],
  ['推动', '促进'],
  ['促进', '推动'],
  ['完善', '健全'],
  ['健全', '完善'],
  ['培育', '培植'],
  ['打造', '建设'],
  ['实施', '开展'],
  ['开展', '组织开展'],
  ['优化', '持续优化'],
  ['做好', '抓好'],
];

/**
 * Local tasks a county adds: plausible texts with their own targets, worded so that they do not restate
 * a typical city task. `{unit}` is replaced by the county's unit prefix.
 */
export const LOCAL_TASKS: readonly string[] = [
  '打造特色食用菌产业集群。扶持食用菌龙头企业扩大生产规模，新建标准化菇棚200个以上，带动周边群众稳定增收。（牵头单位：{unit}农业农村局）',
  '建设县域电商直播基地。依托本地特色农产品，培育电商直播团队30个，年内开展直播带货活动100场以上。（牵头单位：{unit}商务局）',
  '推进古城风貌保护修缮。完成历史街区立面改造2.5万平方米，修缮传统民居40处，打造特色文旅街区。（牵头单位：{unit}文化和旅游局、{unit}住房城乡建设局）',
  '实施农村饮水提质工程。改造村级供水管网120公里，实现农村规模化供水覆盖人口5万人。（牵头单位：{unit}水务局）',
  '开展乡镇集市规范提升行动。规范提升农村集市15处，配套建设停车场和公厕。（牵头单位：{unit}市场监管局）',
  '发展林下经济和苗木花卉产业。新增林下种植面积3000亩，培育苗木花卉专业合作社10家。（牵头单位：{unit}自然资源局）',
  '建设职业教育实训基地。与驻地企业共建实训车间5个，年培训技能人才2000人次以上。（牵头单位：{unit}教育和体育局、{unit}人力资源社会保障局）',
  '推进棚户区和老旧小区配套改造。改造老旧小区燃气、供热管网35公里，惠及居民4000户。（牵头单位：{unit}住房城乡建设局）',
  '办好特色节会活动。举办梨花节、采摘节等乡村节会6场，吸引游客20万人次。（牵头单位：{unit}文化和旅游局）',
  '实施县城道路微循环工程。打通断头路8条，新增城区停车泊位1500个。（牵头单位：{unit}住房城乡建设局、{unit}公安局）',
  '壮大村级集体经济。推广土地托管和入股经营模式，年内集体经营性收入10万元以上的村达到120个。（牵头单位：{unit}委组织部、{unit}农业农村局）',
  '建设智慧养老服务平台。接入居家养老服务对象3000人，建成乡镇敬老院护理单元12个。（牵头单位：{unit}民政局）',
];

/** Local sentences a county adds to a task body (no numbers, so they add no targets). */
export const LOCAL_SENTENCES: readonly string[] = [
  '结合{region}实际，建立工作专班，逐项明确责任人和完成时限。',
  '加强与驻地企业对接，及时协调解决项目推进中的困难问题。',
  '每季度调度一次进展情况，确保各项任务按时保质完成。',
  '积极争取上级政策和资金支持，形成工作合力。',
  '注重总结推广典型经验做法，营造良好社会氛围。',
];

/** Names for synthetic counties (fictional, mixing common characters). */
export const COUNTY_NAMES: readonly string[] = [
  '青河县', '石桥县', '柳林县', '白沙县', '南塘县', '云溪县', '北岭县', '安平县', '长丰县',
  '清源县', '桃园县', '金川县', '丰乐县', '宁远县', '永和县', '西河县', '凤岗县', '鹤山县',
];

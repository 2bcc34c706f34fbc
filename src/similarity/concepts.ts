/**
 * Groups of policy terms that name the same field of work (铁路 / 高铁 / 轨道交通). Two headings that
 * share no characters can still name the same task through them. General vocabulary (no names of any
 * document); a heading usually touches one or two groups.
 *
 * BUNDLED_DERIVED: these groups were drawn from the bundled documents (data/), so they fit them better
 * than documents from other regions; the alignment work replaces them with groups from a wider corpus.
 */
export const BUNDLED_DERIVED_CONCEPT_GROUPS: readonly (readonly string[])[] = [
  ['铁路', '高铁', '轨道交通', '城际', '地铁', '专用线'],
  ['公路', '高速', '国省道', '路网', '农村公路'],
  ['港口', '港', '航道', '内河', '水运'],
  ['机场', '航空', '通用航空'],
  ['可再生能源', '新能源', '光伏', '风电', '氢能', '生物质', '清洁能源', '储能'],
  ['煤电', '热电', '火电', '燃煤'],
  ['天然气', '油气', '燃气', 'LNG', '管道'],
  ['电网', '变电站', '电力', '用电'],
  ['水库', '水闸', '堤防', '防洪', '除险加固', '河流治理'],
  ['灌区', '灌溉', '节水'],
  ['人才', '引才', '工匠', '高技能', '毕业生'],
  ['实验室', '研发机构', '创新平台', '技术创新中心'],
  ['科技型企业', '高新技术企业', '科技企业', '专精特新', '单项冠军', '优质企业'],
  ['民营经济', '民营企业', '市场主体', '个转企', '企业家', '中小企业'],
  ['国有经济', '国有企业', '国企', '国资'],
  ['招商', '投资促进', '引资'],
  ['出口', '外贸', '进口', '跨境电商'],
  ['外资', '外商投资'],
  ['文艺', '艺术', '剧目', '创作', '文艺精品'],
  ['文物', '文化遗产', '革命', '红色'],
  ['旅游', '文旅', '景区', '民宿'],
  ['文明', '道德', '美德', '志愿服务'],
  ['教育', '学前', '幼儿园', '中小学', '学位', '学校', '职业教育', '高校'],
  ['医疗', '医院', '卫生', '诊疗', '医防'],
  ['传染病', '传染性疾病', '疾病预防控制', '公共卫生', '疫情'],
  ['养老', '老年人', '幸福食堂', '照料'],
  ['低保', '救助', '兜底', '特困'],
  ['就业', '创业', '用工', '劳动者'],
  ['托育', '婴幼儿', '生育'],
  ['粮食', '粮仓', '吨半粮', '粮食产能'],
  ['种业', '良种', '种质资源', '育种'],
  ['畜禽', '生猪', '畜牧', '畜产品', '屠宰'],
  ['水产', '渔业', '养殖池塘'],
  ['乡村', '农村', '村庄'],
  ['大气', '细颗粒物', '臭氧', '重污染天气'],
  ['垃圾', '环卫', '固废', '废弃物'],
  ['污水', '排水', '雨污', '黑臭水体'],
  ['造林', '森林', '林业', '绿化', '生态修复'],
  ['数字政府', '政务服务', '一网通办', '审批'],
  ['金融', '融资', '信贷', '银企', '基金'],
  ['数字经济', '大数据', '数字化', '智能制造', '工业互联网'],
  ['安全生产', '应急', '事故'],
  ['食品', '药品', '食品药品'],
  ['消费', '商圈', '老字号', '促消费'],
];

const GROUP_OF = new Map<string, number[]>();
BUNDLED_DERIVED_CONCEPT_GROUPS.forEach((group, k) => {
  for (const w of group) GROUP_OF.set(w, [...(GROUP_OF.get(w) ?? []), k]);
});
const LONGEST_MEMBER = Math.max(...BUNDLED_DERIVED_CONCEPT_GROUPS.flat().map((w) => w.length));
// first code units of the members: a substring starting with another one is never looked up
const MEMBER_STARTS = new Set(BUNDLED_DERIVED_CONCEPT_GROUPS.flat().map((w) => w.charCodeAt(0)));

/**
 * Ids of the concept groups named by a text's words (jieba tokens): a token that is a member, or that
 * contains one (农村公路 → 公路). Matching whole tokens avoids false hits across word boundaries
 * (利用工程 does not contain the word 用工).
 */
export function conceptsOf(tokens: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const token of tokens) {
    const groups = groupsOfToken(token);
    for (let k = 0; k < groups.length; k++) out.add(groups[k]!);
  }
  return out;
}

// Groups per token, memoised: the same words recur in every task and document, and each lookup slices
// every substring of the token. Bounded so a long-running process stays flat.
const TOKEN_MEMO_LIMIT = 50_000;
const tokenGroups = new Map<string, readonly number[]>();
const NO_GROUPS: readonly number[] = [];

function groupsOfToken(token: string): readonly number[] {
  let found = tokenGroups.get(token);
  if (found) return found;
  let list: number[] | undefined;
  for (let start = 0; start < token.length; start++) {
    if (!MEMBER_STARTS.has(token.charCodeAt(start))) continue;
    for (let end = start + 1; end <= Math.min(token.length, start + LONGEST_MEMBER); end++) {
      const groups = GROUP_OF.get(token.slice(start, end));
      if (groups) for (let k = 0; k < groups.length; k++) (list ??= []).push(groups[k]!);
    }
  }
  found = list ?? NO_GROUPS;
  if (tokenGroups.size >= TOKEN_MEMO_LIMIT) tokenGroups.clear();
  tokenGroups.set(token, found);
  return found;
}

/** Share of `from`'s concepts found in `into` (0 when `from` names none). */
export function conceptCover(from: Set<number>, into: Set<number>): number {
  if (from.size === 0) return 0;
  let hit = 0;
  for (const c of from) if (into.has(c)) hit++;
  return hit / from.size;
}

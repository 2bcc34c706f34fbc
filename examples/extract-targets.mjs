// Target extraction works on any sentence, not only on parsed documents.
import { extractTargets } from 'policy-cascade';

const sentences = [
  '新增高新技术企业100家以上，科技型中小企业入库800家以上。',
  '全市非常规水源利用量达到0.8亿立方米，用水总量控制在20.1亿立方米以内。',
  '实施投资500万元以上技术改造项目600个左右。',
  '城乡居民基本医保财政补助标准每人每年增加30元，达到每人每年640元。',
];
for (const s of sentences) {
  console.log(s);
  for (const t of extractTargets(s)) {
    const range = t.max !== undefined ? `–${t.max}` : '';
    console.log(`  ${t.metric}: ${t.comparator} ${t.value}${range} ${t.unit} (${t.kind}${t.qualifiers.length ? `; ${t.qualifiers.join('、')}` : ''})`);
  }
}

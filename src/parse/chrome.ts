/** Portal metadata lines found above a published document (index ids, 发布机构, 有效性, lone dates …). */
const META_KEY_RE =
  /^(索引号|发布机构|发文机关|发文单位|主题分类|组配分类|成文日期|发布日期|生效日期|废止日期|有效性|文号|发文字号|主题词|信息来源|来源|时间|浏览次数|访问量|字号|分类|体裁|公开方式|公开范围)[：:]/;
const META_WORD_RE = /^(有效|失效|废止|已废止|已修改|无|是|否|打印|关闭|收藏|分享|政策解读|部门解读|图文解读|文字解读|正文|原文|字体|浏览量|浏览次数|阅读量|资讯详情|新闻详情|文章详情|详情|大|中|小|【大】|【中】|【小】)$/;
const ID_RE = /^[0-9A-Za-z][0-9A-Za-z/\-_.]{7,60}$/;
const ISO_DATE_RE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const CN_DATE_RE = /^(\d{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;

/** A line of portal metadata (to be ignored when looking for the title and the outline). */
export function isMetadataLine(text: string): boolean {
  if (text.length === 0) return false;
  if (META_KEY_RE.test(text) || META_WORD_RE.test(text) || ID_RE.test(text) || ISO_DATE_RE.test(text)) return true;
  if (text.startsWith('打印') && text.includes('来源')) return true;
  // category lines such as 综合政务；其他
  if (text.length <= 24 && /[；;]/.test(text) && !/[。，：]/.test(text)) return true;
  return false;
}

export function isStandaloneDate(text: string): boolean {
  return CN_DATE_RE.test(text) || ISO_DATE_RE.test(text);
}

const CHROME_RE =
  /^(扫一扫|如果您对该文件有疑问|打印本页|责任编辑|附件下载|文章来源|【字体|【打印】|【关闭】|【打印本页】|关闭窗口|分享到|上一篇|下一篇|相关链接|相关文件|相关阅读|相关稿件|网站地图|版权所有|主办单位：|主办：|承办：|技术支持|网站标识码|京ICP|鲁ICP)/;

/** Page chrome below a published document: once met after the text proper, the rest is dropped. */
export function isChromeLine(text: string): boolean {
  return CHROME_RE.test(text) || text.includes('手机打开当前页') || text.includes('ICP备');
}

/** The line ending a news preface (`…原文如下：` / `原文如下↓`): the document proper starts after it. */
export function isPrefaceEnd(text: string): boolean {
  return /(原文如下|全文如下|附原文|原文附后|详情如下)[：:↓↓。\s]*$/.test(text) && text.length < 200;
}

const SIGNATURE_RE = /^[\u4e00-\u9fff（）]{2,30}(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会)$/;

/** Closing matter of a notice (signature, date, 此件公开发布): no task continues into it. */
export function isClosingLine(text: string): boolean {
  return SIGNATURE_RE.test(text) || isStandaloneDate(text) || /^[（(]此件/.test(text);
}

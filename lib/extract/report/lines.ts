import { normalizeForMeta } from "./normalize";

/** What a report says about itself is in its first lines (title, metadata, opening) and its last
 *  (signature, date); the middle is never read, so a 1 MB text costs what a 15 KB one does. */
export const HEAD_CHARS = 6000;
export const TAIL_CHARS = 1500;
const MAX_LINES = 400;

export interface MetaLine {
  /** as in the text, trimmed */
  raw: string;
  /** normalizeForMeta(raw), trimmed */
  text: string;
}

export type LineRole = "blank" | "chrome" | "meta" | "body" | "other";

function toLines(chunk: string): MetaLine[] {
  const out: MetaLine[] = [];
  for (const line of chunk.split(/\r\n|\r|\n/, MAX_LINES)) {
    const raw = line.trim();
    out.push({ raw, text: normalizeForMeta(raw).trim() });
  }
  return out;
}

export function headLines(text: string): MetaLine[] {
  return toLines(text.slice(0, HEAD_CHARS));
}

/** The last lines; the first one may be cut mid-line, which is harmless for a signature. */
export function tailLines(text: string): MetaLine[] {
  const lines = toLines(text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text);
  return lines.length > MAX_LINES ? lines.slice(-MAX_LINES) : lines;
}

// Site furniture: breadcrumbs, font/print/share buttons, QR-code prompts, login links.
const CHROME =
  /^(•|·)|(今天是|当前位置|您的位置|所在位置|首页\s*[>»›]|[>»›]\s*正文|字号|字体|打印|关闭窗口|关闭|分享|扫一扫|二维码|收藏|浏览次数|阅读次数|访问量|账号|密码|登录|注册|下载|上一篇|下一篇|相关链接|责任编辑|\[编辑)/;
// a site's links standing alone on their line (外链, 网站地图, 无障碍, 手机版): furniture, whatever their length
const SITE_LINK_LINE = /^(?:外链|友情链接|网站地图|无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化|繁體|繁体|简体|English|手机版|移动版|站内搜索|搜索|RSS|返回顶部|返回首页|加入收藏|设为首页)$/i;
const META =
  /^(来源|信息来源|发布时间|发表时间|发布日期|成文日期|印发日期|时间|日期|作者|发布机构|发文机关|索引号|文号|主题分类|体裁分类|发布人|点击|浏览)\s*[:：]/;
const SENTENCE_END = /[。;；!！?？]$/;

export function lineRole(line: MetaLine): LineRole {
  const t = line.text;
  if (!t) return "blank";
  if (META.test(t) || (/(来源|发布时间|发表时间)\s*[:：]/.test(t) && t.length < 80)) return "meta";
  if (t.length < 60 && CHROME.test(t)) return "chrome";
  if (SITE_LINK_LINE.test(t)) return "chrome";
  if (t.length > 100 || (t.length > 40 && (SENTENCE_END.test(t) || /[。;]/.test(t.slice(0, -1))))) return "body";
  return "other";
}

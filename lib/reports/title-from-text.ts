/**
 * A title for a text the extractor found none in (a news item, a page saved without its
 * heading): its first line that reads as a heading, so the latest uploads and a profile name the
 * document, not "报告" or its kind twice. A heading is short, has Chinese in it and no full stop.
 */
const MAX_TITLE = 80;
const LINES_LOOKED_AT = 5;

export function titleFromText(text: string): string | null {
  const lines = text.split(/\r?\n/, 50).map((l) => l.trim()).filter(Boolean).slice(0, LINES_LOOKED_AT);
  const heading = lines.find((l) => l.length >= 6 && l.length <= MAX_TITLE && /[\u4e00-\u9fff]{4}/.test(l) && !/[。;;]/.test(l) && !/^(来源|发布时间|时间|作者|日期)[::]/.test(l));
  return heading ?? null;
}

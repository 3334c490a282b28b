/**
 * Titles in 《》 name other documents: their words (行政复议法, 规范性文件管理办法) and numbers
 * (2021—2025年) say nothing about this year's figures. The reading copy blanks their inside,
 * keeping every offset.
 */
const TITLE = /《([^《》\n]{1,100})》/g;
const BLANK = "□";

export function maskTitles(text: string): string {
  return text.replace(TITLE, (_all, inner: string) => `《${BLANK.repeat(inner.length)}》`);
}

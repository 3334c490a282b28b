import { readCandidate, type Candidate } from "./candidates";
import { subUnitIn } from "./subunit";

/**
 * A count the text states as none in words: 2011年全县未收到有关政府信息公开的申请 is
 * transparency.requests 0 (the catalogue: a count stated as zero is a value). No number stands
 * in the text, so the number scanner never sees it; this reads the phrase itself.
 * 未收到有关政府信息公开行政复议申请 is about reconsideration, not requests, and is not matched.
 */
const NO_REQUESTS =
  /(?<=^|[。;!?\n,])([^。;!?\n,]{0,40}?)(?:未|没有)(?:收到|受理|接到)过?(?:任何)?(?:有关)?(?:政府信息公开|依申请公开(?:政府信息)?)(?:的)?(?:申请|事项|请求)(?![^。;,\n]{0,2}(?:行政复议|行政诉讼))/g;
const WHOLE_PLACE = /全[省市区县州旗盟]|我[省市区县州旗盟]|[省市区县州旗盟](?:人民)?政府/;
const YEAR = /((?:19|20)\d{2})年/;

export function statedNoneCandidates(text: string, year: number | null): Candidate[] {
  if (!/(?:未|没有)(?:收到|受理|接到)/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(NO_REQUESTS)) {
    const before = m[1];
    // 2013年…未收到 in a 2014 report is another year's; 1月1日至12月31日期间 is the year
    const named = YEAR.exec(before);
    if (named && year !== null && Number(named[1]) !== year) continue;
    if (subUnitIn(before)) continue;
    // a heading run into the sentence (三、政府信息依申请公开工作情况 2011年全区未收到…) is no part of it:
    // the evidence opens on the year, or the place, when one is named
    const opening = /(?:19|20)\d{2}年|全[省市区县州旗盟]|我[省市区县州旗盟]/.exec(before);
    const start = m.index + (opening?.index ?? 0);
    out.push(readCandidate("transparency.requests", 0, "件", "area", start, m.index + m[0].length, WHOLE_PLACE.test(before)));
  }
  return out;
}

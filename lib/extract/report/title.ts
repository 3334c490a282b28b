import { findPlaceNames } from "../../gazetteer";
import { lineRole, type MetaLine } from "./lines";

export interface TitleInfo {
  /** normalized (meta-normalize) title, lines joined */
  text: string;
  /** the title as in the text, lines joined */
  raw: string;
  /** index of the title's first and last line in the head lines */
  first: number;
  last: number;
  /** normalized text after a title run into its first paragraph, on the title's last line */
  rest?: string;
}

// what the documents this app reads are about (and the one look-alike it must recognise to reject)
const TOPIC = /法治|依法行政|法制|依法治|政府信息公开/;
const DOC_NOUN = /报告|要点|计划|安排|方案|总结|情况|年鉴|通知|意见|解读|公报|通报|清单/;
const ENUMERATOR = /^(\(?[一二三四五六七八九十]+[)、.]|\(?\d{1,2}[)、.．]|第[一二三四五六七八九十]+[章节条部分])/;
const YEAR = /(19|20)\d{2}/;
const MAX_TITLE = 90;
// a title is near the top: once the body has run this many lines without one, there is none
const MAX_BODY_LINES_BEFORE_TITLE = 1;

function titleScore(line: MetaLine): number {
  const t = line.text;
  // (城中区委全面依法治区委员会: — whom the report goes to, on a line of its own before it opens: no title)
  if (t.length < 4 || t.length > MAX_TITLE || /[。]/.test(t) || /[:：]$/.test(t) || ENUMERATOR.test(t)) return 0;
  if (!TOPIC.test(t)) return 0;
  let score = 2;
  if (DOC_NOUN.test(t)) score += 2;
  if (YEAR.test(t)) score += 1;
  if (findPlaceNames(t).length > 0) score += 1;
  return score;
}

/** A short line that carries the issuer or the start of a title broken over two lines
 *  (清远市清城区人民政府2024年 / 法治政府建设年度报告). */
function isTitlePrefix(line: MetaLine): boolean {
  const t = line.text;
  if (!t || t.length > 40 || /[。,;:]/.test(t) || TOPIC.test(t) || lineRole(line) !== "other") return false;
  // 刚察县人民政府办公室 / 2023年度政府信息公开工作年度报告: an organ on the line above a title that
  // names no place is its issuer (自治区人民政府办公厅2022 / 政府信息公开工作年度报告: a title broken after its year; 索引号 …/2024 is no organ)
  return (
    /(人民政府|政府|[省市县区州旗盟]委|党委|办公室|办公厅|机关|局|委员会|年度?|(?:人民政府|政府|办公厅|办公室|局|委员会|管委会)(?:19|20)\d{2}|关于)$/.test(t) || /^中共/.test(t) || findPlaceNames(t).some((m) => m.end === t.length)
  );
}

function startsWithPlace(t: string): boolean {
  return findPlaceNames(t.slice(0, 12), { stems: true }).some((m) => m.start === 0 || (m.start === 2 && t.startsWith("中共")));
}

// "…年度报告 - 某某市人民政府网": keep the part that names the report
function stripSiteName(s: string): string {
  const parts = s.split(/\s+[-–—|_]\s+|\s*[|｜_]\s*|——/);
  if (parts.length < 2) return s;
  return parts.filter((p) => TOPIC.test(p)).sort((a, b) => b.length - a.length)[0] ?? s;
}

export function findTitle(lines: MetaLine[]): TitleInfo | null {
  let best = -1;
  let bestScore = 0;
  let bodyLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const role = lineRole(lines[i]);
    if (role === "body") {
      if (++bodyLines > MAX_BODY_LINES_BEFORE_TITLE || best >= 0) break;
      continue;
    }
    if (role !== "other") continue;
    const score = titleScore(lines[i]);
    if (score >= 3 && score > bestScore) {
      best = i;
      bestScore = score;
      if (score >= 6) break;
    }
  }
  if (best < 0) return embeddedTitle(lines);

  let first = best;
  let last = best;
  const prev = previousNonBlank(lines, best);
  if (prev >= 0 && best - prev <= 2 && isTitlePrefix(lines[prev]) && !startsWithPlace(lines[best].text)) first = prev;
  const next = best + 1;
  if (
    next < lines.length &&
    !DOC_NOUN.test(lines[best].text) &&
    lines[next].text.length <= 40 &&
    DOC_NOUN.test(lines[next].text) &&
    lineRole(lines[next]) === "other"
  ) {
    last = next;
  }
  const span = lines.slice(first, last + 1);
  return {
    text: stripSiteName(span.map((l) => l.text).join("")),
    raw: stripSiteName(span.map((l) => l.raw).join("")),
    first,
    last,
  };
}

// PDF and Word text often runs the title into the first paragraph:
// "某县2025年度法治政府建设情况报告2025年,全县坚持…"
// 根据《…条例》、《…年度报告格式》…: a sentence citing its grounds, not a title
const SENTENCE_OPENER = /^(?:根据|按照|依据|依照|遵照)/;
const RUN_IN_TITLE = /^.{2,60}?(?:年度报告|情况报告|情况的报告|工作报告|工作总结|工作要点|工作计划|工作安排|实施方案)/;

function embeddedTitle(lines: MetaLine[]): TitleInfo | null {
  const i = lines.findIndex((l) => l.text && lineRole(l) !== "chrome" && lineRole(l) !== "meta");
  if (i < 0 || i > 5) return null;
  const m = RUN_IN_TITLE.exec(lines[i].text);
  if (!m || !TOPIC.test(m[0]) || /[。,;:]/.test(m[0]) || ENUMERATOR.test(m[0]) || SENTENCE_OPENER.test(m[0])) return null;
  const keyword = m[0].slice(-4);
  const rawEnd = lines[i].raw.indexOf(keyword);
  return {
    text: m[0],
    raw: rawEnd >= 0 ? lines[i].raw.slice(0, rawEnd + keyword.length).trim() : m[0],
    first: i,
    last: i,
    rest: lines[i].text.slice(m[0].length),
  };
}

function previousNonBlank(lines: MetaLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].text) return j;
  return -1;
}

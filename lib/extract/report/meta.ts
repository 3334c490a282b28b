import { detectJurisdiction } from "./jurisdiction";
import { byDepartment, detectKind, isNewsTitle, opensAsNews } from "./kind";
import { detectPublishedOn } from "./date";
import { HEAD_CHARS, headLines, lineRole, tailLines, type MetaLine } from "./lines";
import { countSelfReference } from "./self-reference";
import { findTitle } from "./title";
import type { ReportFacts } from "../types";
import { dateFromUrl } from "./url-date";
import { detectYear } from "./year";

/** What a report is (ReportFacts without its figures): place, year, kind, title, date, issuer. */
export type ReportMeta = Omit<ReportFacts, "indicators" | "warnings" | "extractorVersion">;

const NOTHING: ReportMeta = { jurisdiction: null, year: null, kind: "other", title: null, publishedOn: null, byDepartment: false };

// "关于印发《XX市2024年法治政府建设工作要点》的通知": the document is what is inside the quotes
function documentTitle(title: string): string {
  const inner = /印发[^《]{0,10}《([^》]{4,80})》/.exec(title);
  return inner ? inner[1] : title;
}

// an untitled text's first line, when it reads as a heading (大兴区司法局2022年工作总结): short, no full stop
function headline(bodyLines: string[]): string | null {
  const first = bodyLines.find((l) => l.length > 0);
  // 昭通市人民政府办公室: is whom the report goes to, not who wrote it
  return first && first.length <= 50 && !/[。,;]/.test(first) && !/[:：]$/.test(first) ? first : null;
}

// the opening: three lines, or up to the first sentence under an overview heading near them (一、总体情况 / 2025年,…办公室…)
function openingLines(bodyLines: string[]): string {
  const overview = bodyLines.slice(0, 5).findIndex((l) => /^[^。,]{0,12}总体情况\s*$/.test(l));
  return bodyLines.slice(0, Math.max(3, overview + 2)).join("\n");
}

function isBodyLine(line: MetaLine): boolean {
  const role = lineRole(line);
  return role === "body" || role === "other";
}

/**
 * Which jurisdiction and year a report text is about, what kind of document it is, its title and
 * publication date. Pure and synchronous; reads only the opening and the end of the text, so its
 * cost does not grow with the text; never throws.
 */
/** What is known of a text besides its words: the address it was published at. */
export interface TextSource {
  sourceUrl?: string | null;
}

export function detectReportMeta(text: string, source: TextSource = {}): ReportMeta {
  if (typeof text !== "string" || text.length === 0) return { ...NOTHING };
  try {
    return detect(text, source);
  } catch {
    return { ...NOTHING };
  }
}

function detect(text: string, source: TextSource): ReportMeta {
  const head = headLines(text);
  const tail = text.length > HEAD_CHARS ? tailLines(text) : [];
  const title = findTitle(head);
  const bodyLines = head
    .slice(title ? title.last + 1 : 0)
    .filter(isBodyLine)
    .map((l) => l.text)
    .filter((t) => !/^[\d\s:.\-/]+$/.test(t));
  if (title?.rest) bodyLines.unshift(title.rest);
  const headText = head.map((l) => l.text).join("\n");
  const tailText = tail.map((l) => l.text).join("\n");
  const selfReference = countSelfReference(bodyLines.join("\n"));

  const docTitle = title ? documentTitle(title.text) : null;
  // the text's own date first; else the one its address carries (…/202103/t20210330_…)
  const fromUrl = dateFromUrl(source.sourceUrl);
  const publishedOn = detectPublishedOn(head, tail.length > 0 ? tail : head) ?? fromUrl?.iso ?? null;
  const publishedMonth = publishedOn ?? (fromUrl ? `${fromUrl.year}-${String(fromUrl.month).padStart(2, "0")}-01` : null);
  const heading = docTitle ?? headline(bodyLines);
  // an untitled text's heading line names its year like a title (某司法局2019年工作总结)
  const yearTitle = docTitle ?? (heading && /总结|报告|情况/.test(heading) ? heading : null);
  const news = (heading !== null && isNewsTitle(heading)) || opensAsNews(bodyLines.find((l) => l.length > 0) ?? "");
  const year = detectYear(yearTitle, bodyLines, publishedMonth, news);
  const kind = detectKind({ title: docTitle, bodyLines, selfReference });
  const detection = detectJurisdiction({
    title: title?.text ?? null,
    bodyLines,
    tailLines: (tail.length > 0 ? tail : head).map((l) => l.text),
    supportText: tailText ? `${headText}\n${tailText}` : headText,
    metaLines: head.filter((l) => lineRole(l) === "meta").map((l) => l.text),
    sourceUrl: source.sourceUrl,
    year,
    selfReference,
  });

  const meta: ReportMeta = {
    jurisdiction: detection.jurisdiction,
    year,
    kind,
    title: title?.raw ?? null,
    publishedOn,
    byDepartment: byDepartment(heading, selfReference, openingLines(bodyLines)),
  };
  if (detection.ambiguous) meta.ambiguousJurisdiction = detection.ambiguous;
  return meta;
}

import { parseHTML } from "linkedom";
import { decodeHtml } from "./decode-html";
import { MAX_HTML_ELEMENTS } from "./limits";

/** A document a web page links: the report is often only there (附件:…pdf). */
export interface Attachment {
  url: string;
  /** the link's text, else the file name in the address */
  name: string;
  type: "pdf" | "doc" | "docx" | "wps";
}

const DOCUMENT = /\.(pdf|docx?|wps)$/i;
/** Pages list a handful; more is a listing page, not a report's page. */
const MAX_ATTACHMENTS = 20;

/**
 * The .pdf, .doc and .docx files a page links, as absolute http(s) addresses (relative links
 * resolved against the page's address or its <base href>), each once, in page order. A link
 * counts when its address or its text ends in such an extension (CMSs serve attachments as
 * download.jsp?id=… under a name like 报告.pdf).
 */
export function findAttachments(bytes: Uint8Array, pageUrl: string, charset?: string | null): Attachment[] {
  const { text: html } = decodeHtml(bytes, charset);
  const { document } = parseHTML(html);
  const anchors = [...document.querySelectorAll("a[href]")].slice(0, MAX_HTML_ELEMENTS);
  let base: URL;
  try {
    base = new URL(document.querySelector("base[href]")?.getAttribute("href") ?? pageUrl, pageUrl);
  } catch {
    base = new URL(pageUrl);
  }
  const found = new Map<string, Attachment>();
  for (const a of anchors) {
    const href = a.getAttribute("href")?.trim() ?? "";
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    url.hash = "";
    const label = (a.textContent ?? "").replace(/\s+/g, " ").trim();
    const fileName = safeDecode(url.pathname.split("/").pop() ?? "");
    const ext = DOCUMENT.exec(fileName)?.[1] ?? DOCUMENT.exec(label)?.[1] ?? DOCUMENT.exec(a.getAttribute("download") ?? "")?.[1];
    if (!ext || found.has(url.href)) continue;
    found.set(url.href, { url: url.href, name: (label || fileName).slice(0, 200), type: ext.toLowerCase() as Attachment["type"] });
    if (found.size >= MAX_ATTACHMENTS) break;
  }
  return [...found.values()];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

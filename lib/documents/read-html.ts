import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtml } from "./decode-html";
import { notText } from "./document-errors";
import { measureHtml } from "./html-depth";
import { domToText, stripTagsToText } from "./html-to-text";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./limits";
import { looksBinary } from "./read-text";

export interface HtmlText {
  text: string;
  encoding: string;
  title?: string;
}

/**
 * A saved web page to the report's text: the article Readability finds (navigation, breadcrumbs,
 * related links and footers gone), with the page's headline in front when Readability left it out,
 * because the headline carries the jurisdiction and the year.
 */
export function readHtml(bytes: Uint8Array, transportCharset?: string | null): HtmlText {
  const { text: html, encoding } = decodeHtml(bytes, transportCharset);
  if (looksBinary(html)) throw notText();
  const shape = measureHtml(html, MAX_HTML_DEPTH);
  if (shape.maxDepth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS) {
    return { text: stripTagsToText(html), encoding };
  }

  const { document } = parseHTML(html);
  const { headline, title } = titles(document);
  const page = textWithoutFurniture(document);
  const article = readArticle(html);
  // Readability sometimes settles on one block of a multi-block report; the whole page minus its
  // furniture is then the better text.
  let text = article && article.length >= page.length * 0.5 ? article : page;
  if (headline && !text.slice(0, 500).includes(headline)) text = `${headline}\n${text}`;
  return { text, encoding, title: headline ?? title };
}

function readArticle(html: string): string | undefined {
  const { document } = parseHTML(html);
  try {
    const article = new Readability(document, {
      maxElemsToParse: MAX_HTML_ELEMENTS,
      // Report pages are long text; the default 500 is fine, but short reports (a county's one-page
      // summary) still deserve an answer.
      charThreshold: 200,
      serializer: (node) => node,
    }).parse();
    return article?.content ? domToText(article.content) : undefined;
  } catch {
    return undefined;
  }
}

// Page furniture by tag, and by the class/id names Chinese government CMSs give it.
const FURNITURE_TAGS = "nav, header, footer, aside, form, script, style, noscript, iframe, button, select";
const FURNITURE_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|position|location|footer|foot|bottom|sidebar|side|share|related|xgxx|xglj|toolbar|tools|topbar|top-bar|copyright|search|login|links?)(?:[\s_-]|$)/i;

function textWithoutFurniture(document: Document): string {
  for (const el of [...document.querySelectorAll(FURNITURE_TAGS)]) el.remove();
  for (const el of [...document.querySelectorAll("[class], [id]")]) {
    if (FURNITURE_NAMES.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`)) el.remove();
  }
  return document.body ? domToText(document.body) : "";
}

/**
 * The page's <title>, and the article's headline: the longest h1–h3 whose text is part of <title>
 * (sites title their pages "headline_site name", and put the site name in an h1 of its own).
 */
function titles(document: Document): { headline?: string; title?: string } {
  const pageTitle = (document.title ?? "").replace(/\s+/g, " ").trim();
  let best: string | undefined;
  for (const el of [...document.querySelectorAll("h1, h2, h3, .title, .article-title")]) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length >= 4 && text.length <= 120 && pageTitle.includes(text) && text.length > (best?.length ?? 0)) best = text;
  }
  return { headline: best, title: pageTitle || undefined };
}

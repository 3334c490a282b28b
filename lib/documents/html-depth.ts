import { htmlTokens } from "./html-tokens";

/**
 * How deep a page nests and how many elements it has, from a linear scan of its tags, so a page
 * that would overwhelm the DOM and Readability is recognised before either sees it.
 */

// Void elements never nest; elements the parser closes implicitly (p, li, td…) do not add depth
// when a sloppy page leaves them open, which old government pages routinely do.
const NO_DEPTH = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
  "rb", "rt", "rtc", "rp",
]);

export interface HtmlShape {
  maxDepth: number;
  elements: number;
}

export function measureHtml(html: string): HtmlShape {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  for (const token of htmlTokens(html)) {
    if (token.type === "text") continue;
    if (token.type === "close") {
      if (!NO_DEPTH.has(token.name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (token.selfClosing || NO_DEPTH.has(token.name)) continue;
    depth++;
    if (depth > maxDepth) maxDepth = depth;
  }
  return { maxDepth, elements };
}

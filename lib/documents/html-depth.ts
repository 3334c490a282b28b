import { htmlTokens } from "./html-tokens";

/**
 * How deep a page nests and how many elements it has, from a linear scan of its tags, so a page
 * that would overwhelm the DOM and Readability is recognised before either sees it.
 *
 * The depth is the one linkedom's parser (htmlparser2) will build, not the one a browser would:
 * it closes an open element only when the new tag implies it and that element is the innermost
 * one (a <p> closes an open <p>, a <li> an open <li>), and otherwise nests. So `<li><p><li><p>…`
 * is as deep as it is long there, and a sloppy page is measured by the same rules it is parsed by.
 * (Treating p, li, td… as never nesting let 21,000 alternating <li><p> through to Readability,
 * which then ran past the reader's time limit.)
 */

// htmlparser2's openImpliesClose: opening the key closes the innermost open element while it is one of these
const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const DDT = new Set(["dd", "dt"]);
const RTP = new Set(["rt", "rp"]);
const SECTIONS = new Set(["thead", "tbody"]);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])],
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DDT], ["dt", DDT], ["rt", RTP], ["rp", RTP], ["tbody", SECTIONS], ["tfoot", SECTIONS],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t) => [t, FORM] as [string, Set<string>]),
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption",
    "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t) => [t, P] as [string, Set<string>]),
]);

const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param",
  "source", "track", "wbr",
]);

// Inside SVG and MathML a self-closing tag is closed; in HTML `<div/>` opens a div.
const FOREIGN = new Set(["svg", "math"]);

export interface HtmlShape {
  maxDepth: number;
  elements: number;
}

/** Stops counting once the depth passes `stopAboveDepth` (the answer is then "too deep" anyway). */
export function measureHtml(html: string, stopAboveDepth = Number.POSITIVE_INFINITY): HtmlShape {
  const open: string[] = []; // innermost last
  let foreign = 0;
  let maxDepth = 0;
  let elements = 0;
  const closeTo = (length: number) => {
    while (open.length > length) if (FOREIGN.has(open.pop()!)) foreign--;
  };
  for (const token of htmlTokens(html)) {
    if (token.type === "text") continue;
    if (token.type === "close") {
      if (!VOID.has(token.name)) {
        const at = open.lastIndexOf(token.name);
        if (at !== -1) closeTo(at);
      }
      continue;
    }
    elements++;
    const implied = IMPLIES_CLOSE.get(token.name);
    if (implied) while (open.length > 0 && implied.has(open[open.length - 1])) closeTo(open.length - 1);
    if (VOID.has(token.name) || (token.selfClosing && foreign > 0)) continue;
    open.push(token.name);
    if (FOREIGN.has(token.name)) foreign++;
    if (open.length > maxDepth) {
      maxDepth = open.length;
      if (maxDepth > stopAboveDepth) break;
    }
  }
  return { maxDepth, elements };
}

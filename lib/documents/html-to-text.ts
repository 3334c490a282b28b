import { htmlTokens } from "./html-tokens";
import { PlainTextBuilder } from "./plain-text-builder";

/** Elements whose content is never report text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "canvas", "select", "button"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * A parsed element's text, laid out by PlainTextBuilder. Walks with its own stack, not recursion:
 * a page that got past the depth check still cannot overflow the call stack here.
 */
export function domToText(root: DomNode): string {
  const out = new PlainTextBuilder();
  const stack: Array<{ node: DomNode; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const name = node.nodeName.toLowerCase();
    if (leaving) {
      out.close(name);
      continue;
    }
    if (node.nodeType === 3) {
      out.text(node.nodeValue ?? "");
      continue;
    }
    // elements, and documents / fragments (9, 11) whose children are walked
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      if (SKIPPED.has(name)) continue;
      out.open(name);
      stack.push({ node, leaving: true });
    }
    // read childNodes once: linkedom builds the list afresh on every access (a linked list inside),
    // which made a page of 9,000 sibling paragraphs take over a minute
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  return out.toString();
}

/**
 * The flat fallback for pages too deep or too large for the DOM: tags become line and cell
 * breaks, entities are decoded, everything else is dropped. Navigation stays in; it is the price
 * of reading a hostile page at all.
 */
export function stripTagsToText(html: string): string {
  const out = new PlainTextBuilder();
  // The tokenizer already drops script, style, title… content. Nothing else is skipped: an
  // unclosed <svg> or <head> on a broken page must not swallow the report after it.
  for (const token of htmlTokens(html)) {
    if (token.type === "text") out.text(decodeEntities(token.text));
    else if (token.type === "open") out.open(token.name);
    else out.close(token.name);
  }
  return out.toString();
}

const NAMED: Record<string, string> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  ldquo: "\u201c", rdquo: "\u201d", lsquo: "\u2018", rsquo: "\u2019", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026",
  middot: "\u00b7", times: "\u00d7", divide: "\u00f7", deg: "\u00b0", plusmn: "\u00b1", permil: "\u2030", bull: "\u2022",
  laquo: "\u00ab", raquo: "\u00bb", copy: "\u00a9", reg: "\u00ae", yen: "\u00a5",
};

/** Entities a Chinese government page uses; an unknown name is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

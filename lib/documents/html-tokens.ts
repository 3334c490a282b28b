/**
 * A flat, linear scan of HTML into text and tags: no tree, no recursion, every position looked at
 * a bounded number of times, so it is safe on a page that is hostile (deep nesting, unclosed
 * comments, a million "<a"). Used to measure a page before it is parsed, and to read one that is
 * too deep to parse.
 */
export type HtmlToken =
  | { type: "text"; text: string }
  | { type: "open"; name: string; selfClosing: boolean }
  | { type: "close"; name: string };

/** Elements whose content is not markup: skipped whole. */
const RAW_TEXT = new Set(["script", "style", "textarea", "noscript", "template", "title", "xmp", "iframe"]);

// Sticky: matched at one "<" only. [^<>]* stops at the next "<", so a "<" without its ">" costs
// only the distance to the next "<".
const TAG_AT = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[\s/][^<>]*)?>/y;

export function* htmlTokens(html: string): Generator<HtmlToken> {
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      yield { type: "text", text: html.slice(i) };
      return;
    }
    if (lt > i) yield { type: "text", text: html.slice(i, lt) };

    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
      const end = html.indexOf(">", lt);
      if (end < 0) return;
      i = end + 1;
      continue;
    }

    TAG_AT.lastIndex = lt;
    const m = TAG_AT.exec(html);
    if (!m) {
      yield { type: "text", text: "<" };
      i = lt + 1;
      continue;
    }
    const [whole, slash, rawName] = m;
    const name = rawName.toLowerCase();
    i = lt + whole.length;
    if (slash) {
      yield { type: "close", name };
      continue;
    }
    const selfClosing = whole.endsWith("/>");
    yield { type: "open", name, selfClosing };
    if (RAW_TEXT.has(name) && !selfClosing) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) return;
      const close = html.indexOf(">", end);
      if (close < 0) return;
      yield { type: "close", name };
      i = close + 1;
    }
  }
}

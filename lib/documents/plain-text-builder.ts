/**
 * Turns a stream of HTML events (open tag, text, close tag) into the plain text a reader wants:
 * one line per paragraph or heading, table rows as lines with cells separated by tabs, no markup.
 * Both the DOM walk and the flat tag-stripping pass feed it, so they agree on layout.
 */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
  "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
]);

const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;

export class PlainTextBuilder {
  private readonly parts: string[] = [];
  /** cells written in the current row, one counter per open table */
  private readonly rows: number[] = [];
  private cellDepth = 0;
  private preDepth = 0;

  open(name: string): void {
    if (name === "br") return this.lineBreak();
    if (name === "table") this.rows.push(0);
    if (name === "tr") {
      this.lineBreak();
      if (this.rows.length) this.rows[this.rows.length - 1] = 0;
      this.cellDepth = 0;
      return;
    }
    if (name === "td" || name === "th") {
      const row = this.rows.length - 1;
      if (row >= 0 && this.rows[row] > 0) this.parts.push("\t");
      if (row >= 0) this.rows[row]++;
      this.cellDepth++;
      return;
    }
    if (name === "pre") this.preDepth++;
    if (BLOCK.has(name)) this.lineBreak();
  }

  close(name: string): void {
    if (name === "td" || name === "th") {
      this.cellDepth = Math.max(0, this.cellDepth - 1);
      return;
    }
    if (name === "tr") return this.lineBreak();
    if (name === "table") {
      this.rows.pop();
      this.cellDepth = 0;
    }
    if (name === "pre") this.preDepth = Math.max(0, this.preDepth - 1);
    if (BLOCK.has(name)) this.lineBreak();
  }

  text(text: string): void {
    if (this.preDepth > 0 && this.cellDepth === 0) this.parts.push(text.replace(/\r\n?/g, "\n"));
    else this.parts.push(text.replace(COLLAPSIBLE, " "));
  }

  toString(): string {
    return this.parts
      .join("")
      .split("\n")
      // Leading ideographic spaces are the page's paragraph indent (　　), not text.
      .map((line) => line.replace(/ {2,}/g, " ").replace(/ *\t */g, "\t").replace(/^[ \u3000]+|[ \u3000]+$/g, "").replace(/\t+$/, ""))
      .filter((line) => line.replace(/\t/g, "").length > 0)
      .join("\n");
  }

  /** Inside a table cell a paragraph break is a space: the cell stays on its row's line. */
  private lineBreak(): void {
    this.parts.push(this.cellDepth > 0 ? " " : "\n");
  }
}

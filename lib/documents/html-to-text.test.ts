import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { decodeEntities, domToText, stripTagsToText } from "./html-to-text";

const page = `<html><head><title>标题</title><style>p{color:red}</style></head><body>
<h1>庆阳市2023年法治政府建设情况的报告</h1>
<p>　　一是坚持依法决策。<br>聘请法律顾问6名，发展公职律师87名。</p>
<table><tr><th>项目</th><th>数量</th></tr><tr><td><p>行政复议</p><p>受理</p></td><td>218件</td></tr></table>
<script>var x = "<p>not text</p>";</script>
<div>结案率&nbsp;100&#37;。</div></body></html>`;

const expected = ["庆阳市2023年法治政府建设情况的报告", "一是坚持依法决策。", "聘请法律顾问6名，发展公职律师87名。", "项目\t数量", "行政复议 受理\t218件", "结案率 100%。"].join("\n");

describe("HTML to plain text", () => {
  it("walks a parsed page: one line per block, <br> breaks, rows with tab-separated cells", () => {
    expect(domToText(parseHTML(page).document.body)).toBe(expected);
  });

  it("the flat tag-stripping fallback lays the same page out the same way", () => {
    expect(stripTagsToText(page)).toBe(expected);
  });

  it("the flat pass survives unclosed comments and a flood of '<'", () => {
    const ms = cpuMs(() => {
      expect(stripTagsToText(`<p>正文</p><!-- never closed ${"<a".repeat(200_000)}`)).toBe("正文");
      expect(stripTagsToText(`<p>正文</p>${"<a".repeat(200_000)}`).startsWith("正文")).toBe(true);
    });
    expect(ms).toBeLessThan(2000);
  });

  it("decodes numeric and common named entities, leaves unknown ones", () => {
    expect(decodeEntities("&#20013;&#x6587;&ldquo;法&rdquo;&amp;&unknown;")).toBe("中文“法”&&unknown;");
  });
});

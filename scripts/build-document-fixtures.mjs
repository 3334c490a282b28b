#!/usr/bin/env node
// Builds the fixtures of lib/documents/__fixtures__/ from the real sample reports in
// data/samples/*.txt, so the document readers are tested on real report text in every container a
// person uploads. The generated files are committed; run this again only to change them.
//
//   node scripts/build-document-fixtures.mjs
//
// Needs: `iconv` (glibc) for GBK, and LibreOffice (`soffice`, Debian: apt-get install -y
// libreoffice-writer-nogui fonts-noto-cjk) for the .docx, .doc and the LibreOffice .pdf. The rest is
// written here with node:zlib: a PDF with a NON-embedded CJK font (how older government PDFs are
// made), an image-only "scanned" PDF, corrupt variants and zip bombs.
//
// What comes from where (the text is the sample's, only the page furniture around it is made up):
//   report-gbk.txt             000 (庆阳市 2023) encoded GBK by iconv
//   report.doc                 000 via LibreOffice "MS Word 97"
//   report-gb2312.html         001 (庐阳区 2020) in a saved government page, GBK bytes, <meta charset="gb2312">
//   report-utf8.html           002 (红寺堡区 2024) in a saved government page, UTF-8
//   report.docx                004 (清城区 2024) via LibreOffice, plus a 附表 table of the sample's own
//                              evidence sentences and numbers (data/samples/004…json) to test table rows
//   report.pdf                 004 section (二) 2 via LibreOffice (embedded subset of Noto Sans CJK)
//   report-cid-font.pdf        000, Type0 font STSong-Light + UniGB-UCS2-H, no font embedded, no ToUnicode:
//                              readable only with PDF.js CMaps
//   scanned.pdf                one page with only an image: no text layer
//   truncated.docx / .pdf      the first 40% (at most 16 KB) of report.docx / report.pdf
//   bomb.docx                  word/document.xml inflates to 55 MB (spaces), ~55 KB on disk
//   bomb-lying-size.docx       the same, but its zip headers claim 2 KB uncompressed
//   empty.docx                 a valid .docx with one empty paragraph
//   archive.zip                a plain zip holding the sample .txt (not a Word document)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.join(root, "data/samples");
const out = path.join(root, "lib/documents/__fixtures__");
mkdirSync(out, { recursive: true });

const sample = (id) => readFileSync(path.join(samples, `${id}.txt`), "utf8");
const sampleFacts = (id) => JSON.parse(readFileSync(path.join(samples, `${id}.json`), "utf8"));
const S000 = "000_ac45cf8051bb6945";
const S001 = "001_07ddf58672798297";
const S002 = "002_a90241e05e537ef4";
const S004 = "004_6d88d43f79e10c56";

const paragraphs = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
const write = (name, data) => {
  writeFileSync(path.join(out, name), data);
  console.log(`${name.padEnd(24)} ${String(data.length).padStart(8)} bytes`);
};

// ---------- GBK text ----------
function toGbk(text) {
  return execFileSync("iconv", ["-f", "UTF-8", "-t", "GBK"], { input: text });
}
write("report-gbk.txt", toGbk(sample(S000)));

// ---------- saved government web pages ----------
// Sample lines that are page metadata in the original site, not report paragraphs.
const META_LINE = /^(发表时间|发布时间|时间|来源|您当前的位置|当前位置)[:：]/;

function savedPage({ site, title, lines, charset }) {
  const body = lines.filter((l) => !META_LINE.test(l) && l !== title);
  const meta = lines.filter((l) => META_LINE.test(l) && !/位置/.test(l));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="${charset}">
<title>${escapeHtml(title)}_${site}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>今天是</span><a href="/wza/">无障碍浏览</a><a href="/lang/">繁體</a><a href="/m/">移动版</a></div>
<header class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${site}"></a></div>
<form class="search" action="/search/"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></header>
<nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进${site.replace(/人民政府$/, "")}</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<div class="main"><div class="article">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="article-info">${meta.map(escapeHtml).join("&nbsp;&nbsp;")}&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article-content" id="zoom">
${body.map((l) => `<p style="text-indent:2em">${escapeHtml(l)}</p>`).join("\n")}
</div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<aside class="related"><h3>相关链接</h3><ul><li><a href="/a/1.html">关于印发政务公开工作要点的通知</a></li>
<li><a href="/a/2.html">政府信息公开工作年度报告</a></li><li><a href="/a/3.html">法治政府建设示范创建活动方案</a></li></ul></aside>
</div>
<footer class="footer"><p>主办单位：${site}办公室　承办：${site}信息中心</p>
<p>网站标识码：3400000001　皖ICP备05001234号　<a href="/sitemap/">网站地图</a>　<a href="/contact/">联系我们</a></p></footer>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "/stat.js"; })();</script>
</body>
</html>
`;
}

{
  const lines = paragraphs(sample(S001));
  const html = savedPage({ site: "合肥市庐阳区人民政府", title: lines[0], lines: lines.slice(1), charset: "gb2312" });
  // Sites that say gb2312 serve GBK bytes (WHATWG: the label gb2312 means GBK).
  write("report-gb2312.html", toGbk(html));
}
{
  const lines = paragraphs(sample(S002));
  const title = lines.find((l) => !META_LINE.test(l));
  const html = savedPage({ site: "吴忠市红寺堡区人民政府", title, lines, charset: "utf-8" });
  write("report-utf8.html", Buffer.from(html, "utf8"));
}

// ---------- LibreOffice: .docx, .doc, .pdf ----------
function soffice(inputFile, target, workDir) {
  // A profile of our own: a second soffice (another engineer, the desktop) would lock the default one.
  const profile = `file://${path.join(workDir, "profile")}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", workDir, inputFile],
    { stdio: ["ignore", "ignore", "inherit"], timeout: 120_000 },
  );
  const base = path.basename(inputFile, path.extname(inputFile));
  return path.join(workDir, `${base}.${target.split(":")[0]}`);
}

function wordHtml(title, lines, table) {
  const rows = table
    ? `<p>附表：主要数据</p>\n<table border="1" cellpadding="4">${table
        .map((cells, i) => `<tr>${cells.map((c) => (i === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`)
        .join("\n")}</table>`
    : "";
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Noto Sans CJK SC";font-size:12pt} h1{font-size:16pt;text-align:center}</style></head><body>
<h1>${escapeHtml(title)}</h1>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}
${rows}
</body></html>`;
}

const work = mkdtempSync(path.join(os.tmpdir(), "doc-fixtures-"));
try {
  {
    const lines = paragraphs(sample(S004));
    // The sample's first two lines are one title broken in two.
    const title = lines[0] + lines[1];
    const facts = sampleFacts(S004);
    const table = [["序号", "原文", "数值"], ...Object.values(facts.indicators).slice(0, 6).map((f, i) => [String(i + 1), f.evidence, String(f.value)])];
    const htmlFile = path.join(work, "report.html");
    writeFileSync(htmlFile, wordHtml(title, lines.slice(2), table));
    write("report.docx", readFileSync(soffice(htmlFile, "docx:MS Word 2007 XML", work)));

    // An embedded CJK subset costs ~350 bytes a distinct character: the PDF gets the section
    // (二) 2, the report's densest in numbers (调解 198/1156/2779/2739/98.56%), to stay near 100 KB.
    writeFileSync(htmlFile, wordHtml(title, [10, 12].map((i) => lines[i])));
    write("report.pdf", readFileSync(soffice(htmlFile, "pdf:writer_pdf_Export", work)));
  }
  {
    const lines = paragraphs(sample(S000));
    const htmlFile = path.join(work, "report-doc.html");
    writeFileSync(htmlFile, wordHtml(lines[0], lines.slice(1)));
    write("report.doc", readFileSync(soffice(htmlFile, "doc:MS Word 97", work)));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------- hand-written PDFs ----------
function pdfFile(objects) {
  // objects[i] is the body of object i+1; object 1 is the catalog.
  const parts = ["%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"];
  let offset = Buffer.byteLength(parts[0], "latin1");
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"), Buffer.from("\nendobj\n", "latin1")]);
    offsets.push(offset);
    offset += chunk.length;
    parts.push(chunk);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p, "latin1"))));
}
const stream = (dict, data) => {
  const deflated = zlib.deflateSync(data, { level: 9 });
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), deflated, Buffer.from("\nendstream", "latin1")]);
};

// A4, 12 pt STSong-Light: CJK glyphs 12 pt wide, ASCII (Adobe-GB1 CIDs 1–95, proportional) 6 pt.
function cidFontPdf(text) {
  const [W, H, MARGIN, SIZE, LEADING] = [595, 842, 60, 12, 20];
  const width = (ch) => (ch.charCodeAt(0) < 0x7f ? SIZE / 2 : SIZE);
  const lines = [];
  for (const para of paragraphs(text)) {
    let line = "";
    let used = SIZE * 2; // first-line indent of two characters, as in the reports
    let indent = SIZE * 2;
    for (const ch of para.replace(/\u00a0/g, " ")) {
      if (used + width(ch) > W - 2 * MARGIN) {
        lines.push({ text: line, indent });
        [line, used, indent] = ["", 0, 0];
      }
      line += ch;
      used += width(ch);
    }
    lines.push({ text: line, indent });
  }
  const perPage = Math.floor((H - 2 * MARGIN) / LEADING);
  const pages = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));

  const ucs2Hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const fixed = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    // No /FontFile and no /ToUnicode: a reader maps codes to Unicode through the named CMaps only.
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>",
  ];
  const pageObjects = pages.flatMap((pageLines, i) => {
    const ops = pageLines.map((l, j) => `1 0 0 1 ${MARGIN + l.indent} ${H - MARGIN - SIZE - j * LEADING} Tm <${ucs2Hex(l.text)}> Tj`).join("\n");
    return [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
      stream("", Buffer.from(`BT /F1 ${SIZE} Tf\n${ops}\nET`, "latin1")),
    ];
  });
  return pdfFile([...fixed, ...pageObjects]);
}
write("report-cid-font.pdf", cidFontPdf(sample(S000)));

function scannedPdf() {
  // A 120×160 grey "photo of a page": stripes where the lines of text would be.
  const [w, h] = [120, 160];
  const pixels = Buffer.alloc(w * h, 0xff);
  for (let y = 10; y < h - 10; y++) if (y % 6 < 3) for (let x = 10; x < w - 10; x++) pixels[y * w + x] = 0x40 + ((x * 7 + y * 3) % 32);
  return pdfFile([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`, pixels),
    stream("", Buffer.from("q 475 0 0 633 60 120 cm /Im1 Do Q", "latin1")),
  ]);
}
write("scanned.pdf", scannedPdf());

// ---------- corrupt variants ----------
const truncate = (name) => {
  const bytes = readFileSync(path.join(out, name));
  return bytes.subarray(0, Math.min(Math.floor(bytes.length * 0.4), 16 * 1024));
};
write("truncated.docx", truncate("report.docx"));
write("truncated.pdf", truncate("report.pdf"));

// ---------- zips written by hand ----------
// Stored/deflated entries, one central directory; `claimedSize` lets an entry lie about its size.
function zipFile(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, claimedSize } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const size = claimedSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
function bombDocx(claimedSize) {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">';
  const tail = "</w:t></w:r></w:p></w:body></w:document>";
  const xml = Buffer.concat([Buffer.from(head), Buffer.alloc(55 * 1024 * 1024, 0x20), Buffer.from(tail)]);
  return zipFile([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(RELS) },
    { name: "word/document.xml", data: xml, claimedSize },
  ]);
}
write("bomb.docx", bombDocx());
write("bomb-lying-size.docx", bombDocx(2048));
write(
  "empty.docx",
  zipFile([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(RELS) },
    { name: "word/document.xml", data: Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>') },
  ]),
);
write("archive.zip", zipFile([{ name: "报告.txt", data: Buffer.from(sample(S000), "utf8") }]));

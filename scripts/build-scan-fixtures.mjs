// Builds the scanned-document fixtures from data/samples: each sample's text set like a printed
// government document (Noto Serif CJK, 16 pt body on A4), "scanned" at 150–300 dpi with a slight
// rotation, an off-white page, grain and specks, and saved as a PDF of page images only (no text
// layer). Also one page as .png, .jpg and a Group-4 .tif (the common fax/scanner format) and a
// blank noisy page. Deterministic: the same fonts give the same bytes.
//
//   node scripts/build-scan-fixtures.mjs            # writes data/scans/
//
// Needs Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk) and, for the .tif,
// ImageMagick's convert (apt-get install imagemagick); @napi-rs/canvas and pdf-lib come from npm.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState } from "pdf-lib";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "data/scans");
const FONT_DIR = "/usr/share/fonts/opentype/noto";

/** One scan per sample, each at its own resolution and skew, as county offices' scanners differ. */
// "gray": 8-bit JPEG pages; "bilevel": black and white, CCITT Group 4 (what office scanners default to)
export const SCANS = [
  { id: "000_ac45cf8051bb6945", dpi: 200, degrees: 0.6, seed: 1, mode: "bilevel" },
  { id: "001_07ddf58672798297", dpi: 150, degrees: -0.8, seed: 2, mode: "gray" },
  { id: "002_a90241e05e537ef4", dpi: 300, degrees: 0.4, seed: 3, mode: "bilevel" },
  { id: "003_4a90db0b4aea3a94", dpi: 150, degrees: 1.0, seed: 4, mode: "gray" },
  { id: "004_6d88d43f79e10c56", dpi: 250, degrees: -0.5, seed: 5, mode: "bilevel" },
];

const MM_PER_INCH = 25.4;
const A4 = { widthMm: 210, heightMm: 297 };
// GB/T 9704 (公文格式): margins, 16 pt body (三号), 28 pt line pitch, 22 pt title (二号)
const MARGIN = { top: 37, left: 28, right: 26, bottom: 35 };
const BODY_PT = 16;
const LINE_PT = 28;
const TITLE_PT = 22;
const JPEG_QUALITY = 40;
// /usr/local/bin may hold a stand-in of that name on some machines
const CONVERT = existsSync("/usr/bin/convert") ? "/usr/bin/convert" : "convert";

// a line may not start with closing punctuation (禁则): it stays on the line before
const NO_LINE_START = new Set([..."，。、；：？！）》」』”’,.;:?!)%"]);

function random(seed) {
  let x = seed * 2654435761;
  return () => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function registerFonts() {
  const serif = path.join(FONT_DIR, "NotoSerifCJK-Regular.ttc");
  const bold = path.join(FONT_DIR, "NotoSerifCJK-Bold.ttc");
  if (!existsSync(serif) || !existsSync(bold)) throw new Error(`${serif} missing: apt-get install fonts-noto-cjk`);
  GlobalFonts.registerFromPath(serif, "ScanSerif");
  GlobalFonts.registerFromPath(bold, "ScanSerifBold");
}

/** Greedy line breaking by measured width; the first line of a paragraph is indented two characters. */
function wrap(ctx, paragraph, width, indent) {
  const lines = [];
  let line = indent;
  let lineWidth = ctx.measureText(indent).width;
  for (const ch of paragraph) {
    const w = ctx.measureText(ch).width;
    if (lineWidth + w > width && line.trim() && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = "";
      lineWidth = 0;
    }
    line += ch;
    lineWidth += w;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

/** The text laid out into pages of lines: { text, bold, centered } each. */
function layout(text, px) {
  const ctx = createCanvas(10, 10).getContext("2d");
  const width = px(A4.widthMm - MARGIN.left - MARGIN.right);
  const perPage = Math.floor(px(A4.heightMm - MARGIN.top - MARGIN.bottom) / px((LINE_PT / 72) * MM_PER_INCH));
  const paragraphs = text.replace(/\r\n?/g, "\n").split("\n").map((p) => p.replace(/\t/g, "　").trim()).filter(Boolean);
  const lines = [];
  paragraphs.forEach((p, i) => {
    const title = i === 0;
    ctx.font = title ? `${px((TITLE_PT / 72) * MM_PER_INCH)}px ScanSerifBold` : `${px((BODY_PT / 72) * MM_PER_INCH)}px ScanSerif`;
    for (const l of wrap(ctx, p, width, title || /^[\u4e00-\u9fff]{2,}[:：]$/.test(p) ? "" : "　　")) lines.push({ text: l, title });
    if (title) lines.push({ text: "", title: false });
  });
  const pages = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return pages;
}

/** One page as a scanner would give it: JPEG bytes and the pixel size. */
function renderPage(lines, { dpi, degrees }, rand) {
  const px = (mm) => Math.round((mm / MM_PER_INCH) * dpi);
  const W = px(A4.widthMm);
  const H = px(A4.heightMm);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "rgb(244,242,236)";
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  ctx.fillStyle = "rgb(28,28,30)";
  ctx.textBaseline = "alphabetic";
  const pitch = px((LINE_PT / 72) * MM_PER_INCH);
  const left = px(MARGIN.left);
  const width = px(A4.widthMm - MARGIN.left - MARGIN.right);
  lines.forEach((line, i) => {
    const y = px(MARGIN.top) + pitch * (i + 0.8);
    ctx.font = line.title ? `${px((TITLE_PT / 72) * MM_PER_INCH)}px ScanSerifBold` : `${px((BODY_PT / 72) * MM_PER_INCH)}px ScanSerif`;
    const x = line.title ? left + (width - ctx.measureText(line.text).width) / 2 : left;
    ctx.fillText(line.text, x, y);
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  noise(ctx, W, H, rand);
  const png = canvas.encodeSync("png");
  // a grayscale JPEG, as scanners write them (a colour one of the same page is three times larger)
  const jpeg = execFileSync(CONVERT, ["png:-", "-colorspace", "Gray", "-quality", String(JPEG_QUALITY), "-strip", "jpg:-"], { input: png, maxBuffer: 1 << 28 });
  return { jpeg, png, width: W, height: H };
}

/** Paper grain, uneven toner and dust specks, as a flatbed scan of a printout shows. */
function noise(ctx, W, H, rand) {
  const image = ctx.getImageData(0, 0, W, H);
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const grain = (rand() - 0.5) * 14;
    const speck = rand() < 0.0008 ? -150 * rand() : 0;
    for (let c = 0; c < 3; c++) d[i + c] = Math.max(0, Math.min(255, d[i + c] + grain + speck));
  }
  ctx.putImageData(image, 0, 0);
}

async function scanToPdf(text, scan) {
  const px = (mm) => Math.round((mm / MM_PER_INCH) * scan.dpi);
  const rand = random(scan.seed);
  const pages = layout(text, px).map((lines) => renderPage(lines, scan, rand));
  const bytes = scan.mode === "bilevel" ? await bilevelPdf(pages) : await grayPdf(pages);
  // the second page: the first is mostly title and preamble, the second is dense with figures
  return { bytes, pages: pages.length, sample: pages[1] ?? pages[0] };
}

/** JPEG pages in a PDF. */
async function grayPdf(pages) {
  const pdf = await newPdf();
  for (const page of pages) {
    const image = await pdf.embedJpg(page.jpeg);
    const pdfPage = addA4Page(pdf);
    pdfPage.drawImage(image, { x: 0, y: 0, width: pdfPage.getWidth(), height: pdfPage.getHeight() });
  }
  return savePdf(pdf);
}

/**
 * Thresholded pages, each a CCITT Group 4 image (ImageMagick encodes it; pdf-lib cannot, and
 * Debian's ImageMagick policy forbids writing PDF), placed in the PDF by pdf-lib as is.
 */
async function bilevelPdf(pages) {
  const pdf = await newPdf();
  for (const page of pages) {
    const g4 = execFileSync(CONVERT, ["png:-", "-colorspace", "Gray", "-threshold", "55%", "-strip", "group4:-"], { input: page.png, maxBuffer: 1 << 28 });
    const image = pdf.context.register(
      pdf.context.stream(g4, {
        Type: "XObject",
        Subtype: "Image",
        Width: page.width,
        Height: page.height,
        ColorSpace: "DeviceGray",
        BitsPerComponent: 1,
        Filter: "CCITTFaxDecode",
        DecodeParms: { K: -1, Columns: page.width, Rows: page.height },
      }),
    );
    const pdfPage = addA4Page(pdf);
    const name = pdfPage.node.newXObject("Scan", image);
    pdfPage.pushOperators(pushGraphicsState(), concatTransformationMatrix(pdfPage.getWidth(), 0, 0, pdfPage.getHeight(), 0, 0), drawObject(name), popGraphicsState());
  }
  return savePdf(pdf);
}

async function newPdf() {
  return PDFDocument.create({ updateMetadata: false });
}

function addA4Page(pdf) {
  return pdf.addPage([(A4.widthMm / MM_PER_INCH) * 72, (A4.heightMm / MM_PER_INCH) * 72]);
}

/** Fixed dates keep the bytes the same from run to run. */
function savePdf(pdf) {
  pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
  pdf.setProducer("fazhi scan fixtures");
  return pdf.save({ useObjectStreams: false });
}

async function main() {
  registerFonts();
  mkdirSync(out, { recursive: true });
  const manifest = [];
  for (const scan of SCANS) {
    const text = readFileSync(path.join(root, "data/samples", `${scan.id}.txt`), "utf8");
    const { bytes, pages, sample } = await scanToPdf(text, scan);
    writeFileSync(path.join(out, `${scan.id}.pdf`), bytes);
    manifest.push({ ...scan, pages, bytes: bytes.length });
    console.log(`${scan.id}.pdf: ${pages} pages at ${scan.dpi} dpi, ${(bytes.length / 1024).toFixed(0)} KB`);
    if (scan.id.startsWith("000_")) {
      // one page alone, as the image formats people upload
      writeFileSync(path.join(out, "page.jpg"), sample.jpeg);
      const bilevel = ["-colorspace", "Gray", "-threshold", "55%", "-units", "PixelsPerInch", "-density", String(scan.dpi), "-strip"];
      writeFileSync(path.join(out, "page.png"), execFileSync(CONVERT, ["png:-", ...bilevel, "-type", "bilevel", "png:-"], { input: sample.png, maxBuffer: 1 << 28 }));
      writeFileSync(path.join(out, "page.tif"), execFileSync(CONVERT, ["png:-", ...bilevel, "-compress", "Group4", "tif:-"], { input: sample.png, maxBuffer: 1 << 28 }));
    }
  }
  const blank = renderPage([], { dpi: 150, degrees: 0 }, random(99));
  writeFileSync(path.join(out, "blank.jpg"), blank.jpeg);
  writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();

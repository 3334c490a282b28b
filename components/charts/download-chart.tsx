"use client";

import { fileNameOf } from "@/lib/charts/file-name";

const SVG_NS = "http://www.w3.org/2000/svg";
const HEADER = 28;
const FOOTER = 34;
// what a viewer uses when the labels could not be outlined: named CJK fonts, then the generic family
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/** A run of text to outline: what it says, how it looks, where its baseline starts (in its element's user space). */
interface TextRun {
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  x: number;
  y: number;
}

function text(x: number, y: number, content: string, size: number, fill: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-size", String(size));
  t.setAttribute("fill", fill);
  t.textContent = content;
  return t;
}

/** The runs of a text element as the browser laid them out (Recharts puts each line in a <tspan>). */
function runsOf(el: SVGTextElement): TextRun[] {
  const parts: SVGTextContentElement[] = el.querySelector("tspan") ? [...el.querySelectorAll("tspan")] : [el];
  return parts.flatMap((part) => {
    const text = part.textContent ?? "";
    if (!text.trim() || part.getNumberOfChars() === 0) return [];
    const style = getComputedStyle(part);
    const start = part.getStartPositionOfChar(0);
    return [{ text, size: parseFloat(style.fontSize) || 12, bold: Number(style.fontWeight) >= 600, fill: style.fill || "#1c1917", x: start.x, y: start.y }];
  });
}

/**
 * Replaces each text element of the copy by its outlines (the server draws the glyphs: see
 * lib/charts/outline-text.ts), so the file shows its Chinese labels in any viewer; when the
 * server cannot, the text stays text with a generic family to fall back on.
 */
async function outline(copies: SVGTextElement[], runs: TextRun[][]): Promise<void> {
  const items = runs.flat().map(({ text, size, bold }) => ({ text, size, bold }));
  if (items.length === 0) return;
  const res = await fetch("/api/charts/outline", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ items }) }).catch(() => null);
  if (!res?.ok) return;
  const { paths } = (await res.json()) as { paths: string[] };
  let next = 0;
  copies.forEach((copy, i) => {
    const group = document.createElementNS(SVG_NS, "g");
    const transform = copy.getAttribute("transform");
    if (transform) group.setAttribute("transform", transform);
    for (const run of runs[i]) {
      const path = document.createElementNS(SVG_NS, "path");
      path.setAttribute("d", paths[next++] ?? "");
      path.setAttribute("transform", `translate(${run.x} ${run.y})`);
      path.setAttribute("fill", run.fill);
      group.append(path);
    }
    // the words stay findable and readable by screen readers
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = copy.textContent;
    group.prepend(title);
    copy.replaceWith(group);
  });
}

/**
 * A standalone copy of the chart's SVG with its title above and a citation line below, so a
 * downloaded picture still says what it shows and where it came from (as OWID's grapher does).
 */
async function buildSvg(targetId: string, title: string): Promise<{ markup: string; width: number; height: number } | null> {
  const chart = document.getElementById(targetId)?.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!chart) return null;
  const originals = [...chart.querySelectorAll("text")];
  const chartRuns = originals.map(runsOf);
  const { width, height } = chart.getBoundingClientRect();
  const out = document.createElementNS(SVG_NS, "svg");
  const total = height + HEADER + FOOTER;
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(total));
  out.setAttribute("viewBox", `0 0 ${width} ${total}`);
  out.setAttribute("font-family", FONT);

  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  const heading = text(8, 19, title, 14, "#1c1917");
  out.append(background, heading);

  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(HEADER));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  out.append(copy);

  const date = new Date().toISOString().slice(0, 10);
  const source = text(8, HEADER + height + 14, `来源 Source: 法治政府报告数据 Rule-of-law government reports · 取自 retrieved ${date}`, 10, "#57534e");
  const address = text(8, HEADER + height + 28, window.location.href, 10, "#57534e");
  out.append(source, address);

  const own = [heading, source, address].map((t) => [
    { text: t.textContent ?? "", size: Number(t.getAttribute("font-size")), bold: false, fill: t.getAttribute("fill")!, x: Number(t.getAttribute("x")), y: Number(t.getAttribute("y")) },
  ]);
  // the copy's text elements come in the original's order: each gets the runs measured on its original
  const copies = [...copy.querySelectorAll("text")];
  await outline([heading, source, address, ...copies], [...own, ...chartRuns]);
  return { markup: new XMLSerializer().serializeToString(out), width, height: total };
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function downloadPng(svg: { markup: string; width: number; height: number }, fileName: string) {
  const scale = 2;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(svg.width * scale);
    canvas.height = Math.ceil(svg.height * scale);
    const context = canvas.getContext("2d");
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    canvas.toBlob((blob) => blob && save(blob, fileName), "image/png");
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`;
}

interface Props {
  /** id of the element holding the Recharts chart */
  targetId: string;
  /** what the chart shows, in parts (place, indicator, scope, year): the file is named after them */
  fileName: (string | number | null | undefined)[];
  title: string;
}

export function DownloadChart({ targetId, fileName, title }: Props) {
  async function download(format: "svg" | "png") {
    const svg = await buildSvg(targetId, title);
    if (!svg) return;
    if (format === "svg") save(new Blob([svg.markup], { type: "image/svg+xml;charset=utf-8" }), fileNameOf(fileName, "svg"));
    else downloadPng(svg, fileNameOf(fileName, "png"));
  }
  return (
    <span className="inline-flex gap-1 text-xs">
      <button type="button" onClick={() => download("svg")} className="rounded border border-stone-300 px-1.5 py-0.5 hover:border-red-800" aria-label={`下载 SVG Download ${title} as SVG`}>
        SVG
      </button>
      <button type="button" onClick={() => download("png")} className="rounded border border-stone-300 px-1.5 py-0.5 hover:border-red-800" aria-label={`下载 PNG Download ${title} as PNG`}>
        PNG
      </button>
    </span>
  );
}

"use client";

const SVG_NS = "http://www.w3.org/2000/svg";
const HEADER = 28;
const FOOTER = 34;
const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function text(x: number, y: number, content: string, size: number, fill: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-size", String(size));
  t.setAttribute("fill", fill);
  t.textContent = content;
  return t;
}

/**
 * A standalone copy of the chart's SVG with its title above and a citation line below, so a
 * downloaded picture still says what it shows and where it came from (as OWID's grapher does).
 */
function buildSvg(targetId: string, title: string): { markup: string; width: number; height: number } | null {
  const chart = document.getElementById(targetId)?.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!chart) return null;
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
  out.append(background, text(8, 19, title, 14, "#1c1917"));

  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(HEADER));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  out.append(copy);

  const date = new Date().toISOString().slice(0, 10);
  out.append(
    text(8, HEADER + height + 14, `来源 Source: 法治政府报告数据 Rule-of-law government reports · 取自 retrieved ${date}`, 10, "#57534e"),
    text(8, HEADER + height + 28, window.location.href, 10, "#57534e"),
  );
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
    canvas.toBlob((blob) => blob && save(blob, `${fileName}.png`), "image/png");
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`;
}

interface Props {
  /** id of the element holding the Recharts chart */
  targetId: string;
  fileName: string;
  title: string;
}

export function DownloadChart({ targetId, fileName, title }: Props) {
  function download(format: "svg" | "png") {
    const svg = buildSvg(targetId, title);
    if (!svg) return;
    if (format === "svg") save(new Blob([svg.markup], { type: "image/svg+xml;charset=utf-8" }), `${fileName}.svg`);
    else downloadPng(svg, fileName);
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

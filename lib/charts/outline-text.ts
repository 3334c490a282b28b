import "server-only";
import { GlobalFonts, SvgExportFlag, createCanvas } from "@napi-rs/canvas";

export interface TextToOutline {
  text: string;
  /** px */
  size: number;
  bold: boolean;
}

/** Fonts with Chinese glyphs, the first one this server has wins (Debian: fonts-noto-cjk, fonts-wqy-microhei). */
const CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "Microsoft YaHei", "PingFang SC",
  // Debian's fonts-noto-cjk collection is listed under its Japanese name only: the same Han glyphs
  "Noto Sans CJK JP"];

let family: string | null | undefined;

/** Runs of Han characters and full-width forms, and runs of everything else. */
const SCRIPT_RUNS = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/g;

/** The Chinese font text is outlined in, or null when the server has none (then the chart keeps its text). */
export function outlineFamily(): string | null {
  if (family === undefined) {
    const installed = new Set(GlobalFonts.families.map((f) => f.family));
    family = CJK_FAMILIES.find((f) => installed.has(f)) ?? null;
  }
  return family;
}

/**
 * Each text as SVG path data, drawn from its baseline's left end at (0, 0): a chart downloaded
 * as SVG then shows its Chinese labels in any viewer, with or without Chinese fonts (a file that
 * only names its fonts showed blank labels and axes outside a browser). Skia's SVG canvas turns
 * the glyphs into outlines.
 */
export function outlineTexts(items: TextToOutline[]): string[] | null {
  const font = outlineFamily();
  if (!font) return null;
  return items.map(({ text, size, bold }) => {
    const runs = text.match(SCRIPT_RUNS) ?? [];
    const fontSpec = `${bold ? "bold " : ""}${size}px "${font}"`;
    const width = runs.reduce((w, run) => w + measure(fontSpec, run), 0);
    // the SVG canvas leaves out what falls outside it: the line is drawn well inside, on a
    // baseline at y = base, and moved back to y = 0 below
    const base = 2 * size;
    const canvas = createCanvas(Math.ceil(width + 2 * size), Math.ceil(3 * size), SvgExportFlag.ConvertTextToPaths);
    const ctx = canvas.getContext("2d");
    ctx.font = fontSpec;
    // Skia's SVG export drops a run of another script inside one fillText ("来源 Source" came
    // out as 来源): each run of one script is drawn on its own, after the ones before it
    let x = 0;
    for (const run of runs) {
      ctx.fillText(run, x, base);
      x += ctx.measureText(run).width;
    }
    const svg = canvas.getContent().toString("utf8");
    const d = [...svg.matchAll(/\sd="([^"]*)"/g)].map((m) => m[1]).join(" ");
    // Skia writes absolute M/L/Q/C commands: the numbers come in x y pairs
    return d.replace(/(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g, (_, px: string, py: string) => `${px} ${Number((Number(py) - base).toFixed(4))}`);
  });
}

function measure(fontSpec: string, text: string): number {
  const ctx = createCanvas(1, 1).getContext("2d");
  ctx.font = fontSpec;
  return ctx.measureText(text).width;
}

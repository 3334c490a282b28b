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
    const canvas = createCanvas(1, 1, SvgExportFlag.ConvertTextToPaths);
    const ctx = canvas.getContext("2d");
    ctx.font = `${bold ? "bold " : ""}${size}px "${font}"`;
    ctx.fillText(text, 0, 0);
    const svg = canvas.getContent().toString("utf8");
    return [...svg.matchAll(/\sd="([^"]*)"/g)].map((m) => m[1]).join(" ");
  });
}

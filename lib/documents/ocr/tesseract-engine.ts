import { loadImage } from "@napi-rs/canvas";
import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, PSM, type Block } from "tesseract.js";
import type { OcrEngine, OcrLine } from "./ocr-engine";
import type { PageImage } from "./page-images";
import { lineImage, REREAD_BELOW, surerReading } from "./reread-lines";

/** Which traineddata of @tesseract.js-data/chi_sim: "4.0.0_best_int" (LSTM, 1.7 MB) or "4.0.0" (20 MB). */
export type ChiSimModel = "4.0.0_best_int" | "4.0.0";

export interface TesseractOptions {
  /** read lines below this confidence again, alone and enlarged (reread-lines.ts); 0: never */
  rereadBelow?: number;
}

/**
 * The traineddata folder inside the installed package. tesseract.js would otherwise fetch it from
 * a CDN at first use, and by default writes a copy into the working directory: neither here.
 */
function languageDir(model: ChiSimModel): string {
  const require = createRequire(path.join(process.env.FAZHI_WORKER_ROOT ?? process.cwd(), "package.json"));
  return path.join(path.dirname(require.resolve("@tesseract.js-data/chi_sim/package.json")), model);
}

/**
 * Tesseract (LSTM) through tesseract.js's WebAssembly build, Simplified Chinese. Its core and
 * worker script come from node_modules; the language data from the npm package; nothing is
 * downloaded or cached to disk. A page is read whole; then each line it was unsure of is read
 * once more by itself, enlarged, and the surer of the two readings kept.
 */
export async function createTesseractEngine(model: ChiSimModel = "4.0.0_best_int", options: TesseractOptions = {}): Promise<OcrEngine> {
  const rereadBelow = options.rereadBelow ?? REREAD_BELOW;
  const worker = await createWorker("chi_sim", OEM.LSTM_ONLY, {
    langPath: languageDir(model),
    gzip: true,
    cacheMethod: "none",
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: "1" });
  return {
    name: `tesseract.js chi_sim ${model}`,
    async recognize(page: PageImage): Promise<OcrLine[]> {
      const png = Buffer.from(page.png);
      const { data } = await worker.recognize(png, {}, { text: false, blocks: true });
      const lines = linesOf(data.blocks);
      const unsure = lines.flatMap((line, i) => (line.confidence < rereadBelow ? [i] : []));
      if (unsure.length === 0) return lines;
      const image = await loadImage(png);
      await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE });
      try {
        for (const i of unsure) {
          const again = await worker.recognize(lineImage(image, lines[i]).encodeSync("png"), {}, { text: false, blocks: true });
          lines[i] = surerReading(lines[i], linesOf(again.data.blocks)[0]);
        }
      } finally {
        await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
      }
      return lines;
    },
    async close() {
      await worker.terminate();
    },
  };
}

function linesOf(blocks: Block[] | null): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\s+$/, "");
        if (!text) continue;
        lines.push({
          text,
          left: line.bbox.x0,
          top: line.bbox.y0,
          right: line.bbox.x1,
          bottom: line.bbox.y1,
          confidence: line.confidence / 100,
          characterConfidences: characterConfidences(text, line.words),
        });
      }
    }
  }
  return lines;
}

/**
 * Each character's confidence: its word's (the LSTM's word confidence falls on a misread
 * character, where its symbol confidence often stays high), white space 1. Undefined when the
 * words do not spell the line's text.
 */
export function characterConfidences(text: string, words: readonly { text: string; confidence: number }[]): number[] | undefined {
  const out: number[] = [];
  const characters = [...text];
  let at = 0;
  for (const word of words) {
    while (at < characters.length && /\s/.test(characters[at])) {
      out.push(1);
      at++;
    }
    for (const character of word.text) {
      if (characters[at] !== character) return undefined;
      out.push(Math.max(0, Math.min(1, word.confidence / 100)));
      at++;
    }
  }
  return at === characters.length ? out : undefined;
}

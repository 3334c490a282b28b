import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, PSM } from "tesseract.js";
import type { OcrEngine, OcrLine } from "./ocr-engine";
import type { PageImage } from "./page-images";

/** Which traineddata of @tesseract.js-data/chi_sim: "4.0.0_best_int" (LSTM, 1.7 MB) or "4.0.0" (20 MB). */
export type ChiSimModel = "4.0.0_best_int" | "4.0.0";

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
 * downloaded or cached to disk.
 */
export async function createTesseractEngine(model: ChiSimModel = "4.0.0_best_int"): Promise<OcrEngine> {
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
      const { data } = await worker.recognize(Buffer.from(page.png), {}, { text: false, blocks: true });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const text = line.text.replace(/\s+$/, "");
            if (!text) continue;
            lines.push({ text, left: line.bbox.x0, top: line.bbox.y0, right: line.bbox.x1, bottom: line.bbox.y1, confidence: line.confidence / 100 });
          }
        }
      }
      return lines;
    },
    async close() {
      await worker.terminate();
    },
  };
}

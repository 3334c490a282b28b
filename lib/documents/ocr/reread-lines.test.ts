import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import type { OcrLine } from "./ocr-engine";
import { lineImage, surerReading } from "./reread-lines";

const first: OcrLine = { text: "法治教育大讲筷活动,过计开", left: 10, top: 20, right: 410, bottom: 64, confidence: 0.6, characterConfidences: [0.9] };

describe("lineImage", () => {
  it("is the line's box with a white margin, enlarged", () => {
    const page = createCanvas(600, 200);
    const context = page.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 600, 200);
    context.fillStyle = "#000";
    context.fillRect(100, 50, 200, 40);
    const crop = lineImage(page, { left: 100, top: 50, right: 300, bottom: 90 }, 2);
    expect([crop.width, crop.height]).toEqual([(200 + 12) * 2, (40 + 12) * 2]);
    const pixel = (x: number, y: number) => crop.getContext("2d").getImageData(x, y, 1, 1).data[0];
    expect(pixel(crop.width / 2, crop.height / 2)).toBeLessThan(50);
    expect(pixel(2, 2)).toBeGreaterThan(200);
  });

  it("stays inside the page at its edges", () => {
    const page = createCanvas(300, 100);
    const crop = lineImage(page, { left: 0, top: 0, right: 300, bottom: 100 }, 1);
    expect([crop.width, crop.height]).toEqual([300, 100]);
  });
});

describe("surerReading", () => {
  it("takes the second reading when the engine is surer of it, in the first one's place", () => {
    const second = { text: "法治教育大讲堂活动,累计开", confidence: 0.9, characterConfidences: [0.95] };
    expect(surerReading(first, second)).toEqual({ ...first, ...second });
  });

  it("keeps the first when the second is less sure, empty or missing", () => {
    expect(surerReading(first, { text: "法治", confidence: 0.5 })).toBe(first);
    expect(surerReading(first, { text: "。", confidence: 0.99 })).toBe(first);
    expect(surerReading(first, undefined)).toBe(first);
  });
});

import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { grayOf, levelPage, LEVEL_FROM_DEGREES, otsuThreshold } from "./level-page";
import { estimateSkew } from "./page-skew";

/** A page of 30 text-like rows (dashes of ink), turned by `degrees` about its centre. */
function page(degrees: number): Canvas {
  const canvas = createCanvas(1200, 1600);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(600, 800);
  context.rotate((degrees * Math.PI) / 180);
  context.translate(-600, -800);
  context.fillStyle = "#111";
  for (let row = 0; row < 30; row++) {
    for (let x = 120; x < 1080; x += 40) context.fillRect(x, 150 + row * 44, 30, 24);
  }
  return canvas;
}

function skewOf(canvas: Canvas): number {
  const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
  return estimateSkew(grayOf(data, canvas.width, canvas.height), canvas.width, canvas.height);
}

describe("estimateSkew", () => {
  it.each([0.6, -0.8, 1.5, -2.5])("finds a page turned %s° (to a twentieth of a degree)", (degrees) => {
    // turning clockwise (canvas angles) makes the rows fall to the right: a negative skew
    expect(skewOf(page(degrees))).toBeCloseTo(-degrees, 1);
  });

  it("is 0 for a blank page", () => {
    const blank = createCanvas(400, 400);
    const context = blank.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 400, 400);
    expect(skewOf(blank)).toBe(0);
  });
});

describe("levelPage", () => {
  it("turns a leaning page level", () => {
    const { canvas, skew } = levelPage(page(0.8));
    expect(skew).toBeCloseTo(-0.8, 1);
    expect(Math.abs(skewOf(canvas))).toBeLessThan(LEVEL_FROM_DEGREES);
  });

  it("leaves a level page as it is", () => {
    const level = page(0);
    expect(levelPage(level).canvas).toBe(level);
  });
});

describe("otsuThreshold", () => {
  it("splits ink from paper between their levels", () => {
    const gray = new Uint8Array(1000).map((_, i) => (i % 4 === 0 ? 30 + (i % 7) : 220 + (i % 9)));
    const threshold = otsuThreshold(gray);
    expect(threshold).toBeGreaterThanOrEqual(36);
    expect(threshold).toBeLessThan(220);
  });
});

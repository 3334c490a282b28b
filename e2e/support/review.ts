// Helpers of the review specs: real pages of data/real made unique per run, logging in, uploading
// through the API, and selecting a passage of a report's text as a person would with the mouse.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect } from "./test";

const real = path.resolve(__dirname, "../../data/real");

/** a number as letters: a marker with digits could be read as a figure */
const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
let serial = 0;
export const marker = () => `${letters(Date.now())}${letters(serial++)}`;

/** a real page of data/real (pages/205.txt …) with a note of its own, so each test stores a new report */
export function realPage(name: string): string {
  return `${readFileSync(path.join(real, name), "utf8").trimEnd()}\n\n(附注:审核测试 ${marker()}。Review test.)\n`;
}

export async function logIn(page: Page, token: string) {
  await page.goto("/login");
  await page.getByLabel(/管理令牌/).fill(token);
  await page.getByRole("button", { name: /登录/ }).click();
  await page.waitForURL(/\/upload$/);
}

export async function uploadText(request: APIRequestContext, token: string, text: string, fileName = "report.txt"): Promise<number> {
  const res = await request.post("/api/reports", { headers: { authorization: `Bearer ${token}` }, data: { text, fileName } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()).results[0].id;
}

export interface StoredValue {
  id: number;
  key: string;
  scope: "area" | "own";
  value: number;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  origin: string;
  originReason: string | null;
  originalValue: number | null;
}

export async function storedReport(request: APIRequestContext, id: number) {
  const res = await request.get(`/api/reports/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()).report as {
    id: number;
    text: string;
    year: number;
    jurisdiction: { code: string; name: string };
    reviewedAt: string | null;
    reviewedBy: string | null;
    values: StoredValue[];
    warnings: { code: string; keys: string[]; choices?: { value: number; scope: string; start: number; end: number }[] }[];
    edits: { field: string; by: string; from: string; to: string }[];
  };
}

/**
 * Selects `passage` (its `nth` occurrence) in the report text as a person would with the mouse:
 * a DOM range over the text nodes it spans, then the button let go (mouseup).
 */
export async function selectPassage(article: Locator, passage: string, nth = 0) {
  await article.evaluate(
    (root, { passage, nth }) => {
      const full = root.textContent ?? "";
      let at = -1;
      for (let i = 0; i <= nth; i++) at = full.indexOf(passage, at + 1);
      if (at < 0) throw new Error(`passage not in the text: ${passage}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (seen <= at && at < seen + length) range.setStart(node, at - seen);
        if (seen < at + passage.length && at + passage.length <= seen + length) {
          range.setEnd(node, at + passage.length - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    },
    { passage, nth },
  );
}

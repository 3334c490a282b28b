import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { E2E_ADMIN_TOKEN } from "../../playwright.config";
import { logIn, marker, realPage, selectPassage, uploadText } from "../support/review";

// The README's pictures of the review (docs/review/*.png), taken from the running app:
// `npm run screenshots` (after `npm run build`). Each waits for what it shows.
const out = (name: string) => path.resolve(__dirname, "../../docs/review", name);
const shoot = (page: Page, name: string) => page.screenshot({ path: out(name), fullPage: false });

test.use({ viewport: { width: 1400, height: 900 } });

test("README screenshots of the review", async ({ page, request }) => {
  test.setTimeout(180_000);
  await logIn(page, E2E_ADMIN_TOKEN);

  // 1. a file whose place cannot be told: the picker in its row
  await page.getByText(/粘贴文本/).click();
  await page.getByLabel(/报告文本/).fill(`关于2023年度法治政府建设工作情况的报告\n\n2023年,全县共收到行政复议申请56件,依法受理52件。\n(附注 ${marker()})`);
  await page.getByRole("button", { name: /提交文本/ }).click();
  const missing = page.getByTestId("missing-facts");
  await missing.getByLabel(/选择行政区划/).fill("静宁");
  await expect(missing.getByRole("option").first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shoot(page, "upload-place-picker.png");

  // 2. figures that disagree and figures the rules turned down
  const conflicts = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/240.txt"), "240.txt");
  await page.goto(`/reports/${conflicts}`);
  const review = page.getByTestId("report-review");
  const choice = review.getByTestId("conflict-choice").first();
  const item = Number(await choice.getAttribute("data-item"));
  for (let i = 0; i < item; i++) await page.keyboard.press("j");
  await page.keyboard.press("?");
  await expect(review.getByTestId("review-keys")).toBeVisible();
  await choice.scrollIntoViewIfNeeded();
  await shoot(page, "review-conflicts-and-keys.png");

  // 3. a figure the extractor never saw, selected in the text
  const missed = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/205.txt"), "205.txt");
  await page.goto(`/reports/${missed}`);
  await selectPassage(page.getByTestId("report-text"), "占审理案件总数的88.57%");
  const panel = page.getByTestId("selection-panel");
  await panel.getByLabel("指标 Indicator").selectOption("reconsideration.conclusion_rate");
  await panel.getByLabel(/新数值的范围/).selectOption("area");
  await expect(panel.getByTestId("selection-reading")).toContainText("88.57");
  await shoot(page, "review-add-from-selection.png");
  await panel.getByRole("button", { name: /添加为数值/ }).click();
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByTestId("review-saved")).toBeVisible();

  // 4. a corrected figure as anyone reads it, with the report's history
  const corrected = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/209.txt"), "209.txt");
  await page.goto(`/reports/${corrected}`);
  await page.getByLabel(/行政复议纠错率.*数值 value/).fill("4.18");
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByTestId("review-saved")).toBeVisible();
  const reader = await page.context().browser()!.newPage({ viewport: { width: 1400, height: 900 } });
  await reader.goto(`/reports/${corrected}`);
  await reader.getByTestId("edit-history").locator("summary").click();
  await expect(reader.getByTestId("correction").first()).toBeVisible();
  await reader.screenshot({ path: out("report-corrected.png"), fullPage: true });

  // 5. the 待审核 list
  await page.goto("/review");
  await expect(page.getByTestId("unreviewed-list")).toBeVisible();
  await shoot(page, "unreviewed-list.png");
  await reader.close();
});

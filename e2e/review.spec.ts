import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// The upload review in a real browser: an emptied field is the person's error (never a 0), and a
// save is one request the server applies whole or not at all, so it can be sent again.
const bearer = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const marker = `review-${Date.now().toString(36)}`;
const text = [
  "平凉市崆峒区人民政府关于2021年度法治政府建设情况的报告",
  "2021年，全区共收到行政复议申请56件，依法受理52件。全区人民调解组织共调解矛盾纠纷1200件，调解成功1180件。",
  `备注 ${marker}`,
].join("\n");

type Stored = { id: number; value: number };

test("an emptied field is refused on the page; a stale save changes nothing and succeeds once reloaded", async ({ page, request }) => {
  await page.goto("/upload");
  await page.getByLabel(/管理令牌/).fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: /登录/ }).click();
  await expect(page.getByTestId("file-input")).toBeAttached();

  const uploaded = page.waitForResponse((r) => r.url().endsWith("/api/reports") && r.request().method() === "POST");
  await page.getByText(/粘贴文本/).click();
  await page.getByLabel(/报告文本/).fill(text);
  await page.getByRole("button", { name: /提交文本/ }).click();
  const reportId: number = (await (await uploaded).json()).results[0].id;
  const stored = async (): Promise<Stored[]> => (await (await request.get(`/api/reports/${reportId}`)).json()).report.values.map((v: Stored) => ({ id: v.id, value: v.value }));
  const original = await stored();
  expect(original.length).toBeGreaterThanOrEqual(3);

  const review = page.getByTestId("report-review");
  const inputs = review.getByTestId("review-values").locator("input[type=number]");
  await expect(inputs).toHaveCount(original.length);
  const patches: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "PATCH" || r.method() === "DELETE") patches.push(`${r.method()} ${r.url()}`);
  });

  // 1. an emptied field: an error beside it, nothing sent, nothing stored
  await inputs.nth(0).fill("");
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-field-error")).toContainText(/请填写数值.*Enter a value/);
  await expect(inputs.nth(0)).toHaveAttribute("aria-invalid", "true");
  await expect(review.getByTestId("review-saved")).toHaveCount(0);
  expect(patches).toEqual([]);
  expect(await stored()).toEqual(original);

  // 2. a new figure for the first, the second removed, the third changed while someone else changes it too
  await inputs.nth(0).fill(String(original[0].value + 1));
  await review.getByRole("button", { name: /删除 Remove/ }).nth(1).click();
  await inputs.nth(2).fill(String(original[2].value + 5));
  const meanwhile = await request.patch(`/api/values/${original[2].id}`, { headers: bearer, data: { value: original[2].value + 100 } });
  expect(meanwhile.status()).toBe(200);
  const afterOther = await stored();

  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-error")).toContainText(/他人修改.*Someone else/);
  expect(await stored()).toEqual(afterOther);
  // pressing Save again gets the same answer, and still changes nothing (no half-done save to trip over)
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-error")).toContainText(/他人修改.*Someone else/);
  expect(await stored()).toEqual(afterOther);
  expect(patches.length).toBe(2);
  expect(new Set(patches)).toEqual(new Set([`PATCH ${new URL(`/api/reports/${reportId}`, page.url()).href}`]));

  // 3. reload: the other person's figure shows, the person's other changes are kept; saving now succeeds
  await review.getByRole("button", { name: /重新读取/ }).click();
  await expect(inputs.nth(2)).toHaveValue(String(original[2].value + 100));
  await expect(inputs.nth(0)).toHaveValue(String(original[0].value + 1));
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-saved")).toBeVisible();
  expect(await stored()).toEqual([
    { id: original[0].id, value: original[0].value + 1 },
    { id: original[2].id, value: original[2].value + 100 },
    ...original.slice(3),
  ]);

  expect((await request.delete(`/api/reports/${reportId}`, { headers: bearer })).status()).toBe(204);
});

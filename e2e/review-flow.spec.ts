import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { logIn, marker, realPage, selectPassage, storedReport, uploadText } from "./support/review";

// Every doubt of a review resolved in a real browser: a place the extractor could not tell,
// figures that disagree, a figure a rule turned down, a figure it never saw, a report filed under
// the wrong place; the review marks the report reviewed, pages and exports say what no person
// has looked at, and a correction is shown where the figure is.

test("a file whose place cannot be told gets a picker in its row and is stored with the place picked", async ({ page }) => {
  await logIn(page, E2E_ADMIN_TOKEN);
  await expect(page.getByTestId("upload-notice")).toContainText(/存入数据库并公开.*stored and public/);
  const text = `关于2023年度法治政府建设工作情况的报告\n\n2023年,全县共收到行政复议申请56件,依法受理52件。\n(附注:审核测试 ${marker()})`;
  await page.getByText(/粘贴文本/).click();
  await page.getByLabel(/报告文本/).fill(text);
  await page.getByRole("button", { name: /提交文本/ }).click();

  const row = page.getByTestId("upload-item").last();
  const missing = row.getByTestId("missing-facts");
  await expect(missing).toContainText(/看不出.*哪个地区.*could not tell which place/);
  // no API parameter is put to the person
  await expect(row).not.toContainText("jurisdictionCode");
  await missing.getByLabel(/选择行政区划/).fill("jingning");
  await missing.getByRole("option").filter({ hasText: "静宁县" }).getByRole("button").click();
  await expect(missing.getByTestId("chosen-place")).toContainText("静宁县 · 甘肃省 平凉市 · 620826");
  const stored = page.waitForResponse((r) => r.url().endsWith("/api/reports") && r.request().method() === "POST");
  await missing.getByRole("button", { name: /按此保存/ }).click();
  const answer = (await (await stored).json()).results[0];
  expect(answer).toMatchObject({ ok: true, jurisdiction: { code: "620826" }, year: 2023 });
  await expect(row.getByTestId("missing-facts")).toHaveCount(0);
  await expect(row.getByTestId("stored-note")).toContainText(/已保存并公开.*Stored and public/);
  await expect(row.getByTestId("review-place")).toHaveText("静宁县");
  await expect(row.getByTestId("review-status")).toContainText(/待审核.*Unreviewed/);
});

test("a file whose year cannot be told gets a year field in its row", async ({ page }) => {
  await logIn(page, E2E_ADMIN_TOKEN);
  const text = `平凉市静宁县司法局法治政府建设工作情况\n\n全县共收到行政复议申请19件,依法受理17件。\n(附注:审核测试 ${marker()})`;
  await page.getByText(/粘贴文本/).click();
  await page.getByLabel(/报告文本/).fill(text);
  await page.getByRole("button", { name: /提交文本/ }).click();
  const row = page.getByTestId("upload-item").last();
  const missing = row.getByTestId("missing-facts");
  await expect(missing).toContainText(/看不出报告年度.*Its year could not be told/);
  await expect(missing.getByRole("button", { name: /按此保存/ })).toBeDisabled();
  await missing.getByLabel(/报告年度/).fill("2022");
  const stored = page.waitForResponse((r) => r.url().endsWith("/api/reports") && r.request().method() === "POST");
  await missing.getByRole("button", { name: /按此保存/ }).click();
  expect((await (await stored).json()).results[0]).toMatchObject({ ok: true, year: 2022 });
  await expect(row.getByTestId("report-review")).toBeVisible();
});

test("keeps one of figures that disagree, from the keyboard alone, and the save marks the report reviewed", async ({ page, request }) => {
  const id = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/240.txt"), "240.txt");
  const before = await storedReport(request, id);
  const conflict = before.warnings.find((w) => w.choices?.length);
  expect(conflict, "the page's figures disagree").toBeTruthy();
  const choice = conflict!.choices![0];

  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  const review = page.getByTestId("report-review");
  await expect(review).toBeFocused();
  const first = review.getByTestId("conflict-choice").first();
  await expect(first).toContainText(String(choice.value));
  const item = Number(await first.getAttribute("data-item"));
  for (let i = 0; i < item; i++) await page.keyboard.press("j");
  await expect(first).toHaveAttribute("data-focused", "true");
  // the focused figure's passage is marked in the text
  await expect(review.getByTestId("report-text").locator("mark.bg-orange-300")).toContainText(String(choice.value));
  await page.keyboard.press("a");
  await expect(first.getByRole("button")).toHaveText(/已选 taken/);
  await expect(review.getByTestId("review-added")).toContainText(/从矛盾数字中选定/);
  await page.keyboard.press("s");
  await expect(review.getByTestId("review-saved")).toBeVisible();

  const after = await storedReport(request, id);
  const kept = after.values.find((v) => v.key === conflict!.keys[0] && v.scope === choice.scope);
  expect(kept).toMatchObject({ value: choice.value, origin: "conflict", evidenceStart: choice.start, evidenceEnd: choice.end });
  expect(after).toMatchObject({ reviewedBy: "admin", reviewedAt: expect.any(String) });
  await expect(review.getByTestId("review-status")).toContainText(/已审核 Reviewed · admin/);
});

test("accepts a figure a rule turned down, after reading why in words", async ({ page, request }) => {
  const id = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/209.txt"), "209.txt");
  const { figures } = await (await request.get(`/api/reports/${id}/turned-down`)).json();
  expect(figures.length).toBeGreaterThan(0);
  const figure = figures[0];

  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  const review = page.getByTestId("report-review");
  const listed = review.getByTestId("turned-down-figure").first();
  await expect(listed).toContainText(figure.evidence);
  // the reason in Chinese and in English, not a code
  await expect(listed.getByTestId("turned-down-reason")).toHaveText(/[\u4e00-\u9fff].* · [A-Za-z]/);
  await expect(listed.getByTestId("turned-down-reason")).not.toContainText(figure.reason);
  await listed.getByRole("button", { name: /采用 Accept/ }).click();
  await expect(review.getByTestId("review-added")).toContainText(/采用的未采用数字/);
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-saved")).toBeVisible();

  const accepted = (await storedReport(request, id)).values.find((v) => v.origin === "turned_down");
  expect(accepted).toMatchObject({ key: figure.key, value: figure.value, originReason: figure.reason, evidenceStart: figure.start, evidenceEnd: figure.end });
  // marked as a turned-down figure a person accepted, on the page
  const row = review.locator(`[data-value-id="${accepted!.id}"]`);
  await expect(row.getByTestId("origin-mark")).toContainText(/采用的未采用数字.*turned-down/);

  // a scope changed where the other scope is free (one taken is not offered), and the accepted
  // figure pointed at a longer passage (select it while on its row)
  await review.getByRole("button", { name: /继续修改/ }).click();
  const values = (await storedReport(request, id)).values;
  const free = values.find((v) => !values.some((w) => w.key === v.key && w.scope !== v.scope))!;
  const scope = free.scope === "area" ? "own" : "area";
  const freeRow = review.locator(`[data-value-id="${free.id}"]`);
  await freeRow.getByLabel(/范围 scope/).selectOption(scope);
  const taken = values.find((v) => values.some((w) => w.key === v.key && w.scope !== v.scope))!;
  await expect(review.locator(`[data-value-id="${taken.id}"]`).getByLabel(/范围 scope/).locator("option:disabled")).toHaveCount(1);
  await row.locator("td").first().click();
  const passage = (await storedReport(request, id)).text.slice(accepted!.evidenceStart - 5, accepted!.evidenceEnd);
  await selectPassage(review.getByTestId("report-text"), passage);
  await review.getByTestId("selection-panel").getByRole("button", { name: /的原文 Make it this value/ }).click();
  await expect(row).toContainText(/原文已改指.*not saved yet/);
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-saved")).toBeVisible();
  const after = (await storedReport(request, id)).values;
  expect(after.find((v) => v.id === accepted!.id)).toMatchObject({ evidence: passage, evidenceStart: accepted!.evidenceStart - 5, evidenceEnd: accepted!.evidenceEnd });
  expect(after.find((v) => v.id === free.id)?.scope).toBe(scope);
});

test("adds a figure the extractor never saw by selecting its passage; its highlight covers exactly the selection", async ({ page, request, browser }) => {
  const id = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/205.txt"), "205.txt");
  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  const review = page.getByTestId("report-review");
  const text = review.getByTestId("report-text");

  // two figures in one selection: which one is meant cannot be told
  await selectPassage(text, "已审结1876件,占审理案件总数的88.57%");
  await expect(review.getByTestId("selection-reading")).toContainText(/2 个数字.*2 numbers/);
  const passage = "占审理案件总数的88.57%";
  await selectPassage(text, passage);
  const panel = review.getByTestId("selection-panel");
  await expect(panel.getByTestId("selection-reading")).toContainText("88.57%");
  await panel.getByLabel("指标 Indicator").selectOption("reconsideration.conclusion_rate");
  // the text says 全省: the whole area, not the catalogue's default for this rate
  await panel.getByLabel(/新数值的范围/).selectOption("area");
  await panel.getByRole("button", { name: /添加为数值/ }).click();
  await expect(review.getByTestId("review-added")).toContainText(/从原文选取/);
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-saved")).toBeVisible();

  const report = await storedReport(request, id);
  const added = report.values.find((v) => v.key === "reconsideration.conclusion_rate");
  const start = report.text.indexOf(passage);
  expect(added).toMatchObject({ value: 88.57, scope: "area", origin: "selection", evidence: passage, evidenceStart: start, evidenceEnd: start + passage.length });

  // anyone's report page marks exactly the selected passage
  const reader = await browser.newPage();
  await reader.goto(`/reports/${id}`);
  const marks = reader.getByTestId("report-text").locator(`mark[data-values~="${added!.id}"]`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join("")).toBe(passage);
  await reader.close();
});

test("moves a report filed under the wrong place, corrections kept, and the move is in its history", async ({ page, request }) => {
  const id = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/209.txt"), "209.txt");
  const before = await storedReport(request, id);
  expect(before.jurisdiction.code).toBe("440400");
  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  const review = page.getByTestId("report-review");
  await review.getByRole("button", { name: /更改地区/ }).click();
  await review.getByLabel(/移到哪个地区/).fill("香洲");
  await review.getByRole("option").filter({ hasText: "香洲区" }).getByRole("button").click();
  await expect(review.getByTestId("review-move")).toContainText("香洲区 440402");
  const first = before.values[0];
  await review.getByLabel(/数值 value/).first().fill(String(first.value + 1));
  await review.getByRole("button", { name: /保存/ }).click();
  await expect(review.getByTestId("review-saved")).toBeVisible();

  const after = await storedReport(request, id);
  expect(after.jurisdiction.code).toBe("440402");
  expect(after.values.find((v) => v.id === first.id)?.value).toBe(first.value + 1);
  const moved = await (await request.get("/api/values?jurisdiction=440402")).json();
  expect(moved.values.map((v: { reportId: number }) => v.reportId)).toContain(id);
  await expect(page.getByTestId("edit-history")).toContainText(/珠海市 440400 → 香洲区 440402/);
});

test("a corrected figure says so on the report page and the profile, by whom and when", async ({ page, request, browser }) => {
  const id = await uploadText(request, E2E_ADMIN_TOKEN, realPage("pages/209.txt"), "209.txt");
  const rate = (await storedReport(request, id)).values.find((v) => v.key === "reconsideration.correction_rate");
  expect(rate?.value).toBe(21.17);
  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  const review = page.getByTestId("report-review");
  const input = review.locator(`#rv-${id}-${rate!.id}`);
  // from the keyboard, once the review has taken the focus (keys pressed before it hydrates go nowhere):
  // to the row, e to edit, Esc back, s to save
  await expect(review).toBeFocused();
  const row = review.locator(`[data-value-id="${rate!.id}"]`);
  const item = Number(await row.getAttribute("data-item"));
  for (let i = 0; i < item; i++) await page.keyboard.press("j");
  await expect(row).toHaveAttribute("data-focused", "true");
  await page.keyboard.press("e");
  await expect(input).toBeFocused();
  await input.fill("4.18");
  await page.keyboard.press("Escape");
  await page.keyboard.press("s");
  await expect(review.getByTestId("review-saved")).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`/reports/${id}`);
  const stored = reader.locator(`[data-testid="report-value"][data-value-id="${rate!.id}"]`);
  await expect(stored).toContainText("4.18%");
  await expect(stored.getByTestId("correction")).toContainText(/已更正 corrected 21.17% → 4.18% · admin · \d{4}-\d\d-\d\d \d\d:\d\d/);
  await reader.goto("/jurisdictions/440400");
  await expect(reader.getByTestId("values-table").getByTestId("correction")).toContainText(/已更正 corrected 21.17% → 4.18% · admin/);
  await reader.close();
});

test("pages mark what no person has reviewed, the CSV says it in `status`, and ?reviewed=1 keeps the reviewed only", async ({ page, request }) => {
  const text = `平凉市庄浪县人民政府关于2021年度法治政府建设情况的报告\n2021年,全县共收到行政复议申请42件,依法受理40件。全县人民调解组织共调解矛盾纠纷860件,调解成功851件。\n(附注:审核测试 ${marker()})`;
  const id = await uploadText(request, E2E_ADMIN_TOKEN, text);
  const count = (await storedReport(request, id)).values.length;
  expect(count).toBeGreaterThanOrEqual(3);

  await page.goto("/jurisdictions/620825");
  const table = page.getByTestId("values-table");
  await expect(table.locator(".unreviewed")).toHaveCount(count);
  await expect(page.locator("main")).toContainText(/◌ 未经人工审核.*not yet reviewed/);
  const csv = async (query: string) => (await (await request.get(`/api/values?jurisdiction=620825&format=csv${query}`)).text()).replace(/^\uFEFF/, "").trim().split("\n");
  const lines = await csv("");
  const status = lines[0].split(",").indexOf("status");
  expect(status).toBeGreaterThan(0);
  expect(lines.slice(1).map((l) => l.split(",")[status])).toEqual(Array(count).fill("unreviewed"));
  expect(await csv("&reviewed=1")).toHaveLength(1);

  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto(`/reports/${id}`);
  await page.getByTestId("report-review").getByRole("button", { name: /保存/ }).click();
  await expect(page.getByTestId("review-saved")).toBeVisible();
  await page.goto("/jurisdictions/620825");
  await expect(page.getByTestId("values-table").locator("td").first()).toBeVisible();
  await expect(page.getByTestId("values-table").locator(".unreviewed")).toHaveCount(0);
  expect((await csv("")).slice(1).map((l) => l.split(",")[status])).toEqual(Array(count).fill("reviewed"));
  expect(await csv("&reviewed=1")).toHaveLength(count + 1);
  await page.goto("/indicators/reconsideration.received?scope=area&reviewed=1&year=2021");
  await expect(page.getByTestId("ranking-table")).toContainText("庄浪县");
});

test("a report left unreviewed is found again in the 待审核 list and reviewed there", async ({ page, request }) => {
  const text = `平凉市静宁县人民政府关于2020年度法治政府建设情况的报告\n2020年,全县共收到行政复议申请23件,依法受理21件。\n(附注:审核测试 ${marker()})`;
  const id = await uploadText(request, E2E_ADMIN_TOKEN, text);
  await logIn(page, E2E_ADMIN_TOKEN);
  await page.getByRole("navigation").getByRole("link", { name: /待审核 Unreviewed/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  const link = page.getByTestId("unreviewed-list").locator(`a[href="/reports/${id}"]`);
  await expect(link).toBeVisible();
  await link.click();
  await page.getByTestId("report-review").getByRole("button", { name: /保存/ }).click();
  await expect(page.getByTestId("review-saved")).toBeVisible();
  await page.goto("/review");
  await expect(page.locator(`a[href="/reports/${id}"]`)).toHaveCount(0);
  expect((await storedReport(request, id)).reviewedBy).toBe("admin");
});

test("log out is one click and ends the session on the server", async ({ page, context, request }) => {
  await logIn(page, E2E_ADMIN_TOKEN);
  await page.goto("/");
  await expect(page.getByTestId("session-user")).toHaveText("admin");
  const cookie = (await context.cookies()).find((c) => c.name === "fazhi_session")!;
  await page.getByRole("button", { name: /退出 Log out/ }).click();
  await expect(page.getByRole("link", { name: /登录 Log in/ })).toBeVisible();
  await page.goto("/upload");
  await expect(page.getByLabel(/管理令牌/)).toBeVisible();
  const reports = (await (await request.get("/api/reports?pageSize=1")).json()).reports;
  const res = await request.patch(`/api/reports/${reports[0].id}`, {
    headers: { cookie: `fazhi_session=${cookie.value}`, origin: new URL(page.url()).origin },
    data: { reviewed: true },
  });
  expect(res.status()).toBe(401);
});

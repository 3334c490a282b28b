import { expect, test } from "./support/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getIndicator } from "../lib/indicators";
import { latestByPlace, storedValues } from "./support/stored-values";

interface SampleLabel {
  jurisdiction: { name: string; parents: string[] };
  year: number;
  indicators: Record<string, { value: number; scope: "area" | "own" }>;
}

const samplesDir = path.resolve(__dirname, "../data/samples");
const labels: SampleLabel[] = readdirSync(samplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), "utf8")));

// an indicator several places report, at the catalogue's scope
const KEY = "legality_review.items";
const def = getIndicator(KEY)!;
const reporting = labels.filter((l) => l.indicators[KEY]?.scope === def.defaultScope);
const latestYear = Math.max(...reporting.map((l) => l.year));

test("from the catalogue to an indicator's ranking of each place's latest figure, with its year", async ({ page, request }) => {
  const stored = await storedValues(request, { key: KEY, scope: def.defaultScope });
  const latest = [...latestByPlace(stored).values()];
  await page.goto("/indicators");
  await page.getByRole("link", { name: def.zh, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${KEY.replace(".", "\\.")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(def.zh);

  const count = page.getByTestId("ranking-count");
  await expect(count).toContainText("各地最新");
  await expect(count).toContainText(`N = ${latest.length}`);
  const rows = page.getByTestId("ranking-table").locator("tbody tr");
  await expect(rows).toHaveCount(latest.length);
  for (const v of latest) {
    const row = rows.filter({ has: page.getByRole("link", { name: v.jurisdictionName, exact: true }) });
    await expect(row.getByRole("link", { name: v.jurisdictionName, exact: true })).toHaveAttribute("href", `/jurisdictions/${v.jurisdictionCode}`);
    await expect(row.locator("td.num").last()).toHaveText(String(v.year));
  }
  // ranks only with three places or more
  await expect(page.getByTestId("ranking-table").getByRole("columnheader", { name: /排名/ })).toHaveCount(latest.length >= 3 ? 1 : 0);
  await expect(page.getByTestId("ranking-chart").locator(".recharts-bar-rectangle")).toHaveCount(Math.min(latest.length, 30));

  // every year with values is in the trend table with its count of places
  for (const year of new Set(stored.map((v) => v.year))) {
    const row = page.getByTestId("trend-table").getByRole("row", { name: new RegExp(`^${year}`) });
    await expect(row.locator("td").first()).toHaveText(String(stored.filter((v) => v.year === year).length));
  }

  const evidence = page.getByTestId("ranking-table").getByRole("link", { name: /原文 Evidence/ }).first();
  await evidence.click();
  await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);
});

test("filtering by province keeps only that province's places, in the URL", async ({ page, request }) => {
  const latest = [...latestByPlace(await storedValues(request, { key: KEY, scope: def.defaultScope })).values()];
  const one = labels.find((l) => l.indicators[KEY]?.scope === def.defaultScope)!;
  const province = one.jurisdiction.parents.at(-1)!;
  await page.goto(`/indicators/${KEY}`);
  await page.getByRole("combobox", { name: /省份 Province/ }).selectOption({ label: province });
  await page.getByRole("button", { name: /筛选/ }).click();
  await expect(page).toHaveURL(/province=\d{6}/);

  const prefix = new URL(page.url()).searchParams.get("province")!.slice(0, 2);
  const inProvince = latest.filter((v) => v.jurisdictionCode.startsWith(prefix));
  await expect(page.getByTestId("ranking-table").locator("tbody tr")).toHaveCount(inProvince.length);
  await expect(page.getByTestId("ranking-count")).toContainText(province);
  for (const v of latest.filter((x) => !inProvince.includes(x))) {
    await expect(page.getByTestId("ranking-table").getByRole("link", { name: v.jurisdictionName, exact: true })).toHaveCount(0);
  }
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("combobox", { name: /省份 Province/ })).toHaveValue(/\d{6}/);
});

test("an older year is one link away, and the chart downloads as SVG and PNG", async ({ page }) => {
  const older = reporting.filter((l) => l.year !== latestYear);
  test.skip(older.length === 0, "needs a second year");
  await page.goto(`/indicators/${KEY}`);
  await page.getByTestId("trend-table").getByRole("link", { name: String(older[0].year) }).click();
  await expect(page).toHaveURL(new RegExp(`year=${older[0].year}`));
  await expect(page.getByRole("combobox", { name: /年度 Year/ })).toHaveValue(String(older[0].year));
  await expect(page.getByTestId("ranking-table").getByRole("link", { name: older[0].jurisdiction.name, exact: true })).toBeVisible();

  for (const format of ["SVG", "PNG"]) {
    const download = page.waitForEvent("download");
    await page.getByTestId("ranking-chart").getByRole("button", { name: new RegExp(`下载 ${format}`) }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  }
});

test("an unknown indicator key is a 404", async ({ page }) => {
  const response = await page.goto("/indicators/no.such_key");
  expect(response?.status()).toBe(404);
});

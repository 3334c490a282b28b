import { expect, test } from "./support/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { INDICATOR_GROUPS, getIndicator } from "../lib/indicators";

// Journeys through the views added for browsing at scale: a profile's small multiples, an
// indicator's distribution, the tile map coloured by an indicator, and pinyin search.
interface SampleLabel {
  jurisdiction: { name: string; parents: string[] };
  year: number;
  kind: string;
  indicators: Record<string, { value: number; scope: "area" | "own"; evidence: string }>;
}

const samplesDir = path.resolve(__dirname, "../data/samples");
const labels: SampleLabel[] = readdirSync(samplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), "utf8")));
const richest = [...labels].sort((a, b) => Object.keys(b.indicators).length - Object.keys(a.indicators).length)[0];

test("a profile shows a small chart per indicator, under its group, and a bar opens its sentence", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent(richest.jurisdiction.name)}`);
  await page.getByRole("link", { name: richest.jurisdiction.name, exact: true }).click();
  await expect(page).toHaveURL(/\/jurisdictions\/\d{6}$/);

  const groups = new Set(Object.keys(richest.indicators).map((k) => getIndicator(k)!.group));
  for (const g of INDICATOR_GROUPS) {
    await expect(page.getByTestId(`group-${g.id}`)).toHaveCount(groups.has(g.id) ? 1 : 0);
  }
  // one small chart per labelled indicator (and scope), each with a bar for the report's year
  const charts = page.getByTestId("group-chart");
  expect(await charts.count()).toBeGreaterThanOrEqual(Object.keys(richest.indicators).length);

  const [key, labelled] = Object.entries(richest.indicators)[0];
  const def = getIndicator(key)!;
  const chart = charts.filter({ hasText: def.zh }).first();
  await chart.locator(".recharts-bar-rectangle path, .recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);
  await expect(page.getByTestId("report-text").locator("mark").filter({ hasText: labelled.evidence.slice(0, 8) }).first()).toBeVisible();
});

test("an indicator page shows the distribution of the year's values, counted in its table", async ({ page }) => {
  const key = "legality_review.items";
  await page.goto(`/indicators/${key}`);
  const n = Number((await page.getByTestId("ranking-count").textContent())!.match(/N = (\d+)/)![1]);
  await expect(page.getByTestId("distribution-chart")).toBeVisible();
  const counts = await page.getByTestId("distribution-table").locator("tbody td").allTextContents();
  expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(n);
  // too few sample places to call anything an outlier, and the page says so
  await expect(page.getByTestId("outlier-note")).toContainText(n >= 8 ? "异常值" : "地区太少");
});

test("the tile map coloured by an indicator shows each province's median, and keeps the choice in the URL", async ({ page }) => {
  const key = "legality_review.items";
  const def = getIndicator(key)!;
  const reporting = labels.filter((l) => l.indicators[key]?.scope === def.defaultScope);
  const latest = Math.max(...reporting.map((l) => l.year));
  const provinces = new Set(reporting.filter((l) => l.year === latest).map((l) => l.jurisdiction.parents.at(-1)!));

  await page.goto("/coverage");
  await page.getByRole("combobox", { name: /地图着色/ }).selectOption(key);
  await page.getByRole("button", { name: /显示 Show/ }).click();
  await expect(page).toHaveURL(new RegExp(`k=${key.replace(".", "\\.")}`));
  const table = page.getByTestId("province-indicator-table");
  await expect(table.locator("tbody tr")).toHaveCount(provinces.size);
  for (const p of provinces) await expect(table.getByRole("link", { name: p, exact: true })).toBeVisible();

  await page.reload();
  const tile = page.getByTestId("province-tiles").getByRole("link", { name: new RegExp(`^${[...provinces][0]}:中位数`) });
  await expect(tile).toBeVisible();
  await tile.click();
  await expect(page).toHaveURL(new RegExp(`province=\\d{6}.*k=${key.replace(".", "\\.")}`));
  await expect(page.getByTestId("coverage-table")).toBeVisible();
});

test("the overview's search understands pinyin initials", async ({ page }) => {
  const name = richest.jurisdiction.name;
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array" }).join("").slice(0, 2);
  await page.goto("/");
  await page.getByLabel(/搜索行政区划/).fill(initials);
  await page.getByRole("button", { name: /搜索/ }).click();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  const others = labels.filter((l) => !pinyin(l.jurisdiction.name, { pattern: "first", toneType: "none", type: "array" }).join("").startsWith(initials));
  for (const o of others) await expect(page.getByRole("link", { name: o.jurisdiction.name, exact: true })).toHaveCount(0);
});

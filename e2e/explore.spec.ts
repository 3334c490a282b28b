import { expect, test } from "./support/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { INDICATOR_GROUPS, getIndicator } from "../lib/indicators";
import { latestByPlace, mostChartedPlace, storedPlaces, storedValues } from "./support/stored-values";

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

test("a profile shows a small chart per indicator given in two years or more, under its group, and a bar opens its sentence", async ({ page, request }) => {
  const place = await mostChartedPlace(request);
  await page.goto(`/?q=${encodeURIComponent(place.name)}`);
  await page.getByRole("link", { name: place.name, exact: true }).click();
  await expect(page).toHaveURL(/\/jurisdictions\/\d{6}$/);

  const groups = new Set(place.charted.map((id) => getIndicator(id.split("@")[0])!.group));
  for (const g of INDICATOR_GROUPS) {
    await expect(page.getByTestId(`group-${g.id}`)).toHaveCount(groups.has(g.id) ? 1 : 0);
  }
  // one small chart per indicator and scope with two years or more
  const charts = page.getByTestId("group-chart");
  await expect(charts).toHaveCount(place.charted.length);

  const def = getIndicator(place.charted[0].split("@")[0])!;
  const chart = charts.filter({ hasText: def.zh }).first();
  await chart.locator(".recharts-bar-rectangle path, .recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);
  await expect(page.getByTestId("report-text").locator("mark").first()).toBeVisible();
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

test("the tile map coloured by an indicator shows each province's median of its places' latest figures, and keeps the choice in the URL", async ({ page, request }) => {
  const key = "mediation.mediators";
  const def = getIndicator(key)!;
  const latest = [...latestByPlace(await storedValues(request, { key, scope: def.defaultScope })).values()];
  const places = await storedPlaces(request, false);
  const provinces = new Set(latest.map((v) => places.get(`${v.jurisdictionCode.slice(0, 2)}0000`)!.name));

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

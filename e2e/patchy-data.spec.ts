import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { latestByPlace, storedPlaces, storedValues, type StoredValue } from "./support/stored-values";
import { getIndicator } from "../lib/indicators";
import { formatValue } from "../lib/display/labels";

// Issue 16: pages that make sense with real, patchy data, on the real labelled documents that
// every start imports (places publish in different years and skip years).

// three of the sample places: 庆阳市 (2023), 庐阳区 (2020), 红寺堡区 (2024)
const CODES = ["621000", "340103", "640303"];

const table = (page: Page) => page.getByTestId("comparison-table");

/** Each row of the comparison table with the key and scope its indicator link names. */
async function comparisonRows(page: Page): Promise<{ key: string; scope: string; cells: Locator }[]> {
  const rows = table(page).locator("tbody tr");
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const href = (await row.locator("th a").getAttribute("href"))!;
    const url = new URL(href, "http://x");
    out.push({ key: url.pathname.split("/").at(-1)!, scope: url.searchParams.get("scope")!, cells: row.locator("td.num") });
  }
  return out;
}

const shown = (v: StoredValue) => formatValue(v.value, getIndicator(v.key)!.unit, v.approx);

test("a comparison opens on each place's latest figure with its year, and says when the years differ", async ({ page, request }) => {
  const latest = latestByPlace((await Promise.all(CODES.map((c) => storedValues(request, { jurisdiction: c })))).flat());
  await page.goto(`/compare?j=${CODES.join(",")}`);
  await expect(page.getByRole("navigation", { name: /年度/ }).getByRole("link", { name: /各地最新/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("missing-year")).toHaveCount(0);

  const placesShown = new Set<string>();
  let differing = 0;
  for (const { key, scope, cells } of await comparisonRows(page)) {
    const base = latest.get(`${CODES[0]}|${key}|${scope}`);
    for (const [i, code] of CODES.entries()) {
      const cell = cells.nth(i);
      const expected = latest.get(`${code}|${key}|${scope}`);
      if (!expected) {
        await expect(cell.locator(".none")).toHaveText("—");
        continue;
      }
      placesShown.add(code);
      await expect(cell.getByRole("link", { name: shown(expected) }).first()).toHaveAttribute("href", `/reports/${expected.reportId}#value-${expected.id}`);
      await expect(cell).toContainText(`(${expected.year})`);
      const differs = i > 0 && base !== undefined && base.year !== expected.year;
      await expect(cell.getByTestId("years-differ")).toHaveCount(differs ? 1 : 0);
      if (differs) {
        differing++;
        await expect(cell.getByTestId("years-differ")).toContainText(`${expected.year} / ${base.year}`);
      }
    }
  }
  // every one of the three places states something, and their years differ (the reason for all this)
  expect([...placesShown].sort()).toEqual([...CODES].sort());
  expect(differing).toBeGreaterThan(0);
});

test("the tolerance keeps only figures within N years of a row's newest, in the URL; a year is still a choice", async ({ page, request }) => {
  const latest = latestByPlace((await Promise.all(CODES.map((c) => storedValues(request, { jurisdiction: c })))).flat());
  await page.goto(`/compare?j=${CODES.join(",")}`);
  await page.getByRole("navigation", { name: /容差/ }).getByRole("link", { name: /^1 年/ }).click();
  await expect(page).toHaveURL(/tol=1/);
  await expect(table(page)).toContainText("不超过 1 年");

  let tooOld = 0;
  for (const { key, scope, cells } of await comparisonRows(page)) {
    const figures = CODES.map((c) => latest.get(`${c}|${key}|${scope}`));
    const newest = Math.max(...figures.map((f) => f?.year ?? -Infinity));
    for (const [i, f] of figures.entries()) {
      if (!f) continue;
      const cell = cells.nth(i);
      if (f.year < newest - 1) {
        tooOld++;
        await expect(cell.getByTestId("too-old")).toContainText(`${shown(f)}(${f.year})`);
        await expect(cell.locator(".none")).toHaveText("—");
      } else {
        await expect(cell.getByTestId("too-old")).toHaveCount(0);
        await expect(cell).toContainText(`(${f.year})`);
      }
    }
  }
  expect(tooOld).toBeGreaterThan(0);
  const before = await table(page).innerText();
  await page.reload();
  expect(await table(page).innerText()).toBe(before);

  // an explicit year compares that year's figures only, and names the places without a report for it
  const year = Math.max(...[...latest.values()].filter((v) => v.jurisdictionCode === CODES[0]).map((v) => v.year));
  await page.getByRole("navigation", { name: /年度/ }).getByRole("link", { name: String(year), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(page).not.toHaveURL(/tol=/);
  await expect(page.getByTestId("missing-year")).toBeVisible();
  await expect(table(page).getByTestId("years-differ")).toHaveCount(0);
});

test("a profile with one year reads as numbers beside places of its level: rank, percentile and N, no one-bar chart", async ({ page, request }) => {
  const code = CODES[0];
  const mine = await storedValues(request, { jurisdiction: code });
  const years = new Map<string, Set<number>>();
  for (const v of mine) years.set(`${v.key}@${v.scope}`, (years.get(`${v.key}@${v.scope}`) ?? new Set()).add(v.year));
  const oneYear = [...years].filter(([, y]) => y.size === 1).map(([id]) => id);

  await page.goto(`/jurisdictions/${code}`);
  // charts only for figures of two years or more: none of one bar
  const charted = [...years.values()].filter((y) => y.size >= 2).length;
  await expect(page.getByTestId("group-chart")).toHaveCount(charted);
  await expect(page.getByTestId("indicator-years-chart")).toHaveCount(charted > 0 ? 1 : 0);
  const figures = page.getByTestId("single-year-figure");
  await expect(figures).toHaveCount(oneYear.length);

  const places = await storedPlaces(request);
  const level = places.get(code)!.level;
  let ranked = 0;
  let unranked = 0;
  for (const id of oneYear) {
    const [key, scope] = id.split("@");
    const x = mine.find((v) => v.key === key && v.scope === scope)!;
    const peers = [...latestByPlace(await storedValues(request, { key, scope })).values()].filter((v) => places.get(v.jurisdictionCode)?.level === level);
    const n = peers.length;
    const standing = page.locator(`[data-series="${id}"]`).getByTestId("peer-country");
    if (n < 3) {
      unranked++;
      await expect(standing).toContainText(`N = ${n}`);
      await expect(standing).toContainText("不排名");
      continue;
    }
    ranked++;
    const above = peers.filter((p) => p.value > x.value).length;
    const below = peers.filter((p) => p.value < x.value).length;
    const rank = (getIndicator(key)!.higherIsBetter === false ? below : above) + 1;
    const percentile = Math.round((100 * (below + (n - above - below - 1) / 2)) / (n - 1));
    await expect(standing).toContainText(`第 ${rank} 名,共 ${n} 个`);
    await expect(standing).toContainText(`百分位 percentile ${percentile}`);
    await expect(standing).toContainText(`N = ${n}`);
  }
  expect(ranked).toBeGreaterThan(0);
  expect(unranked).toBeGreaterThan(0);

  // a standing opens the ranking of the same level
  await figures.first().getByTestId("peer-country").click();
  await expect(page).toHaveURL(new RegExp(`/indicators/.+level=${level}`));
});

test("places like this are one click from a comparison with them", async ({ page, request }) => {
  const places = await storedPlaces(request);
  // a place of the sample set with others of its level in its province
  const code = CODES.find((c) => [...places.values()].some((p) => p.code !== c && p.level === places.get(c)!.level && p.code.slice(0, 2) === c.slice(0, 2)))!;
  await page.goto(`/jurisdictions/${code}`);
  await page.getByTestId("places-like-this").click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?j=${code},`));
  const compared = new URL(page.url()).searchParams.get("j")!.split(",");
  expect(compared.length).toBeGreaterThanOrEqual(2);
  for (const other of compared.slice(1)) {
    expect(places.get(other)?.level).toBe(places.get(code)!.level);
    expect(other.slice(0, 2)).toBe(code.slice(0, 2));
  }
  await expect(table(page)).toBeVisible();
});

test("a report page gives the address of the public page it came from, and marks hand-labelled figures", async ({ page, request }) => {
  const { reports } = await (await request.get("/api/reports?pageSize=500")).json();
  const report = reports.find((r: { sourceUrl: string | null; valueCount: number; uploadedBy: string }) => r.uploadedBy === "hand label" && r.sourceUrl && r.valueCount > 0);
  expect(report, "a labelled document with a source address and figures").toBeTruthy();
  await page.goto(report.url);
  const source = page.getByTestId("source-url");
  await expect(source).toHaveText(report.sourceUrl);
  await expect(source).toHaveAttribute("href", report.sourceUrl);
  await expect(page.getByText("人工标注 hand label")).toHaveCount(report.valueCount);
  await expect(page.getByText("数值为人工标注")).toBeVisible();
});

test("from the first start: over 100 places, 20 provinces coloured, 20 places ranked on one indicator", async ({ page }) => {
  await page.goto("/");
  const places = Number(await page.getByTestId("overview-counts").locator("div", { hasText: "行政区划" }).locator("dd").textContent());
  expect(places).toBeGreaterThanOrEqual(100);

  await page.goto("/coverage");
  const coloured = page.getByTestId("province-tiles").getByRole("link", { name: /个地区有报告/ });
  expect(await coloured.count()).toBeGreaterThanOrEqual(20);

  await page.goto("/indicators/mediation.mediators");
  await expect(page.getByTestId("ranking-count")).toContainText("各地最新");
  const rows = page.getByTestId("ranking-table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(20);
  await expect(rows.nth(19).locator("td").first()).toHaveText(/^\d+$/);
});

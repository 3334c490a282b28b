import type { APIRequestContext, Download, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { childrenOf } from "../lib/gazetteer";
import { COMPARISON_CSV_COLUMNS } from "../lib/csv/comparison";
import { getIndicator } from "../lib/indicators";
import { searchPlaces } from "../lib/search/search-places";
import { expect, test } from "./support/test";

// Issue 18's journeys, as a person makes them on a phone (390 px) and from the keyboard alone:
// find a place without reports and reach its parent, compare three places, follow a figure to
// its sentence, download a chart and a CSV; and the indicator trend that must not join
// different places with a line.

interface Place {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  reportCount: number;
}
interface Value {
  id: number;
  key: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  year: number;
  scope: string;
  reportId: number;
}

async function reportedPlaces(request: APIRequestContext): Promise<Place[]> {
  return ((await (await request.get("/api/jurisdictions?withReports=true")).json()) as { jurisdictions: Place[] }).jurisdictions;
}

async function someValues(request: APIRequestContext): Promise<Value[]> {
  return ((await (await request.get("/api/values?limit=100000")).json()) as { values: Value[] }).values;
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; testId: string | null }) => boolean, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? "", text: (a?.innerText || a?.getAttribute("aria-label") || "").trim(), testId: a?.getAttribute("data-testid") ?? null };
    });
    if (matches(el)) return;
  }
  throw new Error("never reached the element by Tab");
}

/** A place with a figure in two years or more: its profile has a chart. */
function chartedPlace(values: Value[]): { code: string; name: string } {
  const years = new Map<string, Set<number>>();
  for (const v of values) {
    const id = `${v.jurisdictionCode} ${v.key} ${v.scope}`;
    years.set(id, (years.get(id) ?? new Set()).add(v.year));
  }
  const code = [...years].find(([, y]) => y.size >= 2)![0].split(" ")[0];
  return { code, name: values.find((v) => v.jurisdictionCode === code)!.jurisdictionName };
}

async function readDownload(download: Download): Promise<string> {
  return readFileSync((await download.path())!, "utf8");
}

test.describe("on a phone, from the keyboard", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header is one line and the overview's search is above the fold; the skip link leads to the content", async ({ page }) => {
    await page.goto("/");
    const header = await page.locator("body > header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const search = await page.getByLabel(/搜索行政区划/).boundingBox();
    expect(search!.y + search!.height).toBeLessThan(844);

    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /跳到正文 Skip to content/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });

  test("finds a place without reports, is told so, and reaches its parent", async ({ page, request }) => {
    const reported = await reportedPlaces(request);
    const codes = new Set(reported.map((p) => p.code));
    // a county or district of a city that has reports, itself without any
    const city = reported.find((p) => p.level === "city" && childrenOf(p.code).some((c) => c.code && !codes.has(c.code) && searchPlaces(c.name, 100).filter((x) => x.name === c.name).length === 1))!;
    // one of its name in all China, so the search's first link is the one
    const place = childrenOf(city.code).find((c) => c.code && !codes.has(c.code) && searchPlaces(c.name, 100).filter((p) => p.name === c.name).length === 1)!;

    await page.goto("/");
    await tabTo(page, (el) => el.tag === "INPUT");
    await page.keyboard.type(place.name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?q=/);
    // the results take the focus, not the top of the page
    await expect(page.getByRole("heading", { name: /搜索结果/ })).toBeFocused();
    await expect(page.getByTestId("places-without-reports")).toContainText(place.name);

    await tabTo(page, (el) => el.tag === "A" && el.text.startsWith(place.name));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/jurisdictions/${place.code}$`));
    await expect(page.getByTestId("place-without-reports")).toContainText(`${place.name}还没有报告`);
    await expect(page.getByTestId("reported-above")).toContainText(city.name);

    await tabTo(page, (el) => el.tag === "A" && el.text === city.name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/jurisdictions/${city.code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(city.name);
  });

  test("compares three places added by name with Enter, and downloads the comparison as one CSV", async ({ page, request }) => {
    const reported = await reportedPlaces(request);
    const names = new Map<string, number>();
    for (const p of reported) names.set(p.name, (names.get(p.name) ?? 0) + 1);
    const three = reported.filter((p) => p.level === "city" && names.get(p.name) === 1).slice(0, 3);
    expect(three).toHaveLength(3);

    await page.goto("/compare");
    const input = page.getByLabel(/添加行政区划/);
    for (const [i, p] of three.entries()) {
      await input.focus();
      await page.keyboard.type(p.name);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`j=${three.slice(0, i + 1).map((x) => x.code).join(",")}`));
    }
    const table = page.getByTestId("comparison-table");
    await expect(table).toBeVisible();
    await expect(page.getByTestId("scroll-cue")).toContainText("3");
    // the row labels stay put while the places scroll sideways
    expect(await table.locator("tbody th").first().evaluate((th) => getComputedStyle(th).position)).toBe("sticky");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("comparison-csv").click()]);
    expect(download.suggestedFilename()).toContain(three.map((p) => p.name).join("_"));
    const lines = (await readDownload(download)).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
    const rows = await table.locator("tbody tr").count();
    expect(lines.length - 1).toBe(rows * 3);
  });

  test("follows a figure to its sentence: the chosen highlight is marked, centred, focused and named", async ({ page, request }) => {
    const value = (await someValues(request))[0];
    await page.goto(`/jurisdictions/${value.jurisdictionCode}`);
    // the table of figures is one jump away, not thousands of pixels down
    await tabTo(page, (el) => el.testId === "jump-to-values");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#values$/);
    const link = page.getByTestId("values-table").locator("tbody a").first();
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);

    const chosen = page.locator("mark[data-chosen]").first();
    await expect(chosen).toBeFocused();
    await expect(page.locator("mark[data-chosen]")).not.toHaveCount(0);
    const id = page.url().match(/#value-(\d+)/)![1];
    expect(await page.locator(`mark[data-values~="${id}"]:not([data-chosen])`).count()).toBe(0);
    await expect.poll(async () => {
      const box = (await chosen.boundingBox())!;
      const middle = box.y + box.height / 2;
      return middle > 844 * 0.25 && middle < 844 * 0.75;
    }).toBe(true);
    expect(await chosen.getAttribute("data-label")).toMatch(/[(（](全域|本级政府)[)）]:/);
    await expect(page.getByTestId("jump-to-values")).toBeVisible();
  });

  test("downloads a chart named after what it shows, its labels outlined, and the profile's CSV in words", async ({ page, request }) => {
    const { code, name } = chartedPlace(await someValues(request));
    await page.goto(`/jurisdictions/${code}`);

    const chart = page.getByTestId("indicator-years-chart");
    const [svg] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: /SVG/ }).click()]);
    expect(svg.suggestedFilename()).toMatch(new RegExp(`^${name}-.+\\.svg$`));
    const markup = await readDownload(svg);
    // every word is drawn as an outline: a viewer without Chinese fonts shows it all the same
    expect(markup).not.toMatch(/<text/);
    expect(markup.match(/<path/g)!.length).toBeGreaterThan(5);
    expect(markup).toContain(`<title>${name}`);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载 CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe(`${name}.csv`);
    const [header, first] = (await readDownload(csv)).replace(/^\uFEFF/, "").split("\n");
    expect(header).toMatch(/^key,jurisdictionCode,.*,indicatorZh,indicatorEn,level,province,parents,scopeZh,scopeEn,reportTitle,sourceUrl$/);
    expect(first).toContain(name);
  });

  test("a profile's chart opens its evidence with Enter, as a click on its bar does", async ({ page, request }) => {
    await page.goto(`/jurisdictions/${chartedPlace(await someValues(request)).code}`);
    const chart = page.getByTestId("keyboard-evidence").first();
    // a key pressed before the chart hydrates goes nowhere: press again until the chart answers
    await expect(async () => {
      await chart.focus();
      await page.keyboard.press("ArrowRight");
      await expect(page.getByTestId("keyboard-evidence-status").first()).toContainText(/年:.*回车查看原文/, { timeout: 1_000 });
    }).toPass();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);
  });
});

test("after logging in, the focus is on the new page's heading, not the body", async ({ page }) => {
  await page.goto("/login?next=/upload");
  await page.getByLabel(/令牌/).fill(process.env.E2E_ADMIN_TOKEN ?? "e2e-admin-token");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/upload$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test.describe("the median by year", () => {
  test("marks N on every point, draws no line through a year with fewer than three places, and offers the places in every year", async ({ page, request }) => {
    const values = await someValues(request);
    // the indicator reported in the most years
    const yearsOf = new Map<string, Set<number>>();
    for (const v of values) if (v.scope === "area") yearsOf.set(v.key, (yearsOf.get(v.key) ?? new Set()).add(v.year));
    const key = [...yearsOf].sort((a, b) => b[1].size - a[1].size)[0][0];
    await page.goto(`/indicators/${key}?scope=area`);

    const table = page.getByTestId("trend-table");
    const counts = (await table.locator("tbody tr td:nth-child(2)").allInnerTexts()).map((t) => Number(t.match(/\d+/)![0]));
    expect(counts.length).toBeGreaterThan(1);
    const chart = page.getByTestId("trend-chart");
    // N at every point, in the chart itself (so in its downloads too)
    await expect(chart.locator("svg text", { hasText: /^N=\d+$/ })).toHaveCount(counts.length);
    await expect(page.getByTestId("trend-note")).toContainText("纵轴从 0 开始");
    // the line's path has one piece per run of years with three places or more
    const runs = counts.reduce((n, c, i) => n + (c >= 3 && !(i > 0 && counts[i - 1] >= 3) ? 1 : 0), 0);
    const line = chart.locator('.recharts-line-curve[stroke="#991b1b"]');
    const d = (await line.count()) ? ((await line.getAttribute("d")) ?? "") : "";
    expect((d.match(/M/g) ?? []).length).toBe(runs);
    // and passes through the years with three places or more, and no other
    expect((d.match(/[ML]/g) ?? []).length).toBe(counts.filter((c) => c >= 3).length);

    await page.getByRole("link", { name: /每年都有数值的地区 Places in every year/ }).click();
    await expect(page).toHaveURL(/panel=1/);
    const panelCounts = (await page.getByTestId("trend-table").locator("tbody tr td:nth-child(2)").allInnerTexts().catch(() => [])).map((t) => Number(t.match(/\d+/)![0]));
    // the same places every year, or none at all, said so
    if (panelCounts.length) expect(new Set(panelCounts).size).toBe(1);
    else await expect(page.getByTestId("empty-panel")).toBeVisible();
  });
});

test("with fewer than three places an indicator shows their figures, not a distribution of them", async ({ page, request }) => {
  const values = await someValues(request);
  const places = new Map<string, Set<string>>();
  for (const v of values) {
    const def = getIndicator(v.key);
    if (def && v.scope === def.defaultScope) places.set(v.key, (places.get(v.key) ?? new Set()).add(v.jurisdictionCode));
  }
  const few = [...places].find(([, p]) => p.size < 3);
  test.skip(!few, "every indicator has three places or more in this data");
  const [key, codes] = few!;
  await page.goto(`/indicators/${key}`);
  await expect(page.getByTestId("ranking-table").locator("tbody tr")).toHaveCount(codes.size);
  await expect(page.getByTestId("no-distribution")).toBeVisible();
  await expect(page.getByTestId("distribution-chart")).toHaveCount(0);
});

import { expect, test } from "./support/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { storedPlaces } from "./support/stored-values";

interface SampleLabel {
  jurisdiction: { name: string; parents: string[] };
  year: number;
}

const samplesDir = path.resolve(__dirname, "../data/samples");
const labels: SampleLabel[] = readdirSync(samplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), "utf8")));

/** a sample's province page: the national table gives way to a summary per province past 250 places */
async function provinceHref(page: import("@playwright/test").Page, province: string): Promise<string> {
  await page.goto("/coverage");
  return (await page.getByTestId("province-tiles").getByRole("link", { name: new RegExp(`^${province}:`) }).getAttribute("href"))!;
}

test("the whole country is summarised per province and year; a sample's province lists its year, under its parents", async ({ page }) => {
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("报告覆盖情况");
  await expect(page.getByTestId("province-summary-table")).toBeVisible();
  const years = labels.map((l) => l.year);
  for (const l of labels) {
    await page.goto(await provinceHref(page, l.jurisdiction.parents.at(-1) ?? l.jurisdiction.name));
    const table = page.getByTestId("coverage-table");
    for (const y of [Math.min(...years), Math.max(...years)]) await expect(table.getByRole("columnheader", { name: String(y), exact: true })).toBeVisible();
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: l.jurisdiction.name, exact: true }) });
    await expect(row.getByRole("link", { name: new RegExp(`^${l.jurisdiction.name} ${l.year} `) })).toHaveAttribute("href", /\/reports\/\d+$/);
    // its parents are there to group it
    for (const parent of l.jurisdiction.parents) await expect(table.getByRole("link", { name: parent, exact: true })).toBeVisible();
  }
});

test("a mark opens its report", async ({ page }) => {
  const l = labels[0];
  await page.goto(await provinceHref(page, l.jurisdiction.parents.at(-1)!));
  await page.getByTestId("coverage-table").getByRole("link", { name: new RegExp(`^${l.jurisdiction.name} ${l.year} `) }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole("link", { name: l.jurisdiction.name, exact: true })).toBeVisible();
  await expect(page.locator("main header p").first()).toContainText(String(l.year));
});

test("a province tile counts its places with reports and narrows the table to them", async ({ page, request }) => {
  const l = labels[0];
  const province = l.jurisdiction.parents.at(-1)!;
  const provinceCode = [...(await storedPlaces(request, false)).values()].find((p) => p.name === province)!.code;
  const inProvince = [...(await storedPlaces(request)).values()].filter((p) => p.code.slice(0, 2) === provinceCode.slice(0, 2));
  await page.goto("/coverage");
  const tile = page.getByTestId("province-tiles").getByRole("link", { name: new RegExp(`^${province}`) });
  await expect(tile).toContainText(String(inProvince.length));
  await tile.click();
  await expect(page).toHaveURL(/\/coverage\?province=\d{6}$/);
  await expect(page.getByRole("heading", { level: 2 })).toContainText(province);

  const table = page.getByTestId("coverage-table");
  for (const p of inProvince) await expect(table.getByRole("link", { name: p.name, exact: true }).first()).toBeVisible();
  for (const x of labels.filter((x) => x.jurisdiction.parents.at(-1) !== province)) {
    await expect(table.getByRole("link", { name: x.jurisdiction.name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole("combobox", { name: /省份 Province/ })).toHaveValue(/\d{6}/);
});

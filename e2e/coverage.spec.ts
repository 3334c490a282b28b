import { expect, test } from "./support/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface SampleLabel {
  jurisdiction: { name: string; parents: string[] };
  year: number;
}

const samplesDir = path.resolve(__dirname, "../data/samples");
const labels: SampleLabel[] = readdirSync(samplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), "utf8")));
const years = labels.map((l) => l.year);

test("every sample's year is marked, from the earliest year to the latest", async ({ page }) => {
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("报告覆盖情况");
  const table = page.getByTestId("coverage-table");
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    await expect(table.getByRole("columnheader", { name: String(y), exact: true })).toBeVisible();
  }
  for (const l of labels) {
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: l.jurisdiction.name, exact: true }) });
    await expect(row.getByRole("link", { name: new RegExp(`^${l.jurisdiction.name} ${l.year} `) })).toHaveAttribute("href", /\/reports\/\d+$/);
    // its parents are there to group it
    for (const parent of l.jurisdiction.parents) await expect(table.getByRole("link", { name: parent, exact: true })).toBeVisible();
  }
});

test("a mark opens its report", async ({ page }) => {
  const l = labels[0];
  await page.goto("/coverage");
  await page.getByTestId("coverage-table").getByRole("link", { name: new RegExp(`^${l.jurisdiction.name} ${l.year} `) }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole("link", { name: l.jurisdiction.name, exact: true })).toBeVisible();
  await expect(page.locator("main header p").first()).toContainText(String(l.year));
});

test("a province tile narrows the table to that province", async ({ page }) => {
  const l = labels[0];
  const province = l.jurisdiction.parents.at(-1)!;
  await page.goto("/coverage");
  const tile = page.getByTestId("province-tiles").getByRole("link", { name: new RegExp(`^${province}`) });
  const inProvince = new Set(labels.filter((x) => x.jurisdiction.parents.at(-1) === province).map((x) => x.jurisdiction.name));
  await expect(tile).toContainText(String(inProvince.size));
  await tile.click();
  await expect(page).toHaveURL(/\/coverage\?province=\d{6}$/);
  await expect(page.getByRole("heading", { level: 2 })).toContainText(province);

  const table = page.getByTestId("coverage-table");
  for (const x of labels) {
    await expect(table.getByRole("link", { name: x.jurisdiction.name, exact: true })).toHaveCount(inProvince.has(x.jurisdiction.name) ? 1 : 0);
  }
  await expect(page.getByRole("combobox", { name: /省份 Province/ })).toHaveValue(/\d{6}/);
});

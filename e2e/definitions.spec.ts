import { expect, test } from "./support/test";
import { definitionText } from "../lib/indicators/definitions";
import { getIndicator } from "../lib/indicators";
import { mostChartedPlace } from "./support/stored-values";

// An indicator's definition is sent once per page (a closed 指标定义 Definitions block) and shown
// beside its name on hover and on focus, not carried in a `title` on every occurrence.

test("a profile's indicator names show their definitions on hover, each sent once, and Escape hides it", async ({ page, request }) => {
  const place = await mostChartedPlace(request);
  await page.goto(`/jurisdictions/${place.code}`);
  const key = place.charted[0].split("@")[0];
  const text = definitionText(key)!;

  // the page carries each definition once, whatever the number of names pointing at it
  const notes = page.locator(".definition-notes p");
  const ids = await notes.evaluateAll((ps) => ps.map((p) => p.id));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(page.locator(`[id="${ids.find((id) => id === `definition-${key.replace(/[^a-z_]/g, "-")}`)}"]`)).toContainText(text.zh);
  expect(await page.locator("[title]").evaluateAll((els) => els.filter((e) => e.getAttribute("title")!.includes("不计")).length)).toBe(0);

  // a screen reader hears it as the name's description
  const name = page.getByTestId("values-table").locator(".defined-term").filter({ hasText: getIndicator(key)!.zh }).first();
  await expect(name).toHaveAccessibleDescription(new RegExp(text.zh.slice(0, 10)));

  // the eye sees it beside the name (once the page's script listens: move the pointer again until then)
  const tip = page.getByTestId("definition-tip");
  await expect(async () => {
    await page.mouse.move(0, 0);
    await name.hover();
    await expect(tip).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(tip).toContainText(text.zh);
  await expect(tip).toContainText(text.en);
  await page.keyboard.press("Escape");
  await expect(tip).toHaveCount(0);

  // and anyone can open them all, without a pointer
  await page.locator(".definition-notes summary").first().click();
  await expect(notes.filter({ hasText: text.zh })).toBeVisible();
});

test("on a comparison, an indicator's link shows its definition when it takes the keyboard's focus", async ({ page }) => {
  // three of the sample places, each stating figures of its own year
  await page.goto("/compare?j=621000,340103,640303");
  const link = page.getByTestId("comparison-table").locator("tbody th a").first();
  const term = link.locator(".defined-term");
  const key = decodeURIComponent((await link.getAttribute("href"))!.match(/\/indicators\/([^?]+)/)![1]);
  await expect(term).toHaveAccessibleDescription(new RegExp(definitionText(key)!.zh.slice(0, 10)));
  // once the page's script listens: focus again until then
  await expect(async () => {
    await link.blur();
    await link.focus();
    await expect(page.getByTestId("definition-tip")).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(page.getByTestId("definition-tip")).toContainText(definitionText(key)!.en);
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("definition-tip")).toHaveCount(0);
});

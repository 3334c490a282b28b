import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { expect, test } from "./support/test";
import { logIn } from "./support/review";

// axe-core's WCAG 2 A and AA rules over every page the site has, as a visitor and as a reviewer,
// at a desktop width and a phone's: no serious or critical violation anywhere.
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** One page of every kind, found from the data the server holds (whatever it was started with). */
async function everyPage(page: Page): Promise<string[]> {
  const places = (await (await page.request.get("/api/jurisdictions?withReports=true")).json()) as { jurisdictions: { code: string }[] };
  const codes = places.jurisdictions.map((j) => j.code);
  const reports = (await (await page.request.get("/api/reports?pageSize=1")).json()) as { reports: { id: number }[] };
  expect(codes.length, "the server holds places with reports").toBeGreaterThanOrEqual(3);
  const reportId = reports.reports[0].id;
  return [
    "/",
    "/?q=北京",
    "/?q=西峰",
    "/?q=庆阳市人民政府",
    `/jurisdictions/${codes[0]}`,
    "/jurisdictions/110000",
    `/compare?j=${codes.slice(0, 3).join(",")}`,
    "/compare",
    "/indicators",
    "/indicators/mediation.success_rate",
    "/indicators/reconsideration.accepted",
    "/indicators/litigation.head_appearance_rate?panel=1&zoom=1",
    "/coverage",
    "/coverage?k=mediation.success_rate",
    `/reports/${reportId}`,
    "/review",
    "/upload",
    "/login",
    "/about",
    "/no-such-page",
  ];
}

// the rendered pages are the same whichever PostgreSQL serves their data: the audit runs once, not again against
// external PostgreSQL (@any-db)
test.describe("axe-core, WCAG 2 AA", { tag: "@any-db" }, () => {
  test.use({ expectedConsoleErrors: [/404/] });

  for (const width of [1400, 390]) {
    test(`every page at ${width} px has no serious or critical violation`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      const found: string[] = [];
      for (const url of await everyPage(page)) {
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        for (const v of await seriousViolations(page)) found.push(`${url}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }

  test("the reviewer's pages (upload, the review of a report) have no serious or critical violation", async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, E2E_ADMIN_TOKEN);
    const reports = (await (await page.request.get("/api/reports?pageSize=1")).json()) as { reports: { id: number }[] };
    const found: string[] = [];
    for (const url of ["/upload", `/reports/${reports.reports[0].id}`, "/review"]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      for (const v of await seriousViolations(page)) found.push(`${url}: ${v}`);
    }
    expect(found).toEqual([]);
  });
});

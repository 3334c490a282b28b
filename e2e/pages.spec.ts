import { expect, test } from "./support/test";

// Every page the app has, reached the way a reader reaches it, with what the page links to
// loaded: the shared fixture (./support/test.ts) fails the test on any console error, uncaught
// error or failed resource (a missing favicon was one on every page).
test("every page loads without an error in the browser console", async ({ page, request }) => {
  const reports = (await (await request.get("/api/reports?pageSize=50")).json()).reports as { id: number; jurisdiction: { code: string } }[];
  expect(reports.length).toBeGreaterThan(0);
  const codes = [...new Set(reports.map((r) => r.jurisdiction.code))];
  const indicators = (await (await request.get("/api/indicators")).json()).indicators as { key: string }[];
  const paths = [
    "/",
    "/about",
    "/indicators",
    `/indicators/${indicators[0].key}`,
    "/coverage",
    `/coverage?k=${indicators[0].key}`,
    "/compare",
    `/compare?j=${codes.slice(0, 3).join(",")}`,
    `/jurisdictions/${codes[0]}`,
    `/reports/${reports[0].id}`,
    "/upload",
    "/login",
  ];
  for (const path of paths) {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("main")).toBeVisible();
  }
});

test("the site's icon and robots.txt are served", async ({ page, request }) => {
  await page.goto("/");
  const icon = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(icon).toBeTruthy();
  const res = await request.get(icon!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*$/m);
});

test("a page that does not exist answers 404 with a page that loads cleanly", async ({ page }) => {
  const response = await page.goto("/no-such-page", { waitUntil: "networkidle" });
  expect(response?.status()).toBe(404);
  await expect(page.locator("main")).toBeVisible();
});

import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ADMIN_TOKEN = process.env.E2E_ADMIN_TOKEN ?? "e2e-admin-token";

// Which Chromium: an explicit path, else the system's (Debian's package, where Playwright cannot
// download its own), else Playwright's own browser as on any normal machine.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || systemChromium;

export default defineConfig({
  testDir: "e2e",
  // the README's screenshots are taken on request (npm run screenshots), not in every test run
  testIgnore: process.env.README_SCREENSHOTS === "1" ? [] : ["readme/**"],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: executablePath
        ? [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ]
        : [],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    // a throw-away in-memory database unless DATABASE_URL names a server
    command: `node scripts/with-db.mjs node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    // the test web server of e2e/fetch-by-address.spec.ts listens on 127.0.0.1: that address alone is let through
    // the fetcher's refusal of private ones, so the other loopback addresses still show the refusal
    env: { DATA_DIR: "memory://", NEXT_TELEMETRY_DISABLED: "1", ADMIN_TOKEN: E2E_ADMIN_TOKEN, INGEST_ALLOW_ADDRESSES: "127.0.0.1" },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});

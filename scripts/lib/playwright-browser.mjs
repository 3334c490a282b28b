// Makes sure Playwright has a Chromium to drive: PLAYWRIGHT_CHROMIUM_PATH, else the system's
// (Debian's package), else Playwright's own, installed once when missing. Offline machines cannot
// download Playwright's build, which is why the system browser comes first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export function ensurePlaywrightBrowser(root) {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (explicit) {
    if (existsSync(explicit)) return true;
    console.error(`PLAYWRIGHT_CHROMIUM_PATH=${explicit} does not exist.`);
    return false;
  }
  if (["/usr/bin/chromium", "/usr/bin/chromium-browser"].some(existsSync)) return true;
  const require = createRequire(path.join(root, "package.json"));
  const { chromium } = require("@playwright/test");
  if (existsSync(chromium.executablePath())) return true;
  console.log("installing Playwright's Chromium (once)…");
  const { status } = spawnSync(path.join(root, "node_modules/.bin/playwright"), ["install", "chromium"], { stdio: "inherit", cwd: root });
  if (status !== 0) {
    console.error("No Chromium for the end-to-end tests: install one (Debian: apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH.");
    return false;
  }
  return true;
}

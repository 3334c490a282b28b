// Whether .next holds a build at least as new as every source it was built from.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestMtime(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".") || entry.name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

export function buildIsCurrent(root) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const inputs = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "package.json"]
    .map((p) => path.join(root, p))
    .filter(existsSync);
  return Math.max(...inputs.map(newestMtime)) <= statSync(buildId).mtimeMs;
}

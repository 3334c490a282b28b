#!/usr/bin/env node
// `npm start`: builds the app when there is no build or the sources are newer than it, then
// serves it with a migrated database (embedded unless DATABASE_URL is set) and says where.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent } from "./lib/build-status.mjs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const bin = (name) => path.join(root, "node_modules/.bin", name);

if (!buildIsCurrent(root)) {
  console.log("building the app (first start or changed sources)…");
  const built = spawnSync(bin("next"), ["build"], { stdio: "inherit", cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(process.execPath, [path.join(root, "scripts/with-db.mjs"), bin("next"), "start", "-p", port], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

// Say where the app is once it really answers, not when the process merely started.
const url = `http://localhost:${port}`;
for (let i = 0; i < 600; i++) {
  await new Promise((r) => setTimeout(r, 500));
  try {
    const res = await fetch(url);
    if (res.ok) {
      console.log(`\n法治政府报告数据 ready: ${url}\n`);
      break;
    }
  } catch {}
}

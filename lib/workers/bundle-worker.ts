import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const built = new Map<string, string>();

/**
 * A worker thread's entry (TypeScript, relative to the project root) as one plain ES module. A
 * worker thread is a bare Node.js thread that neither Next's bundler nor tsx reaches, and loading
 * the TypeScript through tsx inside each worker compiled every module again there (~1.5–5 s per
 * worker, most of a small import's time). esbuild compiles the entry once per process (~0.2 s),
 * with packages left as imports, into node_modules/.cache so those imports resolve to the
 * project's node_modules. Built at first use rather than at `next build`, so tsx scripts and
 * tests always run the workers as they are in the source tree.
 */
export function bundledWorkerFile(entry: string): string {
  const done = built.get(entry);
  if (done) return done;
  const root = projectRoot(entry);
  const result = buildSync({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
    // a worker that starts workers of its own (an extraction worker reading a .docx) finds the
    // source tree from inside node_modules/.cache, where neither __dirname nor the cwd may lead
    define: { "process.env.FAZHI_WORKER_ROOT": JSON.stringify(root) },
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = path.join(root, "node_modules", ".cache", "fazhi-workers");
  const file = path.join(dir, `${path.basename(entry, ".ts")}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // write beside and rename: another process may be loading the same file
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    try {
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  built.set(entry, file);
  return file;
}

/**
 * The source tree: inside a bundled worker the root it was built from; under tsx and vitest
 * `__dirname` is this folder; under `next start` this module is bundled into .next/server and
 * the source tree is the working directory.
 */
function projectRoot(entry: string): string {
  const candidates = [
    ...(process.env.FAZHI_WORKER_ROOT ? [process.env.FAZHI_WORKER_ROOT] : []),
    ...(typeof __dirname === "string" ? [path.resolve(__dirname, "../..")] : []),
    process.cwd(),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, entry)));
  if (!found) throw new Error(`worker source ${entry} not found (looked in ${candidates.join(", ")})`);
  return found;
}

import { buildSync, stop as stopEsbuild } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const built = new Map<string, string>();

/**
 * A worker thread's entry (TypeScript, relative to the project root) as plain ES modules (the entry
 * and the chunks it imports on demand). A
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
  const name = path.basename(entry, ".ts");
  // split at dynamic imports: a reader a file type needs (parse-document.ts) is a chunk of its own,
  // and so are the libraries it imports, loaded by the worker only when it reads such a file
  const result = buildSync({
    entryPoints: { [name]: path.join(root, entry) },
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    outdir: "out",
    outExtension: { ".js": ".mjs" },
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
  // buildSync keeps a worker thread and an esbuild process for the next call: ~70 MB of a server
  // that bundles each entry once
  stopEsbuild();
  const outdir = path.join(root, "out");
  const files = result.outputFiles.map((f) => ({ rel: path.relative(outdir, f.path), contents: f.contents })).sort((a, b) => a.rel.localeCompare(b.rel));
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.rel).update(f.contents);
  const dir = path.join(root, "node_modules", ".cache", "fazhi-workers", `${name}-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(dir)) {
    // write beside and rename: another process may be loading the same files
    const tmp = `${dir}.${process.pid}.tmp`;
    for (const f of files) {
      mkdirSync(path.dirname(path.join(tmp, f.rel)), { recursive: true });
      writeFileSync(path.join(tmp, f.rel), f.contents);
    }
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const file = path.join(dir, `${name}.mjs`);
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

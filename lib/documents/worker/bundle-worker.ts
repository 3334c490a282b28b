import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ENTRY = path.join("lib", "documents", "worker", "read-task.ts");

let built: string | undefined;

/**
 * The reader worker as one plain ES module: the readers are TypeScript, and a worker thread is a
 * bare Node.js thread that neither Next's bundler nor tsx reaches. esbuild compiles them once per
 * process (~0.2 s), with packages left as imports, into node_modules/.cache so those imports
 * resolve to the project's node_modules. Built at first use rather than at `next build`, so tsx
 * scripts and tests always run the readers as they are in the source tree.
 */
export function readerWorkerFile(): string {
  if (built) return built;
  const root = projectRoot();
  const result = buildSync({
    entryPoints: [path.join(root, ENTRY)],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = path.join(root, "node_modules", ".cache", "fazhi-readers");
  const file = path.join(dir, `read-task-${hash}.mjs`);
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
  built = file;
  return file;
}

/**
 * The source tree: under tsx and vitest `__dirname` is this folder; under `next start` this
 * module is bundled into .next/server and the source tree is the working directory.
 */
function projectRoot(): string {
  const candidates = [...(typeof __dirname === "string" ? [path.resolve(__dirname, "../../..")] : []), process.cwd()];
  const found = candidates.find((dir) => existsSync(path.join(dir, ENTRY)));
  if (!found) throw new Error(`document reader source not found (looked in ${candidates.join(", ")})`);
  return found;
}

// Worker-thread entry of the bulk importer's extraction pool (extract-pool.ts). Plain JavaScript
// that loads the TypeScript through tsx's API: a worker thread does not inherit the tsx loader of
// the process that started it (Node 20), whether that is tsx or vitest.
import { workerData } from "piscina";
import { tsImport } from "tsx/esm/api";

const { prepareFile } = await tsImport("./prepare-file.ts", import.meta.url);
const known = new Set(workerData?.knownHashes ?? []);

export default function run(task) {
  return prepareFile(task, known);
}

// Entry of the bulk importer's extraction workers (extract-pool.ts), bundled by
// lib/workers/bundle-worker.ts: piscina calls the default export with each file.
import { workerData } from "piscina";
import { prepareFile, type PrepareFileTask, type PreparedFile } from "./prepare-file";

const known = new Set<string>((workerData as { knownHashes?: string[] } | undefined)?.knownHashes ?? []);

export default function run(task: PrepareFileTask): Promise<PreparedFile> {
  return prepareFile(task, known);
}

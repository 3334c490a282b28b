import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reviewedReports } from "../queries/list-reviewed-reports";
import { reportLabels } from "./report-labels";

/**
 * Writes every reviewed report as `<id>.txt` (its stored text, which its evidence offsets and
 * strings point into) and `<id>.json` (its labels, the data/real shape): a folder `npm run eval --
 * --dir` scores, ready to join the real labelled set. Returns the ids written.
 */
export async function exportLabels(dir: string): Promise<number[]> {
  mkdirSync(dir, { recursive: true });
  const written: number[] = [];
  for await (const report of reviewedReports()) {
    writeFileSync(path.join(dir, `${report.id}.txt`), report.text);
    writeFileSync(path.join(dir, `${report.id}.json`), JSON.stringify(reportLabels(report), null, 2) + "\n");
    written.push(report.id);
  }
  return written;
}

// `npm run export-labels -- <dir>`: every report a person has reviewed, as <id>.txt and <id>.json
// in the data/real shape (the kept values are its labels), ready to join the real labelled set and
// to be scored with `npm run eval -- --dir <dir>`. Works beside the running app (with-db --share).
import path from "node:path";
import { exportLabels } from "../lib/review/export-labels";
import { runCommand } from "./lib/run-command";

async function main([dir]: string[]): Promise<number> {
  if (!dir) {
    console.error("usage: npm run export-labels -- <dir>");
    return 2;
  }
  const ids = await exportLabels(path.resolve(dir));
  console.log(ids.length ? `${ids.length} reviewed reports written to ${dir}: ${ids.join(", ")}` : "no reviewed reports yet: nothing written");
  return 0;
}

runCommand(main);

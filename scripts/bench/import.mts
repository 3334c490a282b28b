// The bench's importer, a process of its own so its memory is measured apart from the server's
// and the database's: the same ingestFiles as `npm run ingest`. Writes its figures as JSON.
import { writeFileSync } from "node:fs";
import { disconnectPrisma } from "../../lib/db/client";
import { ingestFiles, listReportFiles } from "../../lib/reports/ingest-files";

const [corpus, out] = process.argv.slice(2);
const files = listReportFiles([corpus]);
const started = performance.now();
let last = 0;
const summary = await ingestFiles(files, (p) => {
  if (Date.now() - last < 5000 && p.done < p.total) return;
  last = Date.now();
  process.stderr.write(`  import ${p.done}/${p.total} · ${(p.done / ((performance.now() - started) / 1000)).toFixed(0)}/s\n`);
});
const seconds = (performance.now() - started) / 1000;
writeFileSync(
  out,
  JSON.stringify({ files: files.length, created: summary.created, skipped: summary.skipped, failed: summary.failed,
    failures: summary.failures.slice(0, 20), values: summary.values, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
await disconnectPrisma();

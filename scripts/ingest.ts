// `npm run ingest -- <files or folders>`: bulk import with a progress line (count, rate, ETA),
// resumable (stored reports are skipped by the hash of their text), and a summary of the files
// that failed, each with its reason. `--strict` exits 1 when any file failed; `--workers N`
// extraction threads (default: one per core, 0: none), `--batch N` reports per transaction (200).
// `npm run ingest -- --urls list.txt [--attachments]`: the same for addresses (one per line),
// fetched and read like uploads (see ingest-urls.ts), with a journal list.txt.ingested to resume.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeOcrEngine } from "../lib/documents/ocr/read-scan";
import { disconnectPrisma } from "../lib/db/client";
import { isDatabaseUnavailable } from "../lib/db/database-errors";
import { ingestFiles, listReportFiles, type IngestProgress } from "../lib/reports/ingest-files";
import { ingestUrls, parseUrlList, type UrlIngestProgress } from "../lib/reports/ingest-urls";
import { closeBoundedPools } from "../lib/workers/bounded-pool";

function progressLine(p: IngestProgress, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = p.done / Math.max(seconds, 0.001);
  const eta = rate > 0 ? (p.total - p.done) / rate : 0;
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  const bar = "█".repeat(Math.floor(pct / 5)).padEnd(20, "░");
  return `${bar} ${p.done}/${p.total} (${pct}%) · ${rate.toFixed(1)}/s · ETA ${Math.ceil(eta)}s · new ${p.created} · skipped ${p.skipped} · failed ${p.failed}`;
}

const USAGE = "usage: npm run ingest -- <files or folders> [--strict] [--workers N] [--batch N]\n       npm run ingest -- --urls list.txt [--attachments] [--strict]";

function urlProgressLine(p: UrlIngestProgress, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  const bar = "█".repeat(Math.floor(pct / 5)).padEnd(20, "░");
  const page = p.current?.pages ? ` · OCR ${p.current.page}/${p.current.pages}` : "";
  const at = p.current ? ` · ${p.current.url.length > 60 ? `${p.current.url.slice(0, 57)}…` : p.current.url}${page}` : "";
  return `${bar} ${p.done}/${p.total} (${pct}%) · ${seconds.toFixed(0)}s · new ${p.created} · skipped ${p.skipped} · to choose ${p.choices} · failed ${p.failed}${at}`;
}

async function ingestUrlList(list: string, followAttachments: boolean, strict: boolean): Promise<number> {
  const urls = parseUrlList(readFileSync(list, "utf8"));
  const startedAt = Date.now();
  const tty = process.stderr.isTTY;
  let last = 0;
  const summary = await ingestUrls(urls, { journal: `${list}.ingested`, attachments: followAttachments }, (p) => {
    if (Date.now() - last < (tty ? 200 : 5000) && p.done < p.total) return;
    last = Date.now();
    process.stderr.write(tty ? `\r\x1b[K${urlProgressLine(p, startedAt)}` : `${urlProgressLine(p, startedAt)}\n`);
  });
  if (tty) process.stderr.write("\n");
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(
    `${summary.total} addresses in ${seconds}s: ${summary.created} imported, ${summary.skipped} already present, ${summary.choices} pages offer attachments, ${summary.failed} failed`,
  );
  for (const o of summary.offered) console.log(`  ? ${o.url} links (add the report's to the list, or run with --attachments):\n      ${o.attachments.join("\n      ")}`);
  for (const f of summary.failures) console.log(`  ✗ ${f.url}: ${f.reason}`);
  return strict && summary.failed > 0 ? 1 : 0;
}

async function main(argv: string[]) {
  const { values: opts, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { strict: { type: "boolean" }, workers: { type: "string" }, batch: { type: "string" }, urls: { type: "string" }, attachments: { type: "boolean" } },
  });
  const strict = Boolean(opts.strict);
  if (opts.urls !== undefined) {
    if (paths.length > 0) {
      console.error(USAGE);
      return 2;
    }
    return ingestUrlList(opts.urls, Boolean(opts.attachments), strict);
  }
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  const batchSize = opts.batch === undefined ? undefined : Number(opts.batch);
  if (paths.length === 0 || [workers, batchSize].some((n) => n !== undefined && !(Number.isInteger(n) && n >= 0))) {
    console.error(USAGE);
    return 2;
  }
  const files = listReportFiles(paths);
  const startedAt = Date.now();
  const tty = process.stderr.isTTY;
  let last = 0;
  const summary = await ingestFiles(files, (p) => {
    // a terminal gets one line redrawn 5 times a second, a log file a line every 5 seconds
    if (Date.now() - last < (tty ? 200 : 5000) && p.done < p.total) return;
    last = Date.now();
    process.stderr.write(tty ? `\r${progressLine(p, startedAt)}` : `${progressLine(p, startedAt)}\n`);
  }, "bulk import", { workers, batchSize });
  if (tty) process.stderr.write("\n");
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`${summary.total} files in ${seconds}s: ${summary.created} imported, ${summary.skipped} already present, ${summary.failed} failed`);
  for (const f of summary.failures) console.log(`  ✗ ${f.file}: ${f.reason}`);
  return strict && summary.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    if (isDatabaseUnavailable(e)) {
      // each report is written in one transaction: what is stored is whole, and a re-run skips it
      console.error(
        "\n数据库连接中断,导入已停止;已导入的报告完整无缺。数据库恢复后重新运行同一命令即可继续。\n" +
          "The database went away and the import stopped; the reports imported so far are complete. Run the same command again when the database is back to import the rest.",
      );
    } else console.error(e);
    process.exitCode = 1;
  })
  // the reader threads (and an OCR engine) would keep the process alive
  .finally(() => Promise.all([disconnectPrisma(), closeBoundedPools(), closeOcrEngine()]));

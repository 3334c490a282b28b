// Loads the bundled sample reports (data/samples/*.txt) through the same path as an upload.
// Safe to run again: a report already stored (same text) is skipped, not duplicated.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../lib/documents/decode-text";
import { disconnectPrisma } from "../lib/db/client";
import { ingestText } from "../lib/reports/ingest-text";

export async function importSamples(dir = path.join(process.cwd(), "data/samples")) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  let created = 0;
  for (const file of files) {
    const labelPath = path.join(dir, file.replace(/\.txt$/, ".json"));
    const sourceUrl = existsSync(labelPath) ? (JSON.parse(readFileSync(labelPath, "utf8")).source_url ?? null) : null;
    const result = await ingestText({
      text: decodeText(readFileSync(path.join(dir, file))).text,
      fileName: file,
      fileType: "text/plain",
      sourceUrl,
      uploadedBy: "sample import",
    });
    if (result.created) created++;
  }
  return { files: files.length, created };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("import-samples.ts")) {
  importSamples()
    .then(({ files, created }) => console.log(`sample reports: ${created} imported, ${files - created} already present`))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => disconnectPrisma());
}

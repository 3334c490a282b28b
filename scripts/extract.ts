// Extracts report files to JSON: `npm run --silent extract -- <file>...` prints one array, one
// object per file in the order given. Plain text is decoded by lib/documents/decode-text (UTF-8,
// GBK/GB18030, Big5, UTF-16) and extracted as it stands, so `start`/`end` index the decoded file;
// .html/.docx/.doc/.pdf go through readDocument and index its plain text. A file that cannot be
// read gives {file, error}; the others still come out. `--explain` adds the figures a rule
// recognised but left out, with the reason.
import { readFileSync } from "node:fs";
import { decodeText } from "../lib/documents/decode-text";
import { readDocument } from "../lib/documents/read-document";
import { explainReport } from "../lib/extract";

async function readReportText(file: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(file));
  if (/\.(?:html?|docx?|pdf)$/i.test(file)) return (await readDocument(bytes, file)).text;
  return decodeText(bytes).text;
}

async function extractFile(file: string, explain: boolean) {
  try {
    const { facts, candidates } = explainReport(await readReportText(file));
    const j = facts.jurisdiction;
    return {
      file,
      jurisdiction: j ? { name: j.name, officialName: j.officialName, level: j.level, code: j.code, parents: j.parents.map((p) => p.name) } : null,
      ...(facts.ambiguousJurisdiction
        ? { ambiguousJurisdiction: { name: facts.ambiguousJurisdiction.name, candidates: facts.ambiguousJurisdiction.candidates.map((c) => ({ code: c.code, name: c.officialName, parents: c.parents.map((p) => p.name) })) } }
        : {}),
      year: facts.year,
      kind: facts.kind,
      title: facts.title,
      published: facts.publishedOn,
      indicators: facts.indicators.map(({ key, value, unit, scope, approx, derived, evidence, start, end }) => ({
        key, value, unit, scope, approx, derived, evidence, start, end,
      })),
      warnings: facts.warnings,
      ...(explain ? { rejected: candidates.filter((c) => c.rejected !== null) } : {}),
    };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

async function main(args: string[]): Promise<number> {
  const explain = args.includes("--explain");
  const files = args.filter((a) => a !== "--" && a !== "--explain");
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent extract -- [--explain] <file>...\n");
    return 2;
  }
  const results = [];
  for (const file of files) results.push(await extractFile(file, explain));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));

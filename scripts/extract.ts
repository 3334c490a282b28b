// `npm run --silent extract -- <file>...`: one JSON array, one object per file, in order.
// Files may be .txt in any encoding, .html, .docx, .doc or .pdf; a file that cannot be read gets
// an object with `error` instead of stopping the others.
import { readFileSync } from "node:fs";
import { readDocument } from "../lib/documents/read-document";
import { normalizeReportText } from "../lib/documents/normalize-report-text";
import { extractReport } from "../lib/extract";

async function extractFile(file: string) {
  try {
    const { text: raw } = await readDocument(new Uint8Array(readFileSync(file)), file);
    const text = normalizeReportText(raw);
    const facts = extractReport(text);
    const j = facts.jurisdiction;
    return {
      file,
      jurisdiction: j ? { name: j.name, level: j.level, code: j.code, parents: j.parents.map((p) => p.name) } : null,
      ...(facts.ambiguousJurisdiction ? { ambiguousJurisdiction: { name: facts.ambiguousJurisdiction.name, candidates: facts.ambiguousJurisdiction.candidates.map((c) => ({ code: c.code, name: c.officialName, parents: c.parents.map((p) => p.name) })) } } : {}),
      year: facts.year,
      kind: facts.kind,
      title: facts.title,
      indicators: facts.indicators.map(({ key, value, unit, scope, approx, derived, evidence, start, end }) => ({ key, value, unit, scope, approx, derived, evidence, start, end })),
      warnings: facts.warnings,
    };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

async function main(files: string[]) {
  if (files.length === 0) {
    console.error("usage: npm run --silent extract -- <file>...");
    process.exit(2);
  }
  const results = [];
  for (const file of files) results.push(await extractFile(file));
  console.log(JSON.stringify(results, null, 2));
}

void main(process.argv.slice(2));

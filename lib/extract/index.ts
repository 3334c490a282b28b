// The extractor the application uses: text in, the report's facts out, pure. Its rooms:
// - text/     the reading copy (normalisation with a map back to the original, character codes);
// - report/   what the report is: place, year, kind, title, date (detectReportMeta);
// - figures/  what it states: sentences, numbers, candidates by the rules of figures/rules/, their
//             scope, the figures turned down and why, and the checks on what is kept;
// - rules-engine.ts puts them together. Another engine can be measured against it by changing the
//   line below.
export { EXTRACTOR_VERSION, explainReport, extractReport, type ExplainedCandidate, type ExtractionTrace } from "./rules-engine";
export type { TextSource } from "./report/meta";
export type { ExtractedValue, ReportFacts } from "./types";

// The extractor the application uses. The rule engine lives in rules-engine.ts, so another
// engine can be measured against it by changing this one line.
export { EXTRACTOR_VERSION, explainReport, extractReport, type ExplainedCandidate, type ExtractionTrace } from "./rules-engine";
export type { ExtractedValue, ReportFacts } from "./types";

// `npm run eval -- --reviewed`: scores the current extractor against every report a person has
// reviewed in the database (the kept values are the labels, the removed ones negatives), so a new
// rule is checked against everything people have fixed. Run through scripts/with-db.mjs --share
// by scripts/eval.ts: it works beside the running app.
import { extractReport } from "../lib/extract";
import { formatReports, formatTotals } from "../lib/eval/format";
import { reviewedCase, scoreReviewed, type ReviewedCase } from "../lib/eval/reviewed";
import { failedThresholds, totalScores } from "../lib/eval/totals";
import { reviewedReports } from "../lib/queries/list-reviewed-reports";
import { runCommand } from "./lib/run-command";

function threshold(argv: string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : undefined;
}

async function main(argv: string[]): Promise<number> {
  const cases: ReviewedCase[] = [];
  for await (const report of reviewedReports()) cases.push(reviewedCase(report));
  if (cases.length === 0) {
    console.error("no reviewed reports in the database yet: review one (its report page, logged in) and save");
    return 1;
  }
  const scored = scoreReviewed(cases, extractReport);
  console.log(formatReports(scored.lines));
  const totals = totalScores(scored.lines.map((l) => l.score));
  console.log(`\nreviewed reports in the database\n${formatTotals(totals)}`);
  console.log(`removed by reviewers and still taken by the extractor: ${scored.negativesTaken} of ${scored.negatives}`);
  for (const t of scored.taken) console.log(`  report ${t.id}: ${t.key}@${t.scope} ${t.value}`);
  const failed = failedThresholds(totals, { precision: threshold(argv, "--min-precision"), recall: threshold(argv, "--min-recall") });
  if (failed.length > 0) console.error(`\nbelow threshold: ${failed.join("; ")}`);
  return failed.length > 0 ? 1 : 0;
}

runCommand(main);

import { afterAll, afterEach, beforeAll } from "vitest";
import { startReportSite, type ReportSite } from "./report-site";

/**
 * For a vitest file: the site started before its tests and closed after, and the environment
 * (INGEST_ALLOW_PRIVATE, INGEST_ALLOW_ADDRESSES) restored after each test that sets it.
 */
export function withReportSite(): () => ReportSite {
  let site: ReportSite | undefined;
  const env = { ...process.env };
  beforeAll(async () => {
    site = await startReportSite();
  });
  afterAll(() => site?.close());
  afterEach(() => {
    process.env = { ...env };
  });
  return () => site!;
}

import { getPrisma, Prisma } from "../db/client";
import type { ReportFacts, ResolvedJurisdiction } from "../extract/types";
import { settleCurrent } from "./current-values";
import { lockEditions } from "./lock-editions";
import { jurisdictionChain, reportRow, valueRows } from "./report-rows";
import { keepFile, type OriginalFile } from "./stored-file";

export interface SaveReportInput {
  text: string;
  textSha256: string;
  facts: ReportFacts & { jurisdiction: ResolvedJurisdiction; year: number };
  fileName?: string | null;
  fileType?: string | null;
  sourceUrl?: string | null;
  uploadedBy?: string | null;
  /** every value confirmed by a person (the hand-labelled documents): stored with this mark */
  reviewed?: { at: Date; by: string } | null;
  /** the file as it came, kept beside the report (none for pasted text) */
  original?: OriginalFile | null;
  /** the text was read by OCR: the report and its values are flagged, the values unreviewed */
  ocr?: boolean;
}

export interface SavedReport {
  id: number;
  /** false when a report with the same text already existed: nothing was written */
  created: boolean;
}

/**
 * Writes a report, its jurisdiction chain and all its values in one transaction; a report whose
 * text is already stored is returned as it is. A newer edition for the same jurisdiction, year
 * and kind becomes the current one; the older stays, marked not current. Which report's figure
 * the pages show for each key of the year is then settled (settleCurrent).
 */
export async function saveReport(input: SaveReportInput): Promise<SavedReport> {
  const prisma = getPrisma();
  const existing = await prisma.report.findUnique({ where: { textSha256: input.textSha256 }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const { facts } = input;
  const j = facts.jurisdiction;
  try {
    const report = await prisma.$transaction(async (tx) => {
      const place = { code: j.code, year: facts.year };
      await lockEditions(tx, [place]);
      // ancestors first (province, city, …) so each row's parent exists
      for (const node of jurisdictionChain(input)) {
        await tx.jurisdiction.upsert({ where: { code: node.code }, create: node, update: {} });
      }
      if (input.original) await keepFile(tx, input.original);
      const created = await tx.report.create({ data: reportRow(input), select: { id: true } });
      await tx.indicatorValue.createMany({ data: valueRows(input, created.id) });
      await settleCurrent(tx, [place]);
      return created;
    });
    return { id: report.id, created: true };
  } catch (e) {
    // two uploads of the same text at once: the loser returns the winner's report
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await prisma.report.findUnique({ where: { textSha256: input.textSha256 }, select: { id: true } });
      if (winner) return { id: winner.id, created: false };
    }
    throw e;
  }
}

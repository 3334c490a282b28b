import { getPrisma, Prisma } from "../db/client";
import type { ReportFacts, ResolvedJurisdiction } from "../extract/types";

export interface SaveReportInput {
  text: string;
  textSha256: string;
  facts: ReportFacts & { jurisdiction: ResolvedJurisdiction; year: number };
  fileName?: string | null;
  fileType?: string | null;
  sourceUrl?: string | null;
  uploadedBy?: string | null;
}

export interface SavedReport {
  id: number;
  /** false when a report with the same text already existed: nothing was written */
  created: boolean;
}

/**
 * Writes a report, its jurisdiction chain and all its values in one transaction; a report whose
 * text is already stored is returned as it is. A newer edition for the same jurisdiction, year
 * and kind becomes the current one; the older stays, marked not current.
 */
export async function saveReport(input: SaveReportInput): Promise<SavedReport> {
  const prisma = getPrisma();
  const existing = await prisma.report.findUnique({ where: { textSha256: input.textSha256 }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const { facts } = input;
  const j = facts.jurisdiction;
  try {
    const report = await prisma.$transaction(async (tx) => {
      // ancestors first (province, city, …) so each row's parent exists
      const chain = [...j.parents].reverse().concat([{ code: j.code, name: j.officialName, level: j.level }]);
      let parentCode: string | null = null;
      for (const node of chain) {
        await tx.jurisdiction.upsert({
          where: { code: node.code },
          create: { code: node.code, name: node.name, level: node.level, parentCode },
          update: {},
        });
        parentCode = node.code;
      }
      // editions of one jurisdiction-year-kind are written one after another: two at once would
      // each find no other current edition and both stay current
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${j.code}/${facts.year}/${facts.kind}`}))`;
      await tx.report.updateMany({
        where: { jurisdictionCode: j.code, year: facts.year, kind: facts.kind, isCurrent: true },
        data: { isCurrent: false },
      });
      return tx.report.create({
        data: {
          jurisdictionCode: j.code,
          year: facts.year,
          kind: facts.kind,
          title: facts.title,
          publishedOn: facts.publishedOn ? new Date(`${facts.publishedOn}T00:00:00Z`) : null,
          sourceUrl: input.sourceUrl ?? null,
          fileName: input.fileName ?? null,
          fileType: input.fileType ?? null,
          text: input.text,
          textSha256: input.textSha256,
          extractorVersion: facts.extractorVersion,
          warnings: facts.warnings as unknown as Prisma.InputJsonValue,
          uploadedBy: input.uploadedBy ?? null,
          isCurrent: true,
          values: {
            createMany: {
              data: facts.indicators.map((v) => ({
                jurisdictionCode: j.code,
                year: facts.year,
                key: v.key,
                scope: v.scope,
                value: v.value,
                unit: v.unit,
                approx: v.approx,
                derived: v.derived,
                evidence: v.evidence,
                evidenceStart: v.start,
                evidenceEnd: v.end,
                warnings: facts.warnings.filter((w) => w.keys.includes(v.key)) as unknown as Prisma.InputJsonValue,
              })),
            },
          },
        },
        select: { id: true },
      });
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

import type { Prisma } from "../db/client";
import type { ResolvedJurisdiction } from "../extract/types";
import type { SaveReportInput } from "./save-report";
import { titleFromText } from "./title-from-text";

/** The jurisdiction and its ancestors, province first, so each row's parent is written before it. */
export function jurisdictionChain(input: SaveReportInput): Prisma.JurisdictionCreateManyInput[] {
  return chainOf(input.facts.jurisdiction);
}

export function chainOf(j: ResolvedJurisdiction): Prisma.JurisdictionCreateManyInput[] {
  const chain = [...j.parents].reverse().concat([{ code: j.code, name: j.officialName, level: j.level }]);
  return chain.map((node, i) => ({ code: node.code, name: node.name, level: node.level, parentCode: i ? chain[i - 1].code : null }));
}

/** The Report row of a new edition (values are written separately; settleCurrent decides which edition is current). */
export function reportRow(input: SaveReportInput, uploadedAt?: Date): Prisma.ReportCreateManyInput {
  const { facts } = input;
  return {
    jurisdictionCode: facts.jurisdiction.code,
    year: facts.year,
    kind: facts.kind,
    title: facts.title ?? titleFromText(input.text),
    publishedOn: facts.publishedOn ? new Date(`${facts.publishedOn}T00:00:00Z`) : null,
    sourceUrl: input.sourceUrl ?? null,
    fileName: input.fileName ?? null,
    fileType: input.fileType ?? null,
    originalSha256: input.original?.sha256 ?? null,
    ocr: input.ocr ?? false,
    text: input.text,
    textSha256: input.textSha256,
    extractorVersion: facts.extractorVersion,
    warnings: facts.warnings as unknown as Prisma.InputJsonValue,
    uploadedBy: input.uploadedBy ?? null,
    byDepartment: facts.byDepartment,
    // hand-labelled documents come reviewed: their figures are a person's reading
    reviewedAt: input.reviewed?.at ?? null,
    reviewedBy: input.reviewed?.by ?? null,
    ...(uploadedAt ? { uploadedAt } : {}),
    isCurrent: true,
  };
}

/** The IndicatorValue rows of a report, denormalised with its place and year. */
export function valueRows(input: SaveReportInput, reportId: number): Prisma.IndicatorValueCreateManyInput[] {
  const { facts } = input;
  return facts.indicators.map((v) => ({
    reportId,
    jurisdictionCode: facts.jurisdiction.code,
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
    reviewedAt: input.reviewed?.at ?? null,
    reviewedBy: input.reviewed?.by ?? null,
    ocr: input.ocr ?? false,
    // settleCurrent decides which figure speaks for its slot
    isCurrent: false,
  }));
}

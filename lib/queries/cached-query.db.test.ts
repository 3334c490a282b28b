import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { deleteReport, deleteValue, editValue } from "@/lib/reports/edit-report";
import { ingestText } from "@/lib/reports/ingest-text";
import { cachedQuery } from "./cached-query";
import { getIndicatorRanking } from "./get-indicator-ranking";
import { getJurisdictionProfile } from "./get-jurisdiction-profile";
import { getOverview } from "./get-overview";
import { listValues } from "./list-values";

const getPrisma = connectTestDatabase();
const text = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");

describe("cached read models", () => {
  it("compute once while the data stays the same, and again after any write", async () => {
    let calls = 0;
    const countReports = cachedQuery(async () => {
      calls++;
      return getPrisma().report.count();
    });
    expect(await countReports()).toBe(0);
    expect(await countReports()).toBe(0);
    expect(calls).toBe(1);
    await ingestText({ text });
    expect(await countReports()).toBe(1);
    expect(calls).toBe(2);
  });

  it("hands every caller the same frozen result: a caller cannot change what the next one reads", async () => {
    await ingestText({ text });
    const first = await getOverview();
    const again = await getOverview();
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const nested = Object.values(first).find((v) => Array.isArray(v) && v.length > 0) as unknown[];
    expect(Object.isFrozen(nested)).toBe(true);
    expect(() => (nested as unknown[]).push("x")).toThrow(TypeError);
    expect(await getOverview()).toEqual(first);
  });

  it("pages see an upload, a corrected value, a removed value, a new edition and a deleted edition at once", async () => {
    const first = await ingestText({ text });
    const code = first.facts.jurisdiction!.code;
    const key = first.facts.indicators[0].key;
    const scope = first.facts.indicators[0].scope;
    const shown = async () => (await getIndicatorRanking({ key, scope }))!.entries.find((e) => e.code === code)?.value;
    const original = first.facts.indicators[0].value;
    expect(await shown()).toBe(original);
    expect((await getOverview()).reports).toBe(1);

    const valueId = (await getIndicatorRanking({ key, scope }))!.entries[0].id;
    await editValue(valueId, { value: original + 1000 }, "test");
    expect(await shown()).toBe(original + 1000);
    expect((await listValues({ key, limit: 100_000 })).find((v) => v.id === valueId)?.value).toBe(original + 1000);

    await deleteValue(valueId, "test");
    expect(await shown()).toBeUndefined();

    // a newer edition replaces the figures; deleting it brings the older edition's back
    const revised = await ingestText({ text: text.replace(first.facts.indicators[0].evidence, first.facts.indicators[0].evidence.replace(String(original), String(original + 7))) });
    expect(await shown()).toBe(original + 7);
    expect((await getJurisdictionProfile(code))!.values.every((v) => v.reportId === revised.id)).toBe(true);
    await deleteReport(revised.id, "test");
    expect(await shown()).toBeUndefined(); // the older edition's value was removed above
    const profile = (await getJurisdictionProfile(code))!;
    expect(profile.values.length).toBe(first.facts.indicators.length - 1);
    expect(profile.values.every((v) => v.reportId === first.id)).toBe(true);
    expect((await getOverview()).reports).toBe(1);
  });

  it("keeps each value's isCurrent equal to its report's, whichever way the edition changes", async () => {
    const first = await ingestText({ text });
    const second = await ingestText({ text: `${text}\n(修订版)` });
    const prisma = getPrisma();
    const currentOf = async (reportId: number) =>
      [...new Set((await prisma.indicatorValue.findMany({ where: { reportId }, select: { isCurrent: true } })).map((v) => v.isCurrent))];
    expect(await currentOf(first.id)).toEqual([false]);
    expect(await currentOf(second.id)).toEqual([true]);
    await deleteReport(second.id, "test");
    expect(await currentOf(first.id)).toEqual([true]);
  });
});

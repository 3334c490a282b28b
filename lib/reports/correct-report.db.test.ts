import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { PATCH } from "@/app/api/reports/[id]/route";
import { ingestText } from "./ingest-text";

// The review screen's save: one PATCH /api/reports/:id with the year, the kind and every value
// edit and removal, applied in one transaction (all or none) and safe to send again.
const getPrisma = connectTestDatabase();
const TOKEN = "correct-report-test-token";
const text = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");

beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});

const save = (id: number, body: unknown) =>
  PATCH(
    new Request(`http://localhost/api/reports/${id}`, {
      method: "PATCH",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );

async function stored(reportId: number) {
  const report = await getPrisma().report.findUniqueOrThrow({ where: { id: reportId }, select: { year: true, kind: true } });
  const values = await getPrisma().indicatorValue.findMany({
    where: { reportId },
    orderBy: { id: "asc" },
    select: { id: true, value: true, previousValue: true, editedBy: true, year: true },
  });
  return { ...report, values };
}

async function uploaded() {
  const { id } = await ingestText({ text, uploadedBy: "test" });
  const state = await stored(id);
  expect(state.values.length).toBeGreaterThanOrEqual(4);
  return { id, state, v: state.values };
}

describe("PATCH /api/reports/:id with values", () => {
  it("applies the year, edits and removals together", async () => {
    const { id, v } = await uploaded();
    const res = await save(id, {
      year: 2022,
      values: [
        { id: v[0].id, value: v[0].value + 1, expectedValue: v[0].value },
        { id: v[1].id, remove: true, expectedValue: v[1].value },
        { id: v[2].id, value: 0, expectedValue: v[2].value },
      ],
    });
    expect(res.status).toBe(200);
    const after = await stored(id);
    expect(after.year).toBe(2022);
    expect(after.values.map((x) => x.id)).not.toContain(v[1].id);
    expect(after.values.find((x) => x.id === v[0].id)).toMatchObject({ value: v[0].value + 1, previousValue: v[0].value, editedBy: "admin", year: 2022 });
    expect(after.values.find((x) => x.id === v[2].id)).toMatchObject({ value: 0, previousValue: v[2].value });
    expect((await res.json()).report.values).toHaveLength(after.values.length);
  });

  it("changes nothing when one value is stale (409), and the same save succeeds once it is made against what is stored", async () => {
    const { id, state, v } = await uploaded();
    // someone else corrects the third value meanwhile
    await getPrisma().indicatorValue.update({ where: { id: v[2].id }, data: { value: v[2].value + 50 } });
    const meantime = await stored(id);
    const changes = (third: number) => ({
      year: 2021,
      values: [
        { id: v[0].id, remove: true, expectedValue: v[0].value },
        { id: v[1].id, value: 7, expectedValue: v[1].value },
        { id: v[2].id, value: 8, expectedValue: third },
      ],
    });

    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await save(id, changes(v[2].value));
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toMatch(/他人修改.*Someone else/);
      expect(await stored(id)).toEqual(meantime);
    }
    expect(meantime.year).toBe(state.year);

    const ok = await save(id, changes(v[2].value + 50));
    expect(ok.status).toBe(200);
    const after = await stored(id);
    expect(after.year).toBe(2021);
    expect(after.values.map((x) => x.id)).not.toContain(v[0].id);
    expect(after.values.find((x) => x.id === v[1].id)?.value).toBe(7);
    expect(after.values.find((x) => x.id === v[2].id)?.value).toBe(8);
  });

  it("refuses a value of another report (404), the same value twice and malformed changes (400), changing nothing", async () => {
    const { id, state, v } = await uploaded();
    const other = await ingestText({ text: `${text}\n(另一版)`, uploadedBy: "test" });
    const foreign = (await stored(other.id)).values[0];
    const before = await stored(id);

    expect((await save(id, { values: [{ id: v[0].id, value: 1 }, { id: foreign.id, value: 1 }] })).status).toBe(404);
    for (const bad of [
      { values: [{ id: v[0].id, value: 1 }, { id: v[0].id, remove: true }] },
      { values: [{ id: v[0].id, value: "" }] },
      { values: [{ id: v[0].id, value: null }] },
      { values: [{ id: v[0].id, value: -1 }] },
      { values: [{ id: v[0].id }] },
      { values: [{ id: v[0].id, remove: false }] },
      { values: [{ id: 2 ** 31, value: 1 }] },
      { values: [] },
    ]) {
      const res = await save(id, bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect((await res.json()).error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
    }
    expect(await stored(id)).toEqual(before);
    expect(before.year).toBe(state.year);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { GET as valuesRoute } from "@/app/api/values/route";
import { getValuesCsv } from "@/lib/queries/values-csv";

const getPrisma = connectTestDatabase();
const KEY = "mediation.disputes";
const VALUES = 12_811;
const COLUMNS = ["key", "jurisdictionCode", "year", "value"];

const get = (query: string) => valuesRoute(new Request(`http://localhost/api/values?${query}`), { params: Promise.resolve({}) });
const dataLines = (csv: string) => csv.replace(/^\uFEFF/, "").trim().split("\n").slice(1);

async function readAll(body: string | ReadableStream<Uint8Array>, between?: (chunk: number) => Promise<void>): Promise<string> {
  if (typeof body === "string") return body;
  const decoder = new TextDecoder();
  let text = "";
  let chunk = 0;
  const reader = body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    text += decoder.decode(part.value, { stream: true });
    await between?.(++chunk);
  }
  return text + decoder.decode();
}

describe("the values export", () => {
  beforeEach(async () => {
    // one report and more values for one key than the old 10,000-row cap: a national year
    const [{ id }] = await getPrisma().$queryRaw<{ id: number }[]>`
      WITH j AS (INSERT INTO "Jurisdiction" (code, name, level) VALUES ('110000', '北京市', 'province') RETURNING code)
      INSERT INTO "Report" ("jurisdictionCode", year, kind, text, "textSha256", "extractorVersion")
      SELECT code, 2023, 'annual_report', 'x', repeat('0', 64), 'test' FROM j RETURNING id`;
    await getPrisma().$executeRaw`
      INSERT INTO "IndicatorValue" ("reportId", "jurisdictionCode", year, key, scope, value, unit, evidence, "evidenceStart", "evidenceEnd")
      SELECT ${id}, lpad(i::text, 6, '0'), 2023, ${KEY}, 'area', i, '件', '排查纠纷' || i || '件', 0, 1 FROM generate_series(1, ${VALUES}) AS i`;
  });

  it("as CSV holds every row, with no limit by default", async () => {
    const res = await get(`key=${KEY}&format=csv`);
    expect(res.headers.get("x-total-count")).toBe(String(VALUES));
    const lines = dataLines(await res.text());
    expect(lines).toHaveLength(VALUES);
    expect(lines.every((l) => l.startsWith(`${KEY},`))).toBe(true);
  });

  it("as CSV cut at a limit ends with a line saying so", async () => {
    const lines = dataLines(await (await get(`key=${KEY}&format=csv&limit=10000`)).text());
    expect(lines).toHaveLength(10_001);
    expect(lines.at(-1)).toMatch(/^"?# 不完整.*12811.*10000.*Incomplete: 10000 of 12811/);
  });

  it("as JSON says how many there are and that it was cut", async () => {
    const body = await (await get(`key=${KEY}`)).json();
    expect(body).toMatchObject({ total: VALUES, truncated: true });
    expect(body.values).toHaveLength(10_000);
    expect((await (await get(`key=${KEY}&limit=100000`)).json()).truncated).toBe(false);
  });

  it("streams an export too large to keep, page by page, complete", async () => {
    const csv = await getValuesCsv({ key: KEY }, COLUMNS, 1_000);
    expect(csv.body).toBeInstanceOf(ReadableStream);
    const lines = dataLines(await readAll(csv.body));
    expect(lines).toHaveLength(VALUES);
    expect(new Set(lines).size).toBe(VALUES);
    expect(lines.slice(0, 2)).toEqual([`${KEY},000001,2023,1`, `${KEY},000002,2023,2`]);
  });

  it("says a streamed export is incomplete when the data changed while it was written", async () => {
    const csv = await getValuesCsv({ key: KEY }, COLUMNS, 1_000);
    const text = await readAll(csv.body, async (chunk) => {
      if (chunk === 2) await getPrisma().indicatorValue.deleteMany({ where: { jurisdictionCode: "012000" } });
    });
    expect(dataLines(text).at(-1)).toMatch(/^"?# 不完整.*Incomplete: the data changed/);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { GET as valuesRoute } from "@/app/api/values/route";
import { VALUES_CSV_COLUMN_NAMES } from "@/lib/csv/values-columns";

const getPrisma = connectTestDatabase();
const get = (query: string) => valuesRoute(new Request(`http://localhost/api/values?${query}`), { params: Promise.resolve({}) });

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe("the values CSV, read back", () => {
  it("holds each figure with its names in words, its place's parents and its report, under the README's columns", async () => {
    const prisma = getPrisma();
    await prisma.jurisdiction.createMany({
      data: [
        { code: "620000", name: "甘肃省", level: "province" },
        { code: "621000", name: "庆阳市", level: "city", parentCode: "620000" },
        { code: "621002", name: "西峰区", level: "district", parentCode: "621000" },
      ],
    });
    const report = await prisma.report.create({
      data: {
        jurisdictionCode: "621002", year: 2023, kind: "annual_report", title: "西峰区2023年法治政府建设年度报告",
        sourceUrl: "https://www.xifeng.gov.cn/report-2023", text: "x", textSha256: "1".repeat(64), extractorVersion: "test",
      },
    });
    await prisma.indicatorValue.createMany({
      data: [
        { reportId: report.id, jurisdictionCode: "621002", year: 2023, key: "mediation.success_rate", scope: "area", value: 98.5, unit: "%", approx: false, evidence: "调解成功率98.5%,共调解“矛盾”纠纷", evidenceStart: 0, evidenceEnd: 1 },
        { reportId: report.id, jurisdictionCode: "621002", year: 2023, key: "reconsideration.received", scope: "own", value: 120, unit: "件", approx: true, evidence: "收到复议申请120余件", evidenceStart: 0, evidenceEnd: 1 },
      ],
    });

    const res = await get("jurisdiction=621002&format=csv");
    expect(decodeURIComponent(res.headers.get("content-disposition") ?? "")).toContain("西峰区.csv");
    // Response.text() drops the BOM that makes Excel read UTF-8: read the bytes as they are
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(VALUES_CSV_COLUMN_NAMES);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(2);
    const rate = records.find((r) => r.key === "mediation.success_rate")!;
    expect(rate).toMatchObject({
      indicatorZh: "调解成功率", indicatorEn: expect.stringMatching(/success rate/i), jurisdictionCode: "621002", jurisdictionName: "西峰区",
      level: "市辖区", province: "甘肃省", parents: "甘肃省 / 庆阳市", year: "2023", scope: "area", scopeZh: "全域", scopeEn: "Whole area",
      value: "98.5", unit: "%", approx: "false", status: "unreviewed", evidence: "调解成功率98.5%,共调解“矛盾”纠纷",
      reportId: String(report.id), reportTitle: "西峰区2023年法治政府建设年度报告", sourceUrl: "https://www.xifeng.gov.cn/report-2023",
    });
    expect(records.find((r) => r.key === "reconsideration.received")).toMatchObject({ approx: "true", scope: "own", scopeZh: "本级政府", value: "120" });
  });

  it("has every column listed in the README, and no column the README does not list", () => {
    const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    const section = readme.split("### CSV columns")[1]?.split(/\n#{2,3} /)[0] ?? "";
    const listed = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(VALUES_CSV_COLUMN_NAMES);
  });
});

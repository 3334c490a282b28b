import { describe, expect, it } from "vitest";
import { extractReport } from "../index";
import { disclosureTableCandidates, totalOfRunTogetherRow } from "./disclosure-table";

const values = (text: string) => disclosureTableCandidates(text).map((c) => `${c.key}=${c.value}|${text.slice(c.start, c.end).replace(/\s+/g, " ")}`);

describe("the tables of a 政府信息公开工作年度报告", () => {
  it("reads the requests row's total, whatever separates its cells (rows as stored in data/real: gathered/591, 599)", () => {
    expect(values("一、本年新收政府信息公开申请数量\t120\t4\t0\t0\t2\t0\t126\n二、上年结转政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3")).toEqual([
      "transparency.requests=126|本年新收政府信息公开申请数量 120 4 0 0 2 0 126",
    ]);
    expect(values("一、本年新收政府信息公开申请数量 |\n8 |\n0 |\n0 |\n0 |\n0 |\n0 |\n8 | |||||||||\n|\n二、上年结转政府信息公开申请数量 |\n0 |")).toEqual([
      "transparency.requests=8|本年新收政府信息公开申请数量 | 8 | 0 | 0 | 0 | 0 | 0 | 8",
    ]);
    expect(values("一、本年新收政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n二、上年结转")).toEqual(["transparency.requests=0|本年新收政府信息公开申请数量 0 0 0 0 0 0 0"]);
  });

  it("reads the documents made this year only under the table's own header", () => {
    expect(values("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t5\t2\t36")).toEqual(["normative_docs.issued=5|行政规范性文件 5 2 36"]);
    expect(values("行政规范性文件\t5\t2\t36")).toEqual([]);
  });

  it("in a government's report: its requests and documents, never its 行政复议/诉讼 table; in an office's or a street's own report: nothing", () => {
    const body = [
      "一、总体情况",
      "2022年,全县全年主动公开政府信息3568条。",
      "二、主动公开政府信息情况",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "行政规范性文件\t5\t2\t36",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量\t120\t4\t0\t0\t2\t0\t126",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t行政诉讼",
      "2\t1\t0\t0\t3\t1\t0\t0\t0\t1",
    ].join("\n");
    const government = extractReport(`宝应县人民政府2022年政府信息公开工作年度报告\n${body}`);
    expect(government.indicators.map((v) => `${v.key}@${v.scope}=${v.value}`)).toEqual(["transparency.disclosures@area=3568", "normative_docs.issued@own=5", "transparency.requests@area=126"]);
    const office = extractReport(`宝应县人民政府办公室2022年政府信息公开工作年度报告\n${body}`);
    expect(office.indicators.filter((v) => v.key !== "transparency.disclosures")).toEqual([]);
  });

  it("reads a requests row whose cells were run together by the sum of its cells (gathered/803, 805, 813, 814)", () => {
    expect(totalOfRunTogetherRow("713000074")).toBe(74); // 71 3 0 0 0 0 | 74
    expect(totalOfRunTogetherRow("21710000218")).toBe(218); // 217 1 0 0 0 0 | 218
    expect(totalOfRunTogetherRow("0000000")).toBe(0);
    // no cutting adds up: nothing
    expect(totalOfRunTogetherRow("1234567")).toBeNull();
    expect(totalOfRunTogetherRow("11000002")).toBeNull(); // 1 1 0 0 0 0 | 02: no cell opens on 0
    expect(totalOfRunTogetherRow("1100002")).toBe(2); // 1 1 0 0 0 0 | 2
  });

  it("takes the year's new requests from the run-together row over the prose count that takes in last year's", () => {
    const text = [
      "平潭综合实验区2022年政府信息公开工作年度报告",
      "(二)依申请公开方面。2022年全区共收到政府信息公开申请75件,均已按时办结。",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量 713000074二、上年结转政府信息公开申请数量 100",
    ].join("\n");
    expect(extractReport(text).indicators.filter((v) => v.key === "transparency.requests").map((v) => v.value)).toEqual([74]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { ingestText } from "@/lib/reports/ingest-text";
import { readPeerStandings, readPlacesLikeThis } from "./peer-standings";

connectTestDatabase();

const KEY = "reconsideration.received";
const report = (place: string, whole: string, year: number, n: number) =>
  `${place}人民政府关于${year}年法治政府建设情况的报告\n${year}年,${whole}共收到行政复议申请${n}件。`;

// three counties of 庆阳市 (甘肃), one of 合肥市 (安徽), and 庆阳市 itself, in different years
const PLACES: [string, string, number, number][] = [
  ["庆阳市庆城县", "全县", 2023, 10],
  ["庆阳市环县", "全县", 2022, 30],
  ["庆阳市华池县", "全县", 2023, 20],
  ["合肥市肥西县", "全县", 2021, 40],
  ["甘肃省庆阳市", "全市", 2023, 100],
];

describe("peer standings over each place's latest figure", () => {
  beforeEach(async () => {
    for (const [place, whole, year, n] of PLACES) {
      const { facts } = await ingestText({ text: report(place, whole, year, n), uploadedBy: "test" });
      expect(facts.indicators.map((v) => [v.key, v.scope, v.value])).toEqual([[KEY, "area", n]]);
    }
  });

  it("ranks a figure among places of its level in the country and in its province, saying the years", async () => {
    const [standing] = await readPeerStandings({ code: "621022", level: "county" }, [{ key: KEY, scope: "area", value: 30 }]);
    // country: 40 above it, 20 and 10 below; the province: 20 and 10 below
    expect(standing.country).toEqual({ count: 4, rank: 2, percentile: 67, fromYear: 2021, toYear: 2023 });
    expect(standing.province).toEqual({ count: 3, rank: 1, percentile: 100, fromYear: 2022, toYear: 2023 });
  });

  it("gives N without a rank below three places", async () => {
    const [standing] = await readPeerStandings({ code: "621000", level: "city" }, [{ key: KEY, scope: "area", value: 100 }]);
    expect(standing.country).toEqual({ count: 1, rank: null, percentile: null, fromYear: 2023, toYear: 2023 });
  });

  it("offers places like this: the same level in the same province, never the place itself", async () => {
    const like = await readPlacesLikeThis({ code: "621022", level: "county" }, [{ key: KEY, scope: "area" }], 7);
    expect(like.map((p) => p.code)).toEqual(["621021", "621023"]);
  });
});

import { describe, expect, it } from "vitest";
import { attachmentDisposition as attachmentHeader } from "./content-disposition";
import { fileNameOf, valuesFileName } from "./download-file-name";

describe("download file names", () => {
  it.each([
    [{ jurisdiction: "621002" }, "西峰区.csv"],
    [{ jurisdiction: "621002", year: 2023 }, "西峰区-2023.csv"],
    [{ key: "mediation.success_rate", year: 2023, scope: "area" }, "调解成功率-2023-全域.csv"],
    [{}, "values.csv"],
  ])("name a values export after what it holds: %o → %s", (filter, name) => {
    expect(valuesFileName(filter)).toBe(name);
  });

  it("drop what a file system refuses", () => {
    expect(fileNameOf(["a/b", "c:d", 2023, null, ""], "svg")).toBe("a_b-c_d-2023.svg");
  });

  it("give browsers the UTF-8 name and old clients an ASCII one", () => {
    const h = attachmentHeader("西峰区-2023.csv");
    expect(h).toContain('filename="___-2023.csv"');
    expect(h).toContain(`filename*=UTF-8''${encodeURIComponent("西峰区-2023.csv")}`);
  });
});

describe("a chart's file name", () => {
  it("names a one-year span once", () => {
    expect(fileNameOf(["清城区", "调解/排查纠纷数", "全域", 2024, 2024], "svg")).toBe("清城区-调解_排查纠纷数-全域-2024.svg");
  });
});

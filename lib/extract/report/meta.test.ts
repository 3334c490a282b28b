/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { ancestors, findByName } from "../../gazetteer";
import { detectReportMeta } from "./meta";

// The expected values are the hand labels in data/*/ (samples, corpus, …), read at test time
// (through the bundler: lib/extract itself does no I/O, and neither do its tests).
interface Label {
  jurisdiction: { name: string; official_name?: string; level: string; parents: string[] };
  year: number;
  kind: string;
  published: string | null;
}

const texts = import.meta.glob<string>("../../../data/*/*.txt", { query: "?raw", import: "default", eager: true });
const labels = import.meta.glob<Label>("../../../data/*/*.json", { import: "default", eager: true });
const labelled = Object.entries(labels)
  .filter(([file]) => texts[file.replace(/\.json$/, ".txt")] !== undefined)
  .map(([file, label]) => ({
    name: file.replace(/^.*data\//, "").replace(/\.json$/, ""),
    label,
    text: texts[file.replace(/\.json$/, ".txt")],
  }));

/** the gazetteer's code for the labelled jurisdiction: its official name under the labelled parents */
function labelledCode(label: Label): string | undefined {
  const { name, official_name, parents } = label.jurisdiction;
  const matches = findByName(official_name ?? name).filter(
    (d) => d.code !== null && JSON.stringify(ancestors(d.code).map((a) => a.name)) === JSON.stringify(parents),
  );
  return matches.length === 1 ? matches[0].code! : undefined;
}

/** the labelled date, when the text states it in a form a reader would recognise */
function statedInText(iso: string, text: string): boolean {
  const [y, m, d] = iso.split("-");
  const forms = [iso, `${y}年${Number(m)}月${Number(d)}日`, `${y}年${m}月${d}日`, `${d}.${m}.${y}`, `${y}/${m}/${d}`];
  return forms.some((f) => text.includes(f));
}

describe("detectReportMeta on the labelled reports", () => {
  it("has labelled reports to check", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(13);
  });

  it.each(labelled)("$name", ({ label, text }) => {
    const meta = detectReportMeta(text);
    const expectedCode = labelledCode(label);
    expect(expectedCode, "the label names a division the gazetteer knows").toBeDefined();
    expect(meta.ambiguousJurisdiction).toBeUndefined();
    expect(meta.jurisdiction).toMatchObject({
      name: label.jurisdiction.name,
      level: label.jurisdiction.level,
      code: expectedCode,
    });
    expect(meta.jurisdiction!.parents.map((p) => p.name)).toEqual(label.jurisdiction.parents);
    expect(meta.year).toBe(label.year);
    expect(meta.kind).toBe(label.kind);
    if (label.published && statedInText(label.published, text)) expect(meta.publishedOn).toBe(label.published);
    else expect(meta.publishedOn === null || meta.publishedOn === label.published).toBe(true);
    if (meta.title !== null) expect(text.replace(/\s+/g, "")).toContain(meta.title.replace(/\s+/g, ""));
  });
});

// How two independent labellings of the same real texts agree: `npm run label-agreement` reads
// the second labels in data/real/second-labels/<folder>-<NNN>.json against data/real/<folder>/NNN.json
// and prints the agreement on place, year, kind and values, and every disagreement (each is
// settled by a rule in docs/indicators.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compareLabels } from "../lib/eval/agreement";
import { parseLabels } from "../lib/eval/labels";

const REAL = "data/real";
const SECOND = path.join(REAL, "second-labels");
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

const files = readdirSync(SECOND).filter((f) => f.endsWith(".json")).sort();
const results = files.flatMap((file) => {
  const [folder, number] = file.replace(/\.json$/, "").split("-");
  const firstFile = path.join(REAL, folder, `${number}.json`);
  if (!existsSync(firstFile)) return [];
  const read = (f: string) => parseLabels(JSON.parse(readFileSync(f, "utf8")));
  return [{ doc: `${folder}/${number}`, ...compareLabels(read(firstFile), read(path.join(SECOND, file))) }];
});
const count = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length;
const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
const first = sum((r) => r.firstValues);
const second = sum((r) => r.secondValues);
const agreeing = sum((r) => r.agreeingValues);
console.log(`documents labelled twice  ${results.length}`);
console.log(`jurisdiction agreement    ${pct(count((r) => r.jurisdiction), results.length)}`);
console.log(`year agreement            ${pct(count((r) => r.year), results.length)}`);
console.log(`kind agreement            ${pct(count((r) => r.kind), results.length)}`);
console.log(`values                    first ${first}, second ${second}, in both ${agreeing} (${pct(2 * agreeing, first + second)} of the two together)`);
console.log(`documents agreeing whole  ${pct(count((r) => r.disagreements.length === 0), results.length)}`);
for (const r of results.filter((x) => x.disagreements.length > 0)) console.log(`  ${r.doc}: ${r.disagreements.join("; ")}`);

// Generates synthetic 法治政府建设年度报告 with their expected values, for measuring extraction and
// import at scale: `npm run synth -- --out <dir> [--years 2015-2025] [--scale national|province|N]
// [--seed S] [--province <name or code>] [--force]`. Writes <out>/<provinceCode>/<code>-<year>.txt
// and .json (labels as in data/samples) and <out>/manifest.json; a set whose manifest matches the
// parameters is left as it is unless --force.
import { parseArgs } from "node:util";
import { z } from "zod";
import { manifestMatches, readManifest, type SynthParams } from "../lib/synth/manifest";
import { findProvince } from "../lib/synth/select";
import { writeSet } from "../lib/synth/write-set";

const USAGE = `usage: npm run synth -- --out <dir> [--years 2015-2025] [--scale national|province|N] [--seed S] [--province <name or code>] [--force]
  --out       folder to write <provinceCode>/<code>-<year>.txt and .json and manifest.json into
  --years     a year, a range (2015-2025, the default) or a list (2019,2021)
  --scale     national (every province, city, district and county: ~3,200 places, the default),
              province (one province with its cities and counties), or a number N of places
  --seed      any string (default 1): the same seed gives the same reports
  --province  a province by name or code (河北省, 河北, 13, 130000): with --scale province, or to
              draw N places from it
  --force     generate again even when <out>/manifest.json matches`;

const yearsSchema = z
  .string()
  .regex(/^\d{4}(-\d{4})?(,\d{4}(-\d{4})?)*$/, "年份格式应为 2021、2015-2025 或 2019,2021 / years must look like 2021, 2015-2025 or 2019,2021")
  .transform((s) => {
    const years = new Set<number>();
    for (const part of s.split(",")) {
      const [a, b = a] = part.split("-").map(Number);
      for (let y = Math.min(a, b); y <= Math.max(a, b); y++) years.add(y);
    }
    return [...years].sort((x, y) => x - y);
  })
  .refine((ys) => ys.every((y) => y >= 2000 && y <= 2100), "年份应在 2000–2100 之间 / years must be within 2000-2100");

const argsSchema = z.object({
  out: z.string({ error: "缺少 --out / --out <dir> is required" }).min(1),
  years: yearsSchema.prefault("2015-2025"),
  scale: z
    .string()
    .default("national")
    .refine((s) => s === "national" || s === "province" || /^[1-9]\d*$/.test(s), "--scale 应为 national、province 或正整数 / --scale must be national, province or a positive number")
    .transform((s) => (s === "national" || s === "province" ? s : Number(s))),
  seed: z.string().min(1).default("1"),
  province: z.string().optional(),
  force: z.boolean().default(false),
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function main() {
  let raw;
  try {
    raw = parseArgs({
      options: {
        out: { type: "string" },
        years: { type: "string" },
        scale: { type: "string" },
        seed: { type: "string" },
        province: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (raw.help) {
    console.log(USAGE);
    return;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("\n"));
  const args = parsed.data;
  const province = args.province ? findProvince(args.province) : undefined;
  if (args.province && !province) fail(`找不到省份 ${args.province} / no province named ${args.province}`);
  const params: SynthParams = { seed: args.seed, scale: args.scale, province: province?.code ?? null, years: args.years };

  if (!args.force && manifestMatches(readManifest(args.out), params)) {
    const m = readManifest(args.out)!;
    console.log(`${args.out}: up to date (${m.counts.reports} reports, seed ${m.seed}); --force to generate again`);
    return;
  }
  const started = Date.now();
  let last = 0;
  const manifest = writeSet(args.out, params, (p) => {
    const now = Date.now();
    if (now - last < 1000 && p.done !== p.total) return;
    last = now;
    const rate = p.done / Math.max(0.001, (now - started) / 1000);
    const eta = Math.round((p.total - p.done) / rate);
    process.stderr.write(`\r${p.done}/${p.total} reports  ${(p.bytes / 1e6).toFixed(0)} MB  ${rate.toFixed(0)}/s  ETA ${eta}s   `);
  });
  process.stderr.write("\n");
  const c = manifest.counts;
  console.log(
    `${args.out}: ${c.reports} reports for ${c.jurisdictions} places, years ${params.years[0]}-${params.years[params.years.length - 1]} ` +
      `(${c.annual_report} annual reports, ${c.work_plan} work plans, ${c.other} other), ${c.values} labelled values, ` +
      `${(c.bytes / 1e6).toFixed(1)} MB of text (${(c.bytes / Math.max(1, c.reports) / 1000).toFixed(1)} KB a report) in ${manifest.seconds}s`,
  );
}

main();

import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getByCode } from "../gazetteer";
import { MANIFEST_FILE, type Manifest, type SynthParams } from "./manifest";
import { GENERATOR_VERSION, generateReport } from "./report";
import { selectJurisdictions } from "./select";

export interface SetProgress {
  done: number;
  total: number;
  bytes: number;
}

/** Sets written before by this tool: the province folders and the manifest, nothing else. */
function clearPrevious(out: string) {
  for (const entry of readdirSync(out, { withFileTypes: true })) {
    if ((entry.isDirectory() && /^\d{6}$/.test(entry.name)) || entry.name === MANIFEST_FILE) {
      rmSync(path.join(out, entry.name), { recursive: true, force: true });
    }
  }
}

/**
 * Generates the set and writes it as it goes (one report in memory at a time):
 * <out>/<provinceCode>/<code>-<year>.txt and .json, then <out>/manifest.json last, so a set
 * without a manifest is an unfinished one.
 */
export function writeSet(out: string, params: SynthParams, onProgress?: (p: SetProgress) => void): Manifest {
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  clearPrevious(out);
  const province = params.province ? getByCode(params.province) : undefined;
  const divisions = selectJurisdictions(params.scale, { seed: params.seed, province });
  const counts: Manifest["counts"] = { jurisdictions: divisions.length, reports: 0, annual_report: 0, work_plan: 0, other: 0, values: 0, bytes: 0, labelBytes: 0 };
  const total = divisions.length * params.years.length;
  const made = new Set<string>();
  for (const division of divisions) {
    for (const year of params.years) {
      const report = generateReport(params.seed, division, year);
      const dir = path.join(out, report.provinceCode);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const base = path.join(dir, `${report.code}-${year}`);
      const json = `${JSON.stringify(report.labels, null, 1)}\n`;
      writeFileSync(`${base}.txt`, report.text);
      writeFileSync(`${base}.json`, json);
      counts.reports++;
      counts[report.kind]++;
      counts.values += Object.keys(report.labels.indicators).length + Object.keys(report.labels.other_scope).length;
      counts.bytes += Buffer.byteLength(report.text);
      counts.labelBytes += Buffer.byteLength(json);
      onProgress?.({ done: counts.reports, total, bytes: counts.bytes });
    }
  }
  const manifest: Manifest = {
    generator: "synth",
    version: GENERATOR_VERSION,
    ...params,
    counts,
    layout: "<provinceCode>/<code>-<year>.txt + .json",
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeFileSync(path.join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

import { allDivisions, childrenOf, findByName, getByCode, type Division } from "../gazetteer";
import { hashKey } from "./random";

/**
 * Which jurisdictions a run covers. `national`: every province, city, district and county in the
 * gazetteer (development zones and divisions abolished or created since the data are left out);
 * `province`: one province with everything under it; a number N: N places chosen by the seed,
 * spread over levels and provinces.
 */
export type Scale = "national" | "province" | number;

export function reportingDivisions(): Division[] {
  return allDivisions().filter((d) => d.code && !d.devZone && d.abolished === undefined && d.since === undefined);
}

/** A province by code (11, 110000) or name (河北省, 河北); undefined when none matches. */
export function findProvince(nameOrCode: string): Division | undefined {
  const s = nameOrCode.trim();
  if (/^\d{2}(0000)?$/.test(s)) {
    const d = getByCode(s.slice(0, 2));
    return d?.level === "province" ? d : undefined;
  }
  return findByName(s).find((d) => d.level === "province");
}

function within(province: Division): Division[] {
  const out: Division[] = [province];
  const walk = (code: string) => {
    for (const child of childrenOf(code)) {
      if (!child.code || child.devZone || child.abolished !== undefined || child.since !== undefined) continue;
      out.push(child);
      walk(child.code);
    }
  };
  walk(province.code!);
  return out;
}

const LEVEL_ORDER = ["province", "city", "district", "county"] as const;

/**
 * N places: each level gets a share like the whole country's (but at least one of each when N
 * allows), and within a level the places are taken round-robin over provinces in an order fixed
 * by the seed, so a small N still spans many provinces.
 */
function spread(all: Division[], n: number, seed: string): Division[] {
  const order = (d: Division) => hashKey(seed, "pick", d.code!);
  const byLevel = LEVEL_ORDER.map((level) => all.filter((d) => d.level === level));
  const quotas = byLevel.map((ds) => Math.floor((ds.length / all.length) * n));
  const sum = () => quotas.reduce((a, b) => a + b, 0);
  for (let i = 0; i < quotas.length && sum() < n; i++) if (quotas[i] === 0 && byLevel[i].length > 0) quotas[i] = 1;
  while (sum() < n) {
    const room = quotas.map((q, i) => byLevel[i].length - q);
    quotas[room.indexOf(Math.max(...room))]++;
  }
  const chosen: Division[] = [];
  byLevel.forEach((ds, i) => {
    const byProvince = new Map<string, Division[]>();
    for (const d of [...ds].sort((a, b) => order(a) - order(b))) {
      const p = d.code!.slice(0, 2);
      byProvince.set(p, [...(byProvince.get(p) ?? []), d]);
    }
    const queues = [...byProvince.values()];
    const taken: Division[] = [];
    for (let round = 0; taken.length < quotas[i]; round++) {
      for (const q of queues) if (round < q.length && taken.length < quotas[i]) taken.push(q[round]);
    }
    chosen.push(...taken);
  });
  return chosen.sort((a, b) => a.code!.localeCompare(b.code!));
}

export function selectJurisdictions(scale: Scale, options: { seed: string; province?: Division }): Division[] {
  const all = reportingDivisions();
  if (scale === "national") return all;
  if (scale === "province") {
    const province = options.province ?? all.find((d) => d.level === "province")!;
    return within(province);
  }
  const pool = options.province ? within(options.province) : all;
  return spread(pool, Math.min(scale, pool.length), options.seed);
}

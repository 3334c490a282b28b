import Link from "next/link";
import { LEVEL_LABEL } from "@/lib/labels";
import type { JurisdictionLevel } from "@/lib/extract/types";
import type { IndicatorViewState } from "./indicator-url";

interface Props {
  indicatorKey: string;
  state: IndicatorViewState;
  provinces: { code: string; name: string }[];
  years: number[];
}

const LEVELS = Object.keys(LEVEL_LABEL) as JurisdictionLevel[];
const select = "rounded border border-stone-300 bg-white px-2 py-1";

/** A plain GET form: the filters land in the URL, and it works without JavaScript. */
export function RankingFilters({ indicatorKey, state, provinces, years }: Props) {
  return (
    // keyed by the state so that following a link (a trend year, a scope) resets the uncontrolled selects
    <form key={JSON.stringify(state)} action={`/indicators/${indicatorKey}`} method="get" className="flex flex-wrap items-end gap-3 text-sm" data-testid="ranking-filters">
      {state.scope && <input type="hidden" name="scope" value={state.scope} />}
      <label className="flex flex-col">
        省份 Province
        <select name="province" defaultValue={state.province ?? ""} className={select}>
          <option value="">全国 All</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        层级 Level
        <select name="level" defaultValue={state.level ?? ""} className={select}>
          <option value="">全部 All</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l].zh} {LEVEL_LABEL[l].en}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        年度 Year
        <select name="year" defaultValue={state.year ? String(state.year) : ""} className={select}>
          <option value="">最新 Latest</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
        筛选 Apply
      </button>
      <Link href={`/indicators/${indicatorKey}${state.scope ? `?scope=${state.scope}` : ""}`} className="self-center text-red-800 underline">
        清除 Clear
      </Link>
    </form>
  );
}

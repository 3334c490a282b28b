import Link from "next/link";
import { LevelSelect, ToleranceSelect, YearSelect } from "@/components/filters/select-fields";
import type { IndicatorViewState } from "./indicator-url";

interface Props {
  indicatorKey: string;
  state: IndicatorViewState;
  provinces: { code: string; name: string }[];
  years: number[];
}

const select = "rounded border border-stone-300 bg-white px-2 py-1";

/** A plain GET form: the filters land in the URL, and it works without JavaScript. */
export function RankingFilters({ indicatorKey, state, provinces, years }: Props) {
  return (
    // keyed by the state so that following a link (a trend year, a scope) resets the uncontrolled selects
    <form key={JSON.stringify(state)} action={`/indicators/${indicatorKey}`} method="get" className="flex flex-wrap items-end gap-3 text-sm" data-testid="ranking-filters">
      {state.scope && <input type="hidden" name="scope" value={state.scope} />}
      {state.reviewed && <input type="hidden" name="reviewed" value="1" />}
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
      <LevelSelect value={state.level} />
      <YearSelect value={state.year} years={years} />
      <ToleranceSelect value={state.tolerance} />
      <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
        筛选 Apply
      </button>
      <Link href={`/indicators/${indicatorKey}${state.scope ? `?scope=${state.scope}` : ""}`} className="self-center text-red-800 underline">
        清除 Clear
      </Link>
    </form>
  );
}

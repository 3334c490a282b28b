import { LevelSelect, ScopeSelect, YearSelect } from "@/components/filters/select-fields";
import { INDICATORS, INDICATOR_GROUPS } from "@/lib/indicators";
import type { CoverageViewState } from "./coverage-url";

const select = "rounded border border-stone-300 bg-white px-2 py-1";

/** Chooses what colours the tile map: report counts, or one indicator's median per province. */
export function MapIndicatorPicker({ state, years }: { state: CoverageViewState; years: number[] }) {
  return (
    <form key={JSON.stringify(state)} action="/coverage" method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="map-indicator-picker">
      {state.province && <input type="hidden" name="province" value={state.province} />}
      <label className="flex flex-col">
        地图着色 Colour the map by
        <select name="k" defaultValue={state.indicator ?? ""} className={`${select} max-w-[16rem]`}>
          <option value="">有报告的地区数 Places with reports</option>
          {INDICATOR_GROUPS.map((g) => (
            <optgroup key={g.id} label={`${g.zh} ${g.en}`}>
              {INDICATORS.filter((d) => d.group === g.id).map((d) => (
                <option key={d.key} value={d.key}>
                  {d.zh}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {state.indicator && (
        <>
          <YearSelect value={state.year} years={years} />
          <ScopeSelect value={state.scope} />
          <LevelSelect value={state.level} />
        </>
      )}
      <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
        显示 Show
      </button>
    </form>
  );
}

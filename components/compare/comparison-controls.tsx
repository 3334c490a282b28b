import Link from "next/link";
import { INDICATORS, INDICATOR_GROUPS } from "@/lib/indicators";
import { SCOPE_LABEL } from "@/lib/display/labels";
import { compareHref, type CompareState } from "@/lib/compare/compare-url";

const chip = (active: boolean) =>
  `rounded border px-2 py-0.5 ${active ? "border-red-800 bg-red-50 text-red-900" : "border-stone-300 bg-white hover:border-red-800"}`;

/** Tolerances offered: any year, or within 1, 2, 3 or 5 years of the newest. */
const TOLERANCES = [undefined, 1, 2, 3, 5] as const;

/**
 * Year, scope and indicator choices; each is a link or a GET form, so the URL stays the state.
 * "Latest" (no year) compares each place's most recent figure; a tolerance narrows it.
 */
export function ComparisonControls({ state, years, year }: { state: CompareState; years: number[]; year: number | null }) {
  const scopes = [
    { scope: undefined, label: "按目录 Catalogue default" },
    { scope: "area" as const, label: `${SCOPE_LABEL.area.zh} ${SCOPE_LABEL.area.en}` },
    { scope: "own" as const, label: `${SCOPE_LABEL.own.zh} ${SCOPE_LABEL.own.en}` },
  ];
  return (
    <div className="space-y-2 text-sm">
      <nav aria-label="年度 Year" className="flex flex-wrap items-center gap-2">
        <span className="text-stone-600">年度 Year:</span>
        <Link href={compareHref({ ...state, year: undefined })} className={chip(year === null)} aria-current={year === null ? "page" : undefined}>
          各地最新 Latest
        </Link>
        {years.map((y) => (
          <Link key={y} href={compareHref({ ...state, year: y })} className={chip(y === year)} aria-current={y === year ? "page" : undefined}>
            {y}
          </Link>
        ))}
      </nav>
      {year === null && (
        <nav aria-label="容差 Tolerance" className="flex flex-wrap items-center gap-2">
          <span className="text-stone-600">只比较与最新年份相差不超过 Only figures within:</span>
          {TOLERANCES.map((t) => (
            <Link
              key={t ?? "any"}
              href={compareHref({ ...state, year: undefined, tolerance: t })}
              className={chip(state.tolerance === t)}
              aria-current={state.tolerance === t ? "page" : undefined}
            >
              {t === undefined ? "不限 any year" : `${t} 年 ${t} year${t > 1 ? "s" : ""}`}
            </Link>
          ))}
        </nav>
      )}
      <nav aria-label="范围 Scope" className="flex flex-wrap items-center gap-2">
        <span className="text-stone-600">范围 Scope:</span>
        {scopes.map((s) => (
          <Link key={s.label} href={compareHref({ ...state, scope: s.scope })} className={chip(state.scope === s.scope)} aria-current={state.scope === s.scope ? "page" : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      <details className="rounded border border-stone-200 bg-white p-2" data-testid="indicator-chooser">
        <summary className="cursor-pointer">
          选择指标 Choose indicators{" "}
          <span className="text-stone-500">({state.keys.length ? `${state.keys.length} 项 chosen` : "全部有数值的 all with values"})</span>
        </summary>
        {/* keyed so that a link changing the indicators resets the uncontrolled checkboxes */}
        <form key={state.keys.join(",")} action="/compare" method="get" className="mt-2 space-y-2">
          <input type="hidden" name="j" value={state.codes.join(",")} />
          {year ? <input type="hidden" name="year" value={year} /> : state.tolerance !== undefined && <input type="hidden" name="tol" value={state.tolerance} />}
          {state.scope && <input type="hidden" name="scope" value={state.scope} />}
          {state.reviewed && <input type="hidden" name="reviewed" value="1" />}
          {INDICATOR_GROUPS.map((g) => (
            <fieldset key={g.id} className="flex flex-wrap gap-x-4 gap-y-1">
              <legend className="text-xs text-stone-500">
                {g.zh} {g.en}
              </legend>
              {INDICATORS.filter((d) => d.group === g.id).map((d) => (
                <label key={d.key} className="flex items-center gap-1">
                  <input type="checkbox" name="k" value={d.key} defaultChecked={state.keys.includes(d.key)} />
                  {d.zh}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="flex gap-3">
            <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
              应用 Apply
            </button>
            <Link href={compareHref({ ...state, keys: [] })} className="self-center text-red-800 underline">
              全部有数值的指标 All with values
            </Link>
          </div>
        </form>
      </details>
    </div>
  );
}

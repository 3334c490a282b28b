import Link from "next/link";
import type { Scope } from "@/lib/indicators";
import { SCOPE_LABEL } from "@/lib/display/labels";
import { indicatorHref, type IndicatorViewState } from "./indicator-url";

/** Area and own figures are never ranked together: this switches between the two rankings. */
export function ScopeSwitch({ indicatorKey, scope, defaultScope, counts, state }: {
  indicatorKey: string;
  scope: Scope;
  defaultScope: Scope;
  counts: Record<Scope, number>;
  state: IndicatorViewState;
}) {
  return (
    <nav aria-label="范围 Scope" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">范围 Scope:</span>
      {(["area", "own"] as const).map((s) => (
        <Link
          key={s}
          // the filters stay; the year is dropped because the other scope may have other years
          href={indicatorHref(indicatorKey, { ...state, year: undefined, scope: s === defaultScope ? undefined : s })}
          aria-current={s === scope ? "page" : undefined}
          className={`rounded border px-2 py-0.5 ${s === scope ? "border-red-800 bg-red-50 text-red-900" : "border-stone-300 bg-white hover:border-red-800"}`}
        >
          {SCOPE_LABEL[s].zh} {SCOPE_LABEL[s].en} ({counts[s]})
          {s === defaultScope && <span className="text-xs text-stone-500"> · 默认 default</span>}
        </Link>
      ))}
    </nav>
  );
}

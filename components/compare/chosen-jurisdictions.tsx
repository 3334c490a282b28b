import Link from "next/link";
import { LEVEL_LABEL } from "@/lib/display/labels";
import type { ComparedJurisdiction } from "@/lib/queries/get-comparison";
import { compareHref, type CompareState } from "@/lib/compare/compare-url";

/** The places being compared, each removable; the first is the baseline the differences refer to. */
export function ChosenJurisdictions({ jurisdictions, state }: { jurisdictions: ComparedJurisdiction[]; state: CompareState }) {
  if (jurisdictions.length === 0) return null;
  return (
    <ul aria-label="已选地区 Chosen jurisdictions" className="flex flex-wrap gap-2 text-sm" data-testid="chosen-jurisdictions">
      {jurisdictions.map((j, i) => {
        const others = state.codes.filter((c) => c !== j.code);
        return (
          <li key={j.code} className="flex items-center gap-1 rounded border border-stone-300 bg-white px-2 py-1">
            <Link href={`/jurisdictions/${j.code}`} className="text-red-800 hover:underline">
              {j.name}
            </Link>
            <span className="text-xs text-stone-500">
              {LEVEL_LABEL[j.level].zh} · {j.years.join(", ") || "无报告 no reports"}
            </span>
            {i === 0 ? (
              <span className="rounded bg-stone-100 px-1 text-xs text-stone-600">基准 baseline</span>
            ) : (
              <Link href={compareHref({ ...state, codes: [j.code, ...others] })} className="text-xs text-stone-500 underline" aria-label={`设为基准 Make ${j.name} the baseline`}>
                设为基准
              </Link>
            )}
            <Link href={compareHref({ ...state, codes: others })} className="px-1 text-stone-500 hover:text-red-800" aria-label={`移除 Remove ${j.name}`}>
              ×
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

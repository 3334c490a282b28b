import Link from "next/link";
import { LEVEL_LABEL } from "@/lib/display/labels";
import type { PlaceOption } from "@/lib/search/search-places";

/** Places of the gazetteer the search found that have no report yet: each leads to its page, which says so and where to go. */
export function GazetteerMatches({ places }: { places: PlaceOption[] }) {
  if (places.length === 0) return null;
  return (
    <div className="mt-4" data-testid="places-without-reports">
      <h3 className="mb-1 text-sm font-semibold">
        暂无报告的地区 <span className="font-normal text-stone-500">Places without reports yet</span>
      </h3>
      <ul className="flex flex-wrap gap-2 text-sm">
        {places.map((p) => (
          <li key={p.code}>
            <Link href={`/jurisdictions/${p.code}`} className="inline-block rounded border border-stone-300 bg-white px-2 py-1 hover:border-red-800">
              {p.name}
              <span className="ml-1 text-xs text-stone-500">
                {[...p.parents.slice(-1), LEVEL_LABEL[p.level].zh].join(" · ")}
                {p.abolished ? ` · ${p.abolished}年撤销 abolished` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

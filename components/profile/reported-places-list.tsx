import Link from "next/link";
import { LEVEL_LABEL } from "@/lib/display/labels";
import type { RelativePlace } from "@/lib/queries/get-reported-relatives";

/** Places with reports as links, each with its level and how many reports it has. */
export function ReportedPlacesList({ places, testId }: { places: RelativePlace[]; testId?: string }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm" data-testid={testId}>
      {places.map((p) => (
        <li key={p.code}>
          <Link href={`/jurisdictions/${p.code}`} className="inline-block rounded border border-stone-300 bg-white px-2 py-1 hover:border-red-800">
            {p.name}
            <span className="ml-1 text-xs text-stone-500">
              {LEVEL_LABEL[p.level].zh} · {p.reportCount} 份报告 reports
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

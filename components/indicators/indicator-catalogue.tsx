import Link from "next/link";
import { DEFINITIONS } from "@/lib/indicators/definitions";
import { INDICATORS, INDICATOR_GROUPS } from "@/lib/indicators";
import { SCOPE_LABEL } from "@/lib/display/labels";

/** The catalogue by group, each indicator linking to its ranking. */
export function IndicatorCatalogue() {
  return (
    <div className="space-y-5">
      {INDICATOR_GROUPS.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`} className="mb-2 text-lg font-semibold">
            {g.zh} <span className="text-sm font-normal text-stone-500">{g.en}</span>
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {INDICATORS.filter((d) => d.group === g.id).map((d) => (
              <li key={d.key} className="rounded border border-stone-200 bg-white p-2 text-sm">
                <Link href={`/indicators/${d.key}`} className="font-medium text-red-800 hover:underline">
                  {d.zh}
                </Link>
                <span className="block text-xs text-stone-500">{d.en}</span>
                <span className="mt-1 block text-xs text-stone-700">{DEFINITIONS[d.key]?.counts.zh}</span>
                <span className="block text-xs text-stone-400">
                  {d.unit} · {SCOPE_LABEL[d.defaultScope].zh} {SCOPE_LABEL[d.defaultScope].en} · <code>{d.key}</code>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import Link from "next/link";
import { compareHref, type CompareState } from "@/lib/compare/compare-url";

/** With one place chosen, its siblings with reports are the natural second: one click each. */
export function SuggestedPlaces({ places, state }: { places: { code: string; name: string }[]; state: CompareState }) {
  if (places.length === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="suggested-places">
      <span className="text-stone-600">同级地区 Siblings with reports:</span>
      {places.map((p) => (
        <Link key={p.code} href={compareHref({ ...state, codes: [...state.codes, p.code] })} className="rounded border border-stone-300 bg-white px-2 py-0.5 hover:border-red-800">
          + {p.name}
        </Link>
      ))}
    </p>
  );
}

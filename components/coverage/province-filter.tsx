import Link from "next/link";
import { PROVINCE_TILES } from "./province-tiles";

const BY_CODE = [...PROVINCE_TILES].sort((a, b) => a.code.localeCompare(b.code));

/** A GET form, so the chosen province is in the URL and the page works without JavaScript. */
interface Props {
  selected: string | null;
  counts: Record<string, number>;
  /** the map settings ("&k=…&year=…") to keep when the province changes */
  keep?: string;
}

export function ProvinceFilter({ selected, counts, keep = "" }: Props) {
  return (
    // keyed by the choice: a link to another province re-renders this form, and an uncontrolled
    // <select> would otherwise keep showing the old defaultValue
    <form key={selected ?? "all"} action="/coverage" method="get" className="flex flex-wrap items-end gap-2 text-sm" data-testid="province-filter">
      {[...new URLSearchParams(keep.slice(1))].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col">
        省份 Province
        <select name="province" defaultValue={selected ?? ""} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">全国 All</option>
          {BY_CODE.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name} ({counts[p.code] ?? 0})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
        筛选 Apply
      </button>
      {selected && (
        <Link href={`/coverage${keep ? `?${keep.slice(1)}` : ""}`} className="self-center text-red-800 underline">
          全国 Show all
        </Link>
      )}
    </form>
  );
}

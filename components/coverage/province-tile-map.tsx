import Link from "next/link";
import { PROVINCE_TILES } from "./province-tiles";

/** Four shades by share of the busiest province; 0 stays plain so "none" never looks like "few". */
function shade(count: number, max: number): string {
  if (count === 0) return "bg-stone-100 text-stone-400";
  const share = count / max;
  if (share > 0.75) return "bg-red-800 text-white";
  if (share > 0.5) return "bg-red-600 text-white";
  if (share > 0.25) return "bg-red-300 text-red-950";
  return "bg-red-100 text-red-950";
}

/** Each provincial unit as a tile with its number of jurisdictions that have reports. */
export function ProvinceTileMap({ counts, selected }: { counts: Record<string, number>; selected: string | null }) {
  const max = Math.max(1, ...Object.values(counts));
  return (
    <figure className="w-full max-w-md">
      <nav aria-label="省份 Provinces" data-testid="province-tiles">
        <ul className="grid grid-cols-8 gap-1" style={{ gridTemplateRows: "repeat(8, minmax(0, 1fr))" }}>
          {PROVINCE_TILES.map((t) => {
            const n = counts[t.code] ?? 0;
            const tile = `flex aspect-square flex-col items-center justify-center rounded text-[11px] leading-tight sm:text-xs ${shade(n, max)} ${
              t.code === selected ? "ring-2 ring-stone-900 ring-offset-1" : ""
            }`;
            const label = (
              <>
                <span>{t.short}</span>
                <span className="font-semibold tabular-nums">{n}</span>
              </>
            );
            return (
              <li key={t.code} style={{ gridRow: t.row + 1, gridColumn: t.col + 1 }}>
                {n > 0 ? (
                  <Link
                    href={`/coverage?province=${t.code}`}
                    className={`${tile} hover:ring-2 hover:ring-red-900`}
                    aria-label={`${t.name}:${n} 个地区有报告 ${n} jurisdictions with reports`}
                    aria-current={t.code === selected ? "page" : undefined}
                  >
                    {label}
                  </Link>
                ) : (
                  <span className={tile} title={`${t.name}:暂无报告 no reports`}>
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      <figcaption className="mt-1 text-xs text-stone-500">
        各省有报告的地区数(示意图,非地图边界)Jurisdictions with reports per province (a tile grid, not a map)
      </figcaption>
    </figure>
  );
}

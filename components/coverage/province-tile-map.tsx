import Link from "next/link";
import { PROVINCE_TILES } from "./province-tiles";

export interface ProvinceTileDatum {
  value: number;
  /** the figure as printed on the tile */
  display: string;
  /** what the figure is, for screen readers and the tooltip */
  description: string;
}

const SHADES = ["bg-red-100 text-red-950", "bg-red-300 text-red-950", "bg-red-600 text-white", "bg-red-800 text-white"];

/**
 * Four shades. Counts are shaded by share of the largest, so 0 (no tile datum) stays plain and
 * "none" never looks like "few"; an indicator's medians by where they sit between the lowest and
 * the highest province.
 */
function shade(value: number, min: number, max: number, fromZero: boolean): string {
  const low = fromZero ? 0 : min;
  const share = max === low ? 1 : (value - low) / (max - low);
  return SHADES[Math.min(3, Math.floor(share * 4))];
}

interface Props {
  tiles: Record<string, ProvinceTileDatum>;
  selected: string | null;
  /** counts shade from zero; indicator medians across their own range */
  scale: "count" | "range";
  caption: string;
  /** extra query parameters kept when a tile is followed (e.g. the chosen indicator) */
  keep?: string;
}

/** Each provincial unit as a tile with its figure, on a fixed grid roughly where it lies. */
export function ProvinceTileMap({ tiles, selected, scale, caption, keep = "" }: Props) {
  const values = Object.values(tiles).map((t) => t.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (
    <figure className="w-full max-w-md">
      <nav aria-label="省份 Provinces" data-testid="province-tiles">
        <ul className="grid grid-cols-8 gap-1" style={{ gridTemplateRows: "repeat(8, minmax(0, 1fr))" }}>
          {PROVINCE_TILES.map((t) => {
            const d = tiles[t.code];
            const tile = `flex aspect-square flex-col items-center justify-center rounded text-[11px] leading-tight sm:text-xs ${
              d ? shade(d.value, min, max, scale === "count") : "bg-stone-100 text-stone-400"
            } ${t.code === selected ? "ring-2 ring-stone-900 ring-offset-1" : ""}`;
            const label = (
              <>
                <span>{t.short}</span>
                <span className="font-semibold tabular-nums">{d ? d.display : scale === "count" ? "0" : "—"}</span>
              </>
            );
            return (
              <li key={t.code} style={{ gridRow: t.row + 1, gridColumn: t.col + 1 }}>
                {d ? (
                  <Link
                    href={`/coverage?province=${t.code}${keep}`}
                    className={`${tile} hover:ring-2 hover:ring-red-900`}
                    // the visible short name and figure inside the name, so a voice command naming them finds the tile
                    aria-label={`${t.name}:${d.description} · ${t.short} ${d.display}`}
                    title={`${t.name}:${d.description}`}
                    aria-current={t.code === selected ? "page" : undefined}
                  >
                    {label}
                  </Link>
                ) : (
                  <span className={tile} title={`${t.name}:暂无数据 no data`}>
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      {values.length > 0 && (
        <p className="mt-1 flex items-center gap-1 text-xs text-stone-600" data-testid="tile-legend">
          <span>{scale === "count" ? "少 few" : "低 low"}</span>
          {SHADES.map((c) => (
            <span key={c} className={`inline-block h-3 w-5 rounded-sm ${c}`} aria-hidden />
          ))}
          <span>{scale === "count" ? "多 many" : "高 high"}</span>
          <span className="ml-2 inline-block h-3 w-5 rounded-sm bg-stone-100" aria-hidden />
          <span>无数据 no data</span>
        </p>
      )}
      <figcaption className="mt-1 text-xs text-stone-500">{caption}</figcaption>
    </figure>
  );
}

"use client";

/** A place with reports as the overview's table shows it. */
export interface PlaceRow {
  code: string;
  name: string;
  /** its level, in Chinese */
  level: string;
  /** its parents' names, joined */
  parents: string;
  /** its report years, joined */
  years: string;
}

// Cell styles set once on the table, not on each of up to 200 rows.
const TABLE_STYLE =
  "w-full border-collapse bg-white text-sm shadow-sm [&_th]:p-2 [&_td]:p-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200 " +
  "[&_td_a]:text-red-800 [&_td_a]:underline [&_td_a]:decoration-1 [&_td_a]:underline-offset-2 [&_small]:ml-2 [&_small]:font-mono " +
  "[&_small]:text-xs [&_small]:text-stone-400 [&_td:nth-child(3)]:text-stone-600";

/**
 * The places with reports (up to 200), drawn from plain data in the browser's component with plain
 * links: as server markup, with a client-side Link each, every row crossed twice (the HTML and the
 * React payload) and was most of the overview's weight.
 */
export function PlacesTable({ places }: { places: PlaceRow[] }) {
  return (
    <table className={TABLE_STYLE}>
      <thead className="bg-stone-100 text-left">
        <tr>
          <th>行政区划 Jurisdiction</th>
          <th>层级 Level</th>
          <th>上级 Parents</th>
          <th>报告年度 Years</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={p.code}>
            <td>
              <a href={`/jurisdictions/${p.code}`}>{p.name}</a>
              <small>{p.code}</small>
            </td>
            <td>{p.level}</td>
            <td>{p.parents}</td>
            <td>{p.years}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

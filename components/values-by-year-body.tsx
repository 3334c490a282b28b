"use client";

import { DefinedTerm } from "./indicators/defined-term";
import { CorrectionNote } from "./review/correction-note";

/** A figure of the year × indicator table as the browser gets it: formatted, with its sentence. */
export interface YearFigure {
  id: number;
  reportId: number;
  /** as shown: unit, 约, * when derived */
  text: string;
  /** the sentence it came from: the link's tooltip */
  evidence: string;
  unreviewed?: true;
  /** a person corrected it: what CorrectionNote says */
  correction?: { original: number; value: number; unit: string; by: string | null; at: string | Date | null };
}

export interface YearRow {
  id: string;
  key: string;
  zh: string;
  en: string;
  scopeZh: string;
  /** one per year of the table; null: not reported */
  figures: (YearFigure | null)[];
}

/**
 * The rows of a profile's year × indicator table, rendered from plain data in the browser's
 * component: as server markup each of ~300 cells crossed twice (the HTML and the React payload).
 */
export function ValuesByYearBody({ rows, years }: { rows: YearRow[]; years: number[] }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            <DefinedTerm indicatorKey={r.key}>{r.zh}</DefinedTerm>
            <small>{r.en}</small>
          </th>
          <td className="scope">{r.scopeZh}</td>
          {r.figures.map((v, i) =>
            v ? (
              <td key={years[i]}>
                <a href={`/reports/${v.reportId}#value-${v.id}`} title={v.evidence} className={v.unreviewed ? "unreviewed" : undefined}>
                  {v.text}
                </a>
                {v.correction && <CorrectionNote {...v.correction} />}
              </td>
            ) : (
              // most cells of a decade's table: the lightest markup that still says what "—" means
              <td key={years[i]} aria-label="未报告 not reported">
                —
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}

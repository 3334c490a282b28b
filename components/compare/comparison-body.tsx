"use client";

import Link from "next/link";
import { DefinedTerm } from "../indicators/defined-term";

/** A figure as the browser gets it: formatted, with what its link and marks need. */
export interface CellFigure {
  id: number;
  reportId: number;
  /** as shown: unit, 约, * when derived */
  text: string;
  year: number;
  unreviewed?: true;
}

export interface BodyCell {
  value?: CellFigure;
  /** the difference to the baseline place, formatted */
  difference?: string;
  /** the baseline's year, when it differs from this figure's */
  baseYear?: number;
  tooOld?: CellFigure;
  otherScope?: CellFigure;
}

export interface BodyRow {
  key: string;
  /** the indicator's ranking at this scope (and year) */
  href: string;
  zh: string;
  en: string;
  scopeZh: string;
  /** the other scope's name, for a place that gives only that one */
  otherScopeZh: string;
  cells: BodyCell[];
}

/** A figure linked to its sentence (a plain link: up to 224 of them); with latest figures, its year beside it. */
function Figure({ v, withYear }: { v: CellFigure; withYear: boolean }) {
  return (
    <>
      <a href={`/reports/${v.reportId}#value-${v.id}`} className={v.unreviewed ? "unreviewed" : undefined}>
        {v.text}
      </a>
      {withYear && <small>({v.year})</small>}
    </>
  );
}

/**
 * The comparison's rows, rendered from plain data in the browser's component: as server markup
 * each of up to 28 × 8 cells crossed twice (the HTML and the React payload, ~3.6 KB a row of the
 * latter); as data, once, at about a quarter of that.
 */
export function ComparisonBody({ rows, latest, codes }: { rows: BodyRow[]; latest: boolean; codes: string[] }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">
            <Link href={row.href}>
              <DefinedTerm indicatorKey={row.key}>{row.zh}</DefinedTerm>
            </Link>
            <span className="block text-xs text-stone-500">{row.en}</span>
          </th>
          <td>{row.scopeZh}</td>
          {row.cells.map((cell, i) => (
            <td key={codes[i]} className="num">
              {cell.value ? (
                <>
                  <Figure v={cell.value} withYear={latest} />
                  {cell.difference && (
                    <span className="note" data-testid="difference">
                      {cell.difference}
                      {cell.baseYear !== undefined && (
                        <span className="mark" data-testid="years-differ">
                          年度不同 years differ: {cell.value.year} / {cell.baseYear}
                        </span>
                      )}
                    </span>
                  )}
                </>
              ) : (
                <span className="none" aria-label="未报告 not reported">
                  —
                </span>
              )}
              {cell.tooOld && (
                <span className="mark" data-testid="too-old">
                  超出容差 older than the tolerance: <Figure v={cell.tooOld} withYear />
                </span>
              )}
              {cell.otherScope && (
                <span className="mark" data-testid="other-scope">
                  仅{row.otherScopeZh}:<Figure v={cell.otherScope} withYear={latest} />
                  <span className="sr-only"> (other scope, not compared)</span>
                </span>
              )}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

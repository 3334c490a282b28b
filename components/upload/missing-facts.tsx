"use client";

import { useState } from "react";
import { PlacePicker, placeLabel } from "../review/place-picker";
import type { UploadNeeds } from "./upload-with-progress";

/**
 * A file whose place or year the extractor could not tell is not lost: the person gives what is
 * missing here, in the file's row, and the same file is stored with it.
 */
export function MissingFacts({ needs, busy, onStore }: { needs: UploadNeeds; busy: boolean; onStore: (given: { jurisdictionCode?: string; year?: number }) => void }) {
  const wantsPlace = needs.needs.includes("jurisdictionCode");
  const wantsYear = needs.needs.includes("year");
  const [place, setPlace] = useState<{ code: string; label: string } | null>(null);
  const [year, setYear] = useState("");
  const yearValue = Number(year);
  const yearOk = !wantsYear || (Number.isInteger(yearValue) && yearValue >= 1990 && yearValue <= 2100);
  const ready = (!wantsPlace || place !== null) && yearOk;

  return (
    <div className="mt-2 space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="missing-facts">
      <p>
        {wantsPlace && (needs.candidates.length ? "这份报告可能属于几个同名地区:请选择。The report may be about one of several places of this name: choose it. " : "提取器看不出这份报告属于哪个地区:请选择。The extractor could not tell which place the report is about: choose it. ")}
        {wantsYear && "看不出报告年度:请填写。Its year could not be told: give it."}
      </p>
      {wantsPlace &&
        (place ? (
          <p>
            地区 Place: <strong data-testid="chosen-place">{place.label}</strong>{" "}
            <button type="button" className="text-xs underline" onClick={() => setPlace(null)}>
              重选 Choose again
            </button>
          </p>
        ) : (
          <PlacePicker candidates={needs.candidates} onPick={(p) => setPlace({ code: p.code, label: placeLabel(p) })} />
        ))}
      {wantsYear && (
        <label className="block">
          <span className="block text-xs text-stone-600">报告年度 Year the report is about</span>
          <input type="number" value={year} onChange={(e) => setYear(e.target.value)} min={1990} max={2100} className="w-24 rounded border border-stone-300 px-2 py-1" />
        </label>
      )}
      <button
        type="button"
        disabled={!ready || busy}
        onClick={() => onStore({ ...(place ? { jurisdictionCode: place.code } : {}), ...(wantsYear ? { year: yearValue } : {}) })}
        className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-40"
      >
        按此保存 Store it so
      </button>
    </div>
  );
}

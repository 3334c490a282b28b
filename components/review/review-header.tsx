"use client";

import { useState } from "react";
import { PlacePicker } from "./place-picker";
import { KIND_OPTIONS } from "./review-labels";
import type { ReviewDraft, ReviewReport } from "./review-draft";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** The report's place (which can be moved), year and kind, and whether a person has reviewed it. */
export function ReviewHeader({ report, draft, update, locked, yearError }: {
  report: ReviewReport;
  draft: ReviewDraft;
  update: (change: (d: ReviewDraft) => ReviewDraft) => void;
  locked: boolean;
  yearError?: string;
}) {
  const [moving, setMoving] = useState(false);
  const parents = report.jurisdiction.parents.map((p) => p.name).reverse().join(" · ");
  const yearErrorId = `review-${report.id}-year-error`;
  return (
    <div className="space-y-2">
      <p data-testid="review-status" className={report.reviewedAt ? "text-green-800" : "text-amber-800"}>
        {report.reviewedAt
          ? `已审核 Reviewed · ${report.reviewedBy ?? ""} · ${when(report.reviewedAt)}`
          : "待审核:还没有人审核这份报告 Unreviewed: no person has reviewed this report yet"}
      </p>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <span className="block text-xs text-stone-500">行政区划 Jurisdiction</span>
          <span className="font-medium" data-testid="review-place">
            {report.jurisdiction.name}
          </span>{" "}
          <span className="text-stone-500">{parents}</span>{" "}
          <span className="font-mono text-xs text-stone-400">{report.jurisdiction.code}</span>
          {draft.place && draft.place.code !== report.jurisdiction.code ? (
            <span className="ml-2 text-sky-800" data-testid="review-move">
              → {draft.place.name} {draft.place.code}(保存后移动 moves on save){" "}
              <button type="button" className="underline" onClick={() => update((d) => ({ ...d, place: null }))} disabled={locked}>
                撤销 Undo
              </button>
            </span>
          ) : (
            <button type="button" className="ml-2 text-xs text-red-800 underline" onClick={() => setMoving((m) => !m)} disabled={locked} aria-expanded={moving}>
              更改地区 Move to another place
            </button>
          )}
        </div>
        <label>
          <span className="block text-xs text-stone-500">年度 Year</span>
          <input
            type="number"
            value={draft.year}
            onChange={(e) => update((d) => ({ ...d, year: e.target.value }))}
            aria-invalid={yearError ? true : undefined}
            aria-describedby={yearError ? yearErrorId : undefined}
            className="w-24 rounded border border-stone-300 px-2 py-1 aria-[invalid]:border-red-700"
            disabled={locked}
          />
          {yearError && (
            <span id={yearErrorId} className="block text-xs text-red-700">
              {yearError}
            </span>
          )}
        </label>
        <label>
          <span className="block text-xs text-stone-500">类型 Kind</span>
          <select value={draft.kind} onChange={(e) => update((d) => ({ ...d, kind: e.target.value as ReviewDraft["kind"] }))} className="rounded border border-stone-300 px-2 py-1" disabled={locked}>
            {KIND_OPTIONS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {moving && !draft.place && (
        <PlacePicker
          autoFocus
          label="移到哪个地区 Move the report to which place"
          onPick={(p) => {
            update((d) => ({ ...d, place: { code: p.code, name: p.name } }));
            setMoving(false);
          }}
        />
      )}
    </div>
  );
}

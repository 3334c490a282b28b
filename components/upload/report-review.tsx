"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { EvidenceSentence } from "../evidence-sentence";
import { INDICATOR_LABELS, KIND_OPTIONS, SCOPE_LABELS } from "./review-labels";
import { reviewChanges, type ReviewReport } from "./review-changes";

async function loadReport(reportId: number): Promise<ReviewReport> {
  const res = await fetch(`/api/reports/${reportId}`);
  const body = await res.json().catch(() => null);
  if (!res.ok || !body?.report) throw new Error(body?.error?.message ?? `读取失败 Could not load the report (${res.status})`);
  return body.report as ReviewReport;
}

/**
 * Review one stored report: fix year, kind, wrong values or remove them, then save. A save is one
 * request (PATCH /api/reports/:id) that the server applies whole or not at all, so after a
 * failure nothing is half-done and Save can simply be pressed again.
 */
export function ReportReview({ reportId, created }: { reportId: number; created: boolean }) {
  const [report, setReport] = useState<ReviewReport | null>(null);
  const [year, setYear] = useState("");
  const [kind, setKind] = useState<ReviewReport["kind"]>("annual_report");
  const [edits, setEdits] = useState<Record<number, string>>({});
  const [removed, setRemoved] = useState<Set<number>>(new Set());
  const [state, setState] = useState<"editing" | "saving" | "saved">("editing");
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);

  const show = useCallback((loaded: ReviewReport) => {
    setReport(loaded);
    setYear(String(loaded.year));
    setKind(loaded.kind);
    setLoadError(null);
  }, []);

  useEffect(() => {
    let cancelled = false;
    loadReport(reportId)
      .then((loaded) => !cancelled && show(loaded))
      .catch((e: Error) => !cancelled && setLoadError(e.message));
    return () => {
      cancelled = true;
    };
  }, [reportId, show]);

  if (loadError) {
    return (
      <p role="alert" className="mt-2 text-sm text-red-700">
        {loadError}{" "}
        <button type="button" className="underline" onClick={() => loadReport(reportId).then(show, (e: Error) => setLoadError(e.message))}>
          重试 Retry
        </button>
      </p>
    );
  }
  if (!report) return <p className="mt-2 text-sm text-stone-500">读取中… Loading…</p>;

  async function save() {
    if (!report) return;
    setError(null);
    const checked = reviewChanges(report, { year, kind, edits, removed });
    setFieldErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    if (!checked.body) {
      setState("saved");
      return;
    }
    setState("saving");
    try {
      const res = await fetch(`/api/reports/${report.id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(checked.body),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        setError({ message: body?.error?.message ?? `保存失败 Could not save (${res.status})`, stale: res.status === 409 });
        setState("editing");
        return;
      }
      if (body?.report) show(body.report);
      setEdits({});
      setRemoved(new Set());
      setState("saved");
    } catch {
      setError({ message: "网络错误,未能保存,请重试。Network error: nothing was saved; try again.", stale: false });
      setState("editing");
    }
  }

  /** After a 409: what is stored now; the person's changes to what nobody else touched are kept. */
  async function reload() {
    if (!report) return;
    const before = report;
    try {
      const fresh = await loadReport(report.id);
      const unchanged = (id: number) => fresh.values.find((v) => v.id === id)?.value === before.values.find((v) => v.id === id)?.value;
      setEdits((all) => Object.fromEntries(Object.entries(all).filter(([id]) => unchanged(Number(id)))));
      setRemoved((all) => new Set([...all].filter(unchanged)));
      setReport(fresh);
      if (fresh.year !== before.year) setYear(String(fresh.year));
      if (fresh.kind !== before.kind) setKind(fresh.kind);
      setError(null);
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : String(e), stale: true });
    }
  }

  const parents = report.jurisdiction.parents.map((p) => p.name).reverse().join(" · ");
  const locked = state !== "editing";
  return (
    <div className="mt-3 space-y-3 text-sm" data-testid="report-review">
      {!created && <p className="text-amber-700">这份报告已经存在,未重复保存。This report was already stored; nothing was duplicated.</p>}
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <span className="block text-xs text-stone-500">行政区划 Jurisdiction</span>
          <span className="font-medium">{report.jurisdiction.name}</span> <span className="text-stone-500">{parents}</span>
        </div>
        <label>
          <span className="block text-xs text-stone-500">年度 Year</span>
          <input
            type="number"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            aria-invalid={fieldErrors.year ? true : undefined}
            aria-describedby={fieldErrors.year ? `review-${report.id}-year-error` : undefined}
            className="w-24 rounded border border-stone-300 px-2 py-1 aria-[invalid]:border-red-700"
            disabled={locked}
          />
          {fieldErrors.year && (
            <span id={`review-${report.id}-year-error`} className="block text-xs text-red-700">
              {fieldErrors.year}
            </span>
          )}
        </label>
        <label>
          <span className="block text-xs text-stone-500">类型 Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ReviewReport["kind"])} className="rounded border border-stone-300 px-2 py-1" disabled={locked}>
            {KIND_OPTIONS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {report.warnings.length > 0 && (
        <ul className="rounded border border-amber-300 bg-amber-50 p-2">
          {report.warnings.map((w, i) => (
            <li key={i}>⚠ {w.message}</li>
          ))}
        </ul>
      )}
      <table className="w-full border-collapse" data-testid="review-values">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="p-1">指标 Indicator</th>
            <th className="p-1">数值 Value</th>
            <th className="p-1">原文 Evidence</th>
            <th className="p-1" />
          </tr>
        </thead>
        <tbody>
          {report.values.map((v) => {
            const fieldError = fieldErrors[v.id];
            const errorId = `review-value-${v.id}-error`;
            return (
              <tr key={v.id} className={`border-t border-stone-200 ${removed.has(v.id) ? "opacity-40 line-through" : ""}`}>
                <td className="p-1">
                  {INDICATOR_LABELS[v.key] ?? v.key}
                  <span className="block text-xs text-stone-500">{SCOPE_LABELS[v.scope]}</span>
                </td>
                <td className="p-1">
                  <input
                    aria-label={`${INDICATOR_LABELS[v.key] ?? v.key} 数值 value`}
                    type="number"
                    step="any"
                    min={0}
                    value={edits[v.id] ?? String(v.value)}
                    onChange={(e) => setEdits({ ...edits, [v.id]: e.target.value })}
                    disabled={locked || removed.has(v.id)}
                    aria-invalid={fieldError ? true : undefined}
                    aria-describedby={fieldError ? errorId : undefined}
                    className="w-24 rounded border border-stone-300 px-1 aria-[invalid]:border-red-700"
                  />{" "}
                  {v.unit}
                  {v.approx ? " 约" : ""}
                  {fieldError && (
                    <span id={errorId} className="block text-xs text-red-700" data-testid="review-field-error">
                      {fieldError}
                    </span>
                  )}
                </td>
                <td className="p-1">
                  <EvidenceSentence evidence={v.evidence} value={v.value} />
                </td>
                <td className="p-1">
                  <button
                    type="button"
                    disabled={locked}
                    onClick={() => setRemoved((s) => new Set(s.has(v.id) ? [...s].filter((x) => x !== v.id) : [...s, v.id]))}
                    className="text-xs text-red-800 underline"
                  >
                    {removed.has(v.id) ? "恢复 Keep" : "删除 Remove"}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {Object.keys(fieldErrors).length > 0 && (
        <p role="alert" className="text-red-700">
          请先改正标红的字段;没有保存任何内容。Correct the fields marked in red first; nothing was saved.
        </p>
      )}
      {error && (
        <p role="alert" className="text-red-700" data-testid="review-error">
          {error.message} 没有保存任何更改。None of the changes was saved.{" "}
          {error.stale && (
            <button type="button" onClick={reload} className="underline">
              重新读取当前数值 Reload the stored values
            </button>
          )}
        </p>
      )}
      {state === "saved" ? (
        <p className="space-x-4" data-testid="review-saved">
          <span className="text-green-800">已保存 Saved ✓</span>
          <Link href={`/reports/${report.id}`} className="text-red-800 underline">
            查看报告 View report
          </Link>
          <Link href={`/jurisdictions/${report.jurisdiction.code}`} className="text-red-800 underline">
            {report.jurisdiction.name} 概况 Profile
          </Link>
        </p>
      ) : (
        <button type="button" onClick={save} disabled={state === "saving"} className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-50">
          保存 Save
        </button>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { EvidenceSentence } from "../evidence-sentence";
import { INDICATOR_LABELS, KIND_OPTIONS, SCOPE_LABELS } from "./review-labels";

interface ReviewValue {
  id: number;
  key: string;
  scope: "area" | "own";
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  evidence: string;
}

interface ReviewReport {
  id: number;
  year: number;
  kind: "annual_report" | "work_plan" | "other";
  title: string | null;
  warnings: { message: string }[];
  jurisdiction: { code: string; name: string; parents: { name: string }[] };
  values: ReviewValue[];
}

async function send(url: string, method: string, body?: unknown) {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) {
    const json = await res.json().catch(() => null);
    throw new Error(json?.error?.message ?? `${method} ${url}: ${res.status}`);
  }
}

/** Review one stored report: fix year, kind, wrong values or remove them, then save. */
export function ReportReview({ reportId, created }: { reportId: number; created: boolean }) {
  const [report, setReport] = useState<ReviewReport | null>(null);
  const [year, setYear] = useState<number>(0);
  const [kind, setKind] = useState<ReviewReport["kind"]>("annual_report");
  const [edits, setEdits] = useState<Record<number, string>>({});
  const [removed, setRemoved] = useState<Set<number>>(new Set());
  const [state, setState] = useState<"editing" | "saving" | "saved">("editing");
  const [error, setError] = useState<string | null>(null);

  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/reports/${reportId}`)
      .then(async (r) => {
        const body = await r.json().catch(() => null);
        if (!r.ok || !body?.report) throw new Error(body?.error?.message ?? `读取失败 Could not load the report (${r.status})`);
        return body.report as ReviewReport;
      })
      .then((loaded) => {
        if (cancelled) return;
        setReport(loaded);
        setYear(loaded.year);
        setKind(loaded.kind);
        setLoadError(null);
      })
      .catch((e: Error) => !cancelled && setLoadError(e.message));
    return () => {
      cancelled = true;
    };
  }, [reportId, attempt]);

  if (loadError) {
    return (
      <p role="alert" className="mt-2 text-sm text-red-700">
        {loadError}{" "}
        <button type="button" className="underline" onClick={() => setAttempt((a) => a + 1)}>
          重试 Retry
        </button>
      </p>
    );
  }
  if (!report) return <p className="mt-2 text-sm text-stone-500">读取中… Loading…</p>;

  async function save() {
    if (!report) return;
    setState("saving");
    setError(null);
    try {
      if (year !== report.year || kind !== report.kind) await send(`/api/reports/${report.id}`, "PATCH", { year, kind });
      for (const v of report.values) {
        if (removed.has(v.id)) await send(`/api/values/${v.id}`, "DELETE");
        else if (edits[v.id] !== undefined && Number(edits[v.id]) !== v.value) {
          await send(`/api/values/${v.id}`, "PATCH", { value: Number(edits[v.id]), expectedValue: v.value });
        }
      }
      setState("saved");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState("editing");
    }
  }

  const parents = report.jurisdiction.parents.map((p) => p.name).reverse().join(" · ");
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
          <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} className="w-24 rounded border border-stone-300 px-2 py-1" disabled={state === "saved"} />
        </label>
        <label>
          <span className="block text-xs text-stone-500">类型 Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ReviewReport["kind"])} className="rounded border border-stone-300 px-2 py-1" disabled={state === "saved"}>
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
          {report.values.map((v) => (
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
                  value={edits[v.id] ?? String(v.value)}
                  onChange={(e) => setEdits({ ...edits, [v.id]: e.target.value })}
                  disabled={state === "saved" || removed.has(v.id)}
                  className="w-24 rounded border border-stone-300 px-1"
                />{" "}
                {v.unit}
                {v.approx ? " 约" : ""}
              </td>
              <td className="p-1">
                <EvidenceSentence evidence={v.evidence} value={v.value} />
              </td>
              <td className="p-1">
                <button
                  type="button"
                  disabled={state === "saved"}
                  onClick={() => setRemoved((s) => new Set(s.has(v.id) ? [...s].filter((x) => x !== v.id) : [...s, v.id]))}
                  className="text-xs text-red-800 underline"
                >
                  {removed.has(v.id) ? "恢复 Keep" : "删除 Remove"}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
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

"use client";

import { getIndicator, type Scope } from "@/lib/indicators";
import { formatValue } from "@/lib/display/labels";
import { turnedDownReason } from "@/lib/review/turned-down-reasons";
import { EvidenceSentence } from "../evidence-sentence";
import { CorrectionNote } from "./correction-note";
import { INDICATOR_LABELS, SCOPE_LABELS } from "./review-labels";
import type { PendingAdd, ReviewDraft, ReviewReport, ReviewValue } from "./review-draft";

const ORIGIN_MARK: Record<string, string> = {
  turned_down: "采用的未采用数字 accepted turned-down figure",
  conflict: "从矛盾数字中选定 chosen among conflicting figures",
  selection: "从原文选取 selected in the text",
};

interface Props {
  report: ReviewReport;
  draft: ReviewDraft;
  locked: boolean;
  fieldErrors: Record<string, string>;
  /** item index of each row, for the keyboard focus */
  itemOf: (row: { value: number } | { pending: number }) => number;
  focused: number;
  onFocus: (item: number) => void;
  update: (change: (draft: ReviewDraft) => ReviewDraft) => void;
}

/** A scope another figure of the same indicator holds is not offered: one figure per indicator and scope. */
function ScopeSelect({ value, onChange, disabled, label, taken }: { value: Scope; onChange: (s: Scope) => void; disabled: boolean; label: string; taken: (s: Scope) => boolean }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as Scope)} disabled={disabled} aria-label={label} className="mt-0.5 rounded border border-stone-300 text-xs">
      {(["area", "own"] as const).map((s) => (
        <option key={s} value={s} disabled={s !== value && taken(s)}>
          {SCOPE_LABELS[s]}
          {s !== value && taken(s) ? "(已有 taken)" : ""}
        </option>
      ))}
    </select>
  );
}

const reasonWords = (code: string) => {
  const r = turnedDownReason(code);
  return `${r.zh} ${r.en}`;
};

/** The values the report keeps, and the figures the person is adding: each editable (figure, scope), removable, with its evidence. */
export function ReviewValues({ report, draft, locked, fieldErrors, itemOf, focused, onFocus, update }: Props) {
  const row = (item: number) => ({
    "data-item": item,
    "data-focused": focused === item || undefined,
    onClick: () => onFocus(item),
    className: `border-t border-stone-200 ${focused === item ? "bg-orange-50 outline outline-2 outline-orange-400" : ""}`,
  });
  const evidenceOf = (v: ReviewValue) => {
    const span = draft.evidence[v.id];
    return span ? report.text.slice(span.start, span.end) : v.evidence;
  };
  const label = (key: string) => INDICATOR_LABELS[key] ?? key;
  // who holds each key and scope after the draft: a stored value's id, or a figure being added
  const holders = [
    ...report.values.filter((v) => !draft.removed.has(v.id)).map((v) => ({ who: `v${v.id}`, key: v.key, scope: draft.scopes[v.id] ?? v.scope })),
    ...draft.added.map((a, i) => ({ who: `a${i}`, key: a.key, scope: a.scope })),
  ];
  const takenBy = (who: string, key: string) => (s: Scope) => holders.some((h) => h.who !== who && h.key === key && h.scope === s);

  return (
    // on a phone the evidence column is the one to give: the Remove buttons stay on screen, and the rest scrolls
    <div className="overflow-x-auto">
    <table className="w-full min-w-[22rem] border-collapse" data-testid="review-values">
      <thead className="bg-stone-100 text-left text-xs">
        <tr>
          <th className="p-1">指标与范围 Indicator, scope</th>
          <th className="p-1">数值 Value</th>
          <th className="p-1">原文 Evidence</th>
          <th className="p-1">
            <span className="sr-only">操作 Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {report.values.map((v) => {
          const item = itemOf({ value: v.id });
          const removed = draft.removed.has(v.id);
          const fieldError = fieldErrors[v.id];
          const errorId = `review-value-${v.id}-error`;
          const last = v.history.at(-1);
          return (
            <tr key={v.id} {...row(item)} data-testid="review-value" data-value-id={v.id}>
              <td className={`p-1 align-top ${removed ? "opacity-40 line-through" : ""}`}>
                {label(v.key)}
                <span className="block">
                  <ScopeSelect
                    value={draft.scopes[v.id] ?? v.scope}
                    disabled={locked || removed}
                    label={`${label(v.key)} 范围 scope`}
                    taken={takenBy(`v${v.id}`, v.key)}
                    onChange={(s) => update((d) => ({ ...d, scopes: { ...d.scopes, [v.id]: s } }))}
                  />
                </span>
                {!v.reviewed && (
                  <span className="mt-0.5 block text-xs text-sky-800" data-testid="unreviewed">
                    OCR · 未核对 unchecked
                  </span>
                )}
                {v.origin !== "extracted" && (
                  <span className="mt-0.5 block text-xs text-sky-800" data-testid="origin-mark">
                    {ORIGIN_MARK[v.origin]}
                    {v.originReason ? `(${reasonWords(v.originReason)})` : ""}
                  </span>
                )}
              </td>
              <td className={`p-1 align-top ${removed ? "opacity-40 line-through" : ""}`}>
                <input
                  id={`rv-${report.id}-${v.id}`}
                  aria-label={`${label(v.key)} 数值 value`}
                  type="number"
                  step="any"
                  min={0}
                  value={draft.edits[v.id] ?? String(v.value)}
                  onChange={(e) => update((d) => ({ ...d, edits: { ...d.edits, [v.id]: e.target.value } }))}
                  disabled={locked || removed}
                  aria-invalid={fieldError ? true : undefined}
                  aria-describedby={fieldError ? errorId : undefined}
                  className="w-24 rounded border border-stone-300 px-1 aria-[invalid]:border-red-700"
                />{" "}
                {v.unit}
                {v.approx ? " 约" : ""}
                <CorrectionNote original={v.originalValue} value={v.value} unit={v.unit} by={last?.by ?? null} at={last?.at ?? null} />
                {fieldError && (
                  <span id={errorId} className="block text-xs text-red-700" data-testid="review-field-error">
                    {fieldError}
                  </span>
                )}
              </td>
              <td className={`p-1 align-top ${removed ? "opacity-40 line-through" : ""}`}>
                <EvidenceSentence evidence={evidenceOf(v)} value={v.originalValue ?? v.value} />
                {draft.evidence[v.id] && <span className="block text-xs text-sky-800">原文已改指,未保存 evidence re-pointed, not saved yet</span>}
              </td>
              <td className="p-1 align-top whitespace-nowrap">
                <button
                  type="button"
                  disabled={locked}
                  onClick={() =>
                    update((d) => ({ ...d, removed: new Set(d.removed.has(v.id) ? [...d.removed].filter((x) => x !== v.id) : [...d.removed, v.id]) }))
                  }
                  className="text-xs text-red-800 underline"
                >
                  {removed ? "恢复 Keep" : "删除 Remove"}
                </button>
              </td>
            </tr>
          );
        })}
        {draft.added.map((a: PendingAdd, i) => {
          const item = itemOf({ pending: i });
          return (
            <tr key={`new-${i}`} {...row(item)} data-testid="review-added">
              <td className="p-1 align-top">
                {label(a.key)}
                <span className="block">
                  <ScopeSelect
                    value={a.scope}
                    disabled={locked}
                    label={`${label(a.key)} 新数值范围 scope of the new figure`}
                    taken={takenBy(`a${i}`, a.key)}
                    onChange={(s) => update((d) => ({ ...d, added: d.added.map((x, j) => (j === i ? { ...x, scope: s } : x)) }))}
                  />
                </span>
                <span className="mt-0.5 block text-xs text-green-800">
                  新 new · {ORIGIN_MARK[a.from]}
                  {a.reason ? `(${reasonWords(a.reason)})` : ""}
                </span>
              </td>
              <td className="p-1 align-top tabular-nums">{formatValue(a.value, getIndicator(a.key)?.unit ?? "", a.approx)}</td>
              <td className="p-1 align-top">
                <EvidenceSentence evidence={a.evidence} value={a.value} />
              </td>
              <td className="p-1 align-top">
                <button type="button" disabled={locked} onClick={() => update((d) => ({ ...d, added: d.added.filter((_, j) => j !== i) }))} className="text-xs text-red-800 underline">
                  撤销 Undo
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}

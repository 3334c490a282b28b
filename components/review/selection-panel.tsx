"use client";

import { useState } from "react";
import { INDICATORS, INDICATOR_GROUPS, getIndicator, type Scope } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import { readSelection } from "@/lib/review/read-selection";
import type { TextSpan } from "./review-draft";

interface Props {
  text: string;
  picked: TextSpan;
  /** key|scope slots the report already holds: a new figure may not take one */
  taken: ReadonlySet<string>;
  /** the value row the person is on, whose evidence the passage may become */
  focusedValue: { id: number; label: string } | null;
  onAdd: (figure: { key: string; scope: Scope; value: number; approx: boolean }) => void;
  onRepoint: (valueId: number) => void;
  onClear: () => void;
  disabled: boolean;
}

/**
 * What a selected passage can become: a figure the extractor never saw (choose its indicator and
 * scope; the number is read from the passage as the extractor reads numbers), or the evidence of
 * the value the person is on.
 */
export function SelectionPanel({ text, picked, taken, focusedValue, onAdd, onRepoint, onClear, disabled }: Props) {
  const passage = text.slice(picked.start, picked.end);
  const reading = readSelection(passage);
  const [key, setKey] = useState("");
  const [scope, setScope] = useState<Scope | "">("");
  const def = key ? getIndicator(key) : undefined;
  const chosenScope: Scope = scope || def?.defaultScope || "area";
  const percentForCount = reading.ok && def && reading.percent && def.unit !== "%";
  const slotTaken = def ? taken.has(`${def.key}|${chosenScope}`) : false;
  const canAdd = !disabled && reading.ok && def && !percentForCount && !slotTaken;

  return (
    <section className="space-y-2 rounded border border-sky-300 bg-sky-50 p-3 text-sm" data-testid="selection-panel" aria-label="选中的文字 Selected passage">
      <p>
        <span className="text-xs text-stone-500">选中 Selected ({picked.start}–{picked.end}):</span>{" "}
        <q className="font-medium">{passage.length > 80 ? `${passage.slice(0, 80)}…` : passage}</q>
      </p>
      <p data-testid="selection-reading" role="status">
        {reading.ok ? (
          <>
            读出的数字 Number read: <strong>{formatValue(reading.value, reading.percent ? "%" : (def?.unit ?? ""), reading.approx)}</strong>
          </>
        ) : (
          <span className="text-red-700">{reading.message}</span>
        )}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-xs">
          <span className="block text-stone-600">指标 Indicator</span>
          <select value={key} onChange={(e) => setKey(e.target.value)} className="max-w-xs rounded border border-stone-300 px-1 py-1 text-sm" aria-label="指标 Indicator">
            <option value="">— 选择 choose —</option>
            {INDICATOR_GROUPS.map((g) => (
              <optgroup key={g.id} label={`${g.zh} ${g.en}`}>
                {INDICATORS.filter((d) => d.group === g.id).map((d) => (
                  <option key={d.key} value={d.key}>
                    {d.zh} {d.en}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="text-xs">
          <span className="block text-stone-600">范围 Scope</span>
          <select value={chosenScope} onChange={(e) => setScope(e.target.value as Scope)} className="rounded border border-stone-300 px-1 py-1 text-sm" aria-label="新数值的范围 Scope of the new figure">
            {(["area", "own"] as const).map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABEL[s].zh} {SCOPE_LABEL[s].en}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => reading.ok && def && onAdd({ key: def.key, scope: chosenScope, value: reading.value, approx: reading.approx })}
          className="rounded bg-sky-800 px-3 py-1 text-white disabled:opacity-40"
        >
          添加为数值 Add as a figure
        </button>
        {focusedValue && (
          <button type="button" disabled={disabled} onClick={() => onRepoint(focusedValue.id)} className="rounded border border-sky-800 px-3 py-1 text-sky-900 disabled:opacity-40">
            设为「{focusedValue.label}」的原文 Make it this value&apos;s evidence
          </button>
        )}
        <button type="button" onClick={onClear} className="px-2 py-1 text-xs text-stone-600 underline">
          取消选择 Clear
        </button>
      </div>
      {percentForCount && <p className="text-xs text-red-700">选中的是百分比,而该指标是计数。The selection is a percentage; this indicator is a count.</p>}
      {slotTaken && <p className="text-xs text-red-700">这份报告已有该指标此范围的数值:先删除它或改其范围。The report already has this indicator at this scope: remove it or change its scope first.</p>}
    </section>
  );
}

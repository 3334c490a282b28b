"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getIndicator } from "@/lib/indicators";
import { formatValue } from "@/lib/display/labels";
import type { TurnedDownFigure } from "@/lib/review/turned-down";
import { ReportTextPane, type MarkedSpan } from "./report-text-pane";
import { emptyDraft, reviewBody, slotsAfter, type ReviewDraft, type ReviewReport, type TextSpan } from "./review-draft";
import { ReviewDoubts, type Doubt } from "./review-doubts";
import { ReviewHeader } from "./review-header";
import { REVIEW_KEYS, reviewAction } from "./review-keys";
import { ReviewValues } from "./review-values";
import { SelectionPanel } from "./selection-panel";

interface Loaded {
  report: ReviewReport;
  turnedDown: TurnedDownFigure[];
}

async function load(reportId: number): Promise<Loaded> {
  const [res, turned] = await Promise.all([fetch(`/api/reports/${reportId}`), fetch(`/api/reports/${reportId}/turned-down`)]);
  const body = await res.json().catch(() => null);
  if (!res.ok || !body?.report) throw new Error(body?.error?.message ?? `读取失败 Could not load the report (${res.status})`);
  const figures = turned.ok ? ((await turned.json()) as { figures: TurnedDownFigure[] }).figures : [];
  return { report: body.report as ReviewReport, turnedDown: figures };
}

const PICKED_FOCUS = -999_999;

/**
 * Review one stored report, from the keyboard or the mouse: its place, year and kind; every value
 * (figure, scope, evidence, removal); the figures that disagree (keep one) and those the rules
 * turned down (accept one); a figure the extractor never saw (select it in the text). Nothing is
 * stored until Save, which sends one request the server applies whole or not at all and which
 * marks the report reviewed; after a failure nothing is half-done and Save can be pressed again.
 */
export function ReviewWorkspace({ reportId, created = true, initial, boxedText = false, autoFocus = false, onSaved }: {
  reportId: number;
  created?: boolean;
  initial?: Loaded;
  boxedText?: boolean;
  autoFocus?: boolean;
  onSaved?: () => void;
}) {
  const [data, setData] = useState<Loaded | null>(initial ?? null);
  const [draft, setDraft] = useState<ReviewDraft | null>(initial ? emptyDraft(initial.report) : null);
  const [picked, setPicked] = useState<TextSpan | null>(null);
  const [focus, setFocus] = useState(0);
  const [state, setState] = useState<"editing" | "saving" | "saved">("editing");
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const show = useCallback((loaded: Loaded, keepDraft?: (fresh: ReviewReport) => ReviewDraft) => {
    setData(loaded);
    setDraft(keepDraft ? keepDraft(loaded.report) : emptyDraft(loaded.report));
    setLoadError(null);
  }, []);

  useEffect(() => {
    if (initial) return;
    let cancelled = false;
    load(reportId).then(
      (loaded) => !cancelled && show(loaded),
      (e: Error) => !cancelled && setLoadError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [reportId, initial, show]);

  useEffect(() => {
    if (autoFocus && data) root.current?.focus({ preventScroll: true });
  }, [autoFocus, data]);

  const report = data?.report;
  const doubts: Doubt[] = useMemo(() => {
    if (!data) return [];
    const choices: Doubt[] = data.report.warnings.flatMap((w, warning) => (w.choices ?? []).map((choice) => ({ kind: "choice" as const, warning, key: w.keys[0], choice })));
    return [...choices, ...data.turnedDown.map((figure) => ({ kind: "turned" as const, figure }))];
  }, [data]);

  const pickedOnce = useCallback((span: TextSpan) => setPicked(span), []);

  if (loadError) {
    return (
      <p role="alert" className="mt-2 text-sm text-red-700">
        {loadError}{" "}
        <button type="button" className="underline" onClick={() => load(reportId).then((l) => show(l), (e: Error) => setLoadError(e.message))}>
          重试 Retry
        </button>
      </p>
    );
  }
  if (!report || !draft || !data) return <p className="mt-2 text-sm text-stone-500">读取中… Loading…</p>;

  const locked = state !== "editing";
  const valueCount = report.values.length;
  const itemCount = valueCount + draft.added.length + doubts.length;
  const itemOfRow = (row: { value: number } | { pending: number }) => ("value" in row ? report.values.findIndex((v) => v.id === row.value) : valueCount + row.pending);
  const itemOfDoubt = (i: number) => valueCount + draft.added.length + i;
  const focusedItem = Math.min(focus, Math.max(0, itemCount - 1));
  const focusedValue = focusedItem < valueCount ? report.values[focusedItem] : null;
  const focusedDoubt = focusedItem >= valueCount + draft.added.length ? doubts[focusedItem - valueCount - draft.added.length] : null;
  const update = (change: (d: ReviewDraft) => ReviewDraft) => setDraft((d) => (d ? change(d) : d));

  const slotOf = (d: Doubt) => (d.kind === "choice" ? { key: d.key, scope: d.choice.scope, start: d.choice.start, end: d.choice.end, value: d.choice.value } : d.figure);
  const taken = (d: Doubt) => {
    const s = slotOf(d);
    return draft.added.some((a) => a.key === s.key && a.start === s.start && a.end === s.end);
  };
  const holder = (d: Doubt) => {
    const s = slotOf(d);
    const stored = report.values.find((v) => v.key === s.key && (draft.scopes[v.id] ?? v.scope) === s.scope && !draft.removed.has(v.id));
    if (stored) return formatValue(stored.value, stored.unit, stored.approx);
    const pending = draft.added.find((a) => a.key === s.key && a.scope === s.scope);
    return pending ? formatValue(pending.value, getIndicator(pending.key)?.unit ?? "", pending.approx) : null;
  };
  /** Taking a doubt's figure replaces whatever holds its key and scope: one figure per slot. */
  const take = (d: Doubt) => {
    if (locked || taken(d)) return;
    const s = slotOf(d);
    update((x) => ({
      ...x,
      removed: new Set([...x.removed, ...report.values.filter((v) => v.key === s.key && (x.scopes[v.id] ?? v.scope) === s.scope).map((v) => v.id)]),
      added: [
        ...x.added.filter((a) => !(a.key === s.key && a.scope === s.scope)),
        {
          key: s.key,
          scope: s.scope,
          start: s.start,
          end: s.end,
          value: s.value,
          approx: d.kind === "turned" ? d.figure.approx : false,
          evidence: report.text.slice(s.start, s.end),
          from: d.kind === "choice" ? "conflict" : "turned_down",
          ...(d.kind === "turned" ? { reason: d.figure.reason } : {}),
        },
      ],
    }));
  };

  const spans: MarkedSpan[] = [
    ...report.values.map((v) => ({ id: v.id, ...(draft.evidence[v.id] ?? { start: v.evidenceStart, end: v.evidenceEnd }) })),
    ...draft.added.map((a, i) => ({ id: -(i + 1), start: a.start, end: a.end })),
    ...(focusedDoubt ? [{ id: PICKED_FOCUS, ...slotOf(focusedDoubt) }] : []),
  ];
  const focusedSpanId = focusedValue ? focusedValue.id : focusedItem < valueCount + draft.added.length ? -(focusedItem - valueCount + 1) : focusedDoubt ? PICKED_FOCUS : null;

  async function save() {
    if (!report || !draft || locked) return;
    setError(null);
    const checked = reviewBody(report, draft);
    setFieldErrors(checked.errors);
    if (!checked.body) return;
    setState("saving");
    try {
      const res = await fetch(`/api/reports/${report.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(checked.body) });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        setError({ message: body?.error?.message ?? `保存失败 Could not save (${res.status})`, stale: res.status === 409 });
        setState("editing");
        return;
      }
      const turned = await fetch(`/api/reports/${report.id}/turned-down`).then((r) => (r.ok ? r.json() : { figures: [] }), () => ({ figures: [] }));
      show({ report: body.report, turnedDown: turned.figures });
      setPicked(null);
      setState("saved");
      onSaved?.();
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
      const fresh = await load(report.id);
      show(fresh, (now) => {
        const untouched = (id: number) => {
          const a = now.values.find((v) => v.id === id);
          const b = before.values.find((v) => v.id === id);
          return Boolean(a && b && a.value === b.value && a.scope === b.scope);
        };
        const keep = <T,>(record: Record<number, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => untouched(Number(id))));
        const placeSame = now.jurisdiction.code === before.jurisdiction.code && now.year === before.year && now.kind === before.kind;
        return {
          ...(placeSame ? draft! : emptyDraft(now)),
          edits: keep(draft!.edits),
          scopes: keep(draft!.scopes),
          evidence: keep(draft!.evidence),
          removed: new Set([...draft!.removed].filter(untouched)),
          added: draft!.added,
        };
      });
      setError(null);
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : String(e), stale: true });
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) {
      if (e.key === "Escape" || (e.key === "Enter" && target.tagName === "INPUT" && target.getAttribute("type") === "number")) {
        e.preventDefault();
        root.current?.focus();
      }
      return;
    }
    const action = reviewAction(e);
    if (!action || (e.key === "Enter" && target.tagName === "BUTTON")) return;
    e.preventDefault();
    if (action === "help") return setHelp((h) => !h);
    if (action === "save") return void save();
    if (action === "next" || action === "previous") {
      const next = Math.max(0, Math.min(itemCount - 1, focusedItem + (action === "next" ? 1 : -1)));
      setFocus(next);
      root.current?.querySelector(`[data-item="${next}"]`)?.scrollIntoView({ block: "nearest" });
      return;
    }
    if (locked) return;
    if (focusedValue) {
      const id = focusedValue.id;
      if (action === "edit") return void document.getElementById(`rv-${report!.id}-${id}`)?.focus();
      if (action === "remove") return update((d) => ({ ...d, removed: new Set(d.removed.has(id) ? [...d.removed].filter((x) => x !== id) : [...d.removed, id]) }));
      if (action === "accept") return update((d) => ({ ...d, removed: new Set([...d.removed].filter((x) => x !== id)) }));
    } else if (focusedDoubt) {
      if (action === "accept") take(focusedDoubt);
    } else if (action === "remove") {
      const pending = focusedItem - valueCount;
      update((d) => ({ ...d, added: d.added.filter((_, j) => j !== pending) }));
    }
  }

  const slots = slotsAfter(report, draft);
  return (
    <div
      ref={root}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="mt-3 space-y-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-red-800/30"
      data-testid="report-review"
      aria-label="审核 Review (按 ? 看按键 press ? for the keys)"
    >
      {!created && <p className="text-amber-700">这份报告已经存在,未重复保存。This report was already stored; nothing was duplicated.</p>}
      <ReviewHeader report={report} draft={draft} update={update} locked={locked} yearError={fieldErrors.year} />
      <div className={`grid gap-4 ${boxedText ? "" : "lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]"}`}>
        <div className="space-y-2">
          <ReportTextPane text={report.text} spans={spans} focusedId={focusedSpanId} picked={picked} onPick={pickedOnce} boxed={boxedText} />
          <p className="text-xs text-stone-500">在原文中选中一段文字,可添加提取器漏掉的数字,或改指所在数值的原文。Select a passage to add a figure the extractor missed, or to re-point the current value&apos;s evidence.</p>
          {picked && (
            <SelectionPanel
              key={`${picked.start}-${picked.end}`}
              text={report.text}
              picked={picked}
              taken={new Set(slots.keys())}
              focusedValue={focusedValue ? { id: focusedValue.id, label: getIndicator(focusedValue.key)?.zh ?? focusedValue.key } : null}
              disabled={locked}
              onClear={() => setPicked(null)}
              onAdd={(f) => {
                update((d) => ({ ...d, added: [...d.added, { ...f, ...picked, from: "selection", evidence: report.text.slice(picked.start, picked.end) }] }));
                setFocus(valueCount + draft.added.length);
                setPicked(null);
              }}
              onRepoint={(id) => {
                update((d) => ({ ...d, evidence: { ...d.evidence, [id]: picked } }));
                setPicked(null);
              }}
            />
          )}
        </div>
        <div className="space-y-3">
          <ReviewValues report={report} draft={draft} locked={locked} fieldErrors={fieldErrors} itemOf={itemOfRow} focused={focusedItem} onFocus={setFocus} update={update} />
          <ReviewDoubts
            warnings={report.warnings}
            doubts={doubts}
            itemOf={itemOfDoubt}
            focused={focusedItem}
            onFocus={setFocus}
            taken={taken}
            holder={holder}
            onTake={take}
            locked={locked}
          />
        </div>
      </div>
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
          <span className="text-green-800">已保存,已标为已审核 Saved and marked reviewed ✓</span>
          <Link href={`/reports/${report.id}`} className="text-red-800 underline">
            查看报告 View report
          </Link>
          <Link href={`/jurisdictions/${report.jurisdiction.code}`} className="text-red-800 underline">
            {report.jurisdiction.name} 概况 Profile
          </Link>
          <button type="button" onClick={() => setState("editing")} className="text-red-800 underline">
            继续修改 Edit again
          </button>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={save} disabled={state === "saving"} className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-50">
            保存并标为已审核 Save · mark reviewed
          </button>
          <button type="button" onClick={() => setHelp((h) => !h)} className="text-xs text-stone-600 underline" aria-expanded={help}>
            按键 Keys (?)
          </button>
        </div>
      )}
      {help && (
        <dl className="grid grid-cols-[6rem_1fr] gap-x-3 rounded border border-stone-200 bg-white p-2 text-xs" data-testid="review-keys">
          {REVIEW_KEYS.map((k) => (
            <div key={k.action} className="contents">
              <dt className="font-mono">{k.keys}</dt>
              <dd>
                {k.zh} · {k.en}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

"use client";

import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ReportWarning } from "@/lib/queries/get-report";
import { turnedDownReason } from "@/lib/review/turned-down-reasons";
import type { TurnedDownFigure } from "@/lib/review/turned-down";
import { EvidenceSentence } from "../evidence-sentence";

/** One figure the person may take: one of those that disagree, or one a rule turned down. */
export type Doubt =
  | { kind: "choice"; warning: number; key: string; choice: NonNullable<ReportWarning["choices"]>[number] }
  | { kind: "turned"; figure: TurnedDownFigure };

interface Props {
  warnings: ReportWarning[];
  doubts: Doubt[];
  /** item index of each doubt, for the keyboard focus */
  itemOf: (doubt: number) => number;
  focused: number;
  onFocus: (item: number) => void;
  /** whether the doubt's figure is among the figures being added */
  taken: (doubt: Doubt) => boolean;
  /** the value now holding the doubt's key and scope, if any (taking the doubt replaces it) */
  holder: (doubt: Doubt) => string | null;
  onTake: (doubt: Doubt) => void;
  locked: boolean;
}

const name = (key: string) => getIndicator(key)?.zh ?? key;
const unit = (key: string) => getIndicator(key)?.unit ?? "";

/**
 * The extractor's doubts, each resolvable with one click or key: figures that disagree (keep
 * one, with its scope) and figures a rule turned down, with the rule's reason in words (accept
 * one as a value, with its evidence).
 */
export function ReviewDoubts({ warnings, doubts, itemOf, focused, onFocus, taken, holder, onTake, locked }: Props) {
  const row = (i: number) => ({
    "data-item": itemOf(i),
    "data-focused": focused === itemOf(i) || undefined,
    onClick: () => onFocus(itemOf(i)),
    className: `rounded border-t border-amber-200/60 p-1 first:border-t-0 ${focused === itemOf(i) ? "bg-orange-50 outline outline-2 outline-orange-400" : ""}`,
  });
  const button = (d: Doubt, i: number, verb: string) => {
    const replaces = holder(d);
    const isTaken = taken(d);
    return (
      <button
        type="button"
        disabled={locked || isTaken}
        onClick={() => onTake(d)}
        className="rounded border border-green-800 px-2 text-xs text-green-900 disabled:border-stone-300 disabled:text-stone-500"
        aria-label={`${verb} ${formatValue(d.kind === "choice" ? d.choice.value : d.figure.value, unit(d.kind === "choice" ? d.key : d.figure.key), false)} (${i + 1})`}
      >
        {isTaken ? "已选 taken" : replaces ? `${verb}(替换 replaces ${replaces})` : verb}
      </button>
    );
  };
  const otherWarnings = warnings.filter((w) => !w.choices?.length);
  const conflicts = warnings.map((w, i) => ({ w, i })).filter(({ w }) => w.choices?.length);
  const turned = doubts.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === "turned");

  return (
    <div className="space-y-3">
      {otherWarnings.length > 0 && (
        <ul className="rounded border border-amber-300 bg-amber-50 p-2" data-testid="review-warnings">
          {otherWarnings.map((w, i) => (
            <li key={i}>⚠ {w.message}</li>
          ))}
        </ul>
      )}
      {conflicts.map(({ w, i: wi }) => (
        <section key={wi} className="rounded border border-amber-300 bg-amber-50 p-2" data-testid="review-conflict">
          <p className="font-medium">
            ⚠ {name(w.keys[0])}:{w.code === "conflicting_values" ? "几个数字互相矛盾,均未采用;保留其中一个 Figures disagree and none was kept: keep one" : "几个数字互相矛盾,已取其一;可改用另一个 Figures disagreed and one was kept: you may use another"}
          </p>
          <ul>
            {doubts.map((d, i) =>
              d.kind === "choice" && d.warning === wi ? (
                <li key={i} {...row(i)} data-testid="conflict-choice">
                  <div className="flex flex-wrap items-baseline gap-2">
                    <strong className="tabular-nums">{formatValue(d.choice.value, unit(d.key), false)}</strong>
                    <span className="text-xs text-stone-500">
                      {SCOPE_LABEL[d.choice.scope].zh} {SCOPE_LABEL[d.choice.scope].en}
                    </span>
                    <span className="ml-auto">{button(d, i, "保留 Keep")}</span>
                  </div>
                  <EvidenceSentence evidence={d.choice.evidence} value={d.choice.value} />
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ))}
      {turned.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-2" data-testid="turned-down">
          <h3 className="font-medium">
            规则未采用的数字 <span className="font-normal text-stone-500">Figures the rules turned down ({turned.length})</span>
          </h3>
          <ul>
            {turned.map(({ d, i }) => {
              if (d.kind !== "turned") return null;
              const f = d.figure;
              const reason = turnedDownReason(f.reason);
              return (
                <li key={i} {...row(i)} data-testid="turned-down-figure">
                  <div className="flex flex-wrap items-baseline gap-2">
                    <span>{name(f.key)}</span>
                    <strong className="tabular-nums">{formatValue(f.value, f.unit || unit(f.key), f.approx)}</strong>
                    <span className="text-xs text-stone-500">{SCOPE_LABEL[f.scope].zh}</span>
                    <span className="rounded bg-stone-100 px-1 text-xs" data-testid="turned-down-reason">
                      未采用因为 turned down as: {reason.zh} · {reason.en}
                    </span>
                    <span className="ml-auto">{button(d, i, "采用 Accept")}</span>
                  </div>
                  <span className="text-stone-600">
                    <EvidenceSentence evidence={f.evidence} value={f.value} />
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

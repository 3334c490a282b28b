import type { Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ExtractionWarning } from "../extract/types";
import { getIndicator, isPlausibleValue, type Scope } from "../indicators";
import { readSelection } from "../review/read-selection";
import { turnedDownFigures, type TurnedDownFigure } from "../review/turned-down";
import { implausible } from "./change-values";
import { spanOf, type TextSpan } from "./text-span";

/**
 * Where a figure a person adds comes from: a passage they selected (the number is read from it),
 * a figure a rule turned down (explainReport), or one of the figures that disagreed (a
 * conflicting_values warning's choices).
 */
export type AddedFrom = "selection" | "turned_down" | "conflict";

export interface AddedValue extends TextSpan {
  key: string;
  scope: Scope;
  from: AddedFrom;
}

export type NewValue = Omit<Prisma.IndicatorValueCreateManyInput, "reportId" | "jurisdictionCode" | "year">;

const unknownKey = (key: string) => new AppError("bad_request", `没有这个指标:${key}。Unknown indicator ${key}.`);
const notOffered = (what: string) =>
  new AppError("conflict", `这个数字已不在${what}之列,请刷新后再选。That figure is no longer offered; reload and choose again.`);

/** A stored warning's choices (older reports' warnings have none). */
function conflictChoices(warnings: unknown, key: string) {
  const list = Array.isArray(warnings) ? (warnings as ExtractionWarning[]) : [];
  return list.filter((w) => w?.keys?.includes(key) && Array.isArray(w.choices)).flatMap((w) => w.choices!);
}

/**
 * The row of a figure a person adds, checked against the report: the key is in the catalogue,
 * the passage is in the text, the number is read from it (a selection) or is the one offered (a
 * turned-down or conflicting figure), and it is plausible for the key. Anything else is a 400
 * (409 when what was offered is gone).
 */
export function newValueRow(
  added: AddedValue,
  report: { text: string; warnings: unknown; sourceUrl: string | null },
  turnedDown: () => readonly TurnedDownFigure[] = () => turnedDownFigures(report.text, [], { sourceUrl: report.sourceUrl }),
): NewValue {
  const def = getIndicator(added.key);
  if (!def) throw unknownKey(added.key);
  const evidence = spanOf(report.text, added);
  let value: number;
  let approx = false;
  let originReason: string | null = null;
  if (added.from === "selection") {
    const reading = readSelection(evidence);
    if (!reading.ok) throw new AppError("bad_request", reading.message);
    if (reading.percent && def.unit !== "%") {
      throw new AppError("bad_request", `选中的是百分比,而「${def.zh}」是计数。The selection is a percentage; ${def.en} is a count.`);
    }
    ({ value, approx } = reading);
  } else if (added.from === "turned_down") {
    const figure = turnedDown().find((f) => f.key === added.key && f.start === added.start && f.end === added.end);
    if (!figure) throw notOffered("未采用的数字 turned-down figures");
    ({ value, approx } = figure);
    originReason = figure.reason;
  } else {
    const choice = conflictChoices(report.warnings, added.key).find((c) => c.start === added.start && c.end === added.end);
    if (!choice) throw notOffered("互相矛盾的数字 conflicting figures");
    value = choice.value;
  }
  if (!isPlausibleValue(def.key, value)) throw implausible(def.key, value);
  return {
    key: def.key,
    scope: added.scope,
    value,
    unit: def.unit,
    approx,
    derived: false,
    evidence,
    evidenceStart: added.start,
    evidenceEnd: added.end,
    origin: added.from === "selection" ? "selection" : added.from,
    originReason,
    isCurrent: false,
  };
}

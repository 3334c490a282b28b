import { formatValue } from "@/lib/display/labels";

const when = (iso: string | Date) => (typeof iso === "string" ? iso : iso.toISOString()).slice(0, 16).replace("T", " ");

/**
 * 已更正 corrected 21.17% → 4.18% · 张三 · 2026-12-07 09:30: a corrected figure says so wherever
 * it is shown, so it is never read against evidence that states the old one.
 */
export function CorrectionNote({ original, value, unit, by, at }: {
  original: number | null;
  value: number;
  unit: string;
  by: string | null;
  at: string | Date | null;
}) {
  if (original === null || original === value) return null;
  const change = `${formatValue(original, unit, false)} → ${formatValue(value, unit, false)}`;
  const who = [by, at ? when(at) : null].filter(Boolean).join(" · ");
  return (
    <span className="block text-xs font-normal text-amber-800" data-testid="correction">
      已更正 corrected {change}
      {who ? ` · ${who}` : ""}
    </span>
  );
}

/** The mark of a figure no person has reviewed yet (explained by UNREVIEWED_LEGEND); long tables use the class `unreviewed` (globals.css) instead, for their weight. */
export function UnreviewedMark() {
  return (
    <sup className="ml-0.5 text-stone-400" title="未经人工审核 not yet reviewed by a person" aria-label="未审核 unreviewed" data-testid="unreviewed-mark">
      ◌
    </sup>
  );
}

export const UNREVIEWED_LEGEND = "◌ 未经人工审核(提取器的结果)not yet reviewed by a person (as extracted)";

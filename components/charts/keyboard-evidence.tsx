"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export interface EvidenceStop {
  /** what the stop is, read out and shown: "2023年:218 件" */
  label: string;
  href: string;
}

interface Props {
  stops: EvidenceStop[];
  /** the chart's name, for screen readers */
  name: string;
  children: React.ReactNode;
}

/**
 * A chart whose bars open their evidence, from the keyboard too: one Tab stop, the arrow keys
 * (and Home/End) choose a figure, named under the chart, and Enter or Space opens its sentence.
 * The mouse's click on a bar does the same (the chart's own onClick).
 */
export function KeyboardEvidence({ stops, name, children }: Props) {
  const router = useRouter();
  const [at, setAt] = useState<number | null>(null);
  const current = at === null ? null : stops[at];

  function onKeyDown(e: React.KeyboardEvent) {
    if (stops.length === 0) return;
    const last = stops.length - 1;
    const move: Record<string, number> = { ArrowRight: (at ?? -1) + 1, ArrowDown: (at ?? -1) + 1, ArrowLeft: (at ?? stops.length) - 1, ArrowUp: (at ?? stops.length) - 1, Home: 0, End: last };
    if (e.key in move) {
      e.preventDefault();
      setAt(Math.min(last, Math.max(0, move[e.key])));
    } else if ((e.key === "Enter" || e.key === " ") && current) {
      e.preventDefault();
      router.push(current.href);
    }
  }

  return (
    <div
      tabIndex={stops.length > 0 ? 0 : undefined}
      role="group"
      aria-label={stops.length > 0 ? `${name}。方向键选择数值,回车查看原文 Arrow keys choose a figure, Enter opens its sentence` : name}
      onKeyDown={onKeyDown}
      onBlur={() => setAt(null)}
      className="rounded"
      data-testid="keyboard-evidence"
    >
      {children}
      <p aria-live="polite" className={`mt-1 min-h-4 text-xs text-stone-600 ${current ? "" : "sr-only"}`} data-testid="keyboard-evidence-status">
        {current ? `${current.label} · 回车查看原文 Enter opens its sentence` : ""}
      </p>
    </div>
  );
}

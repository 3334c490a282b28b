"use client";

import { useEffect, useState } from "react";

/** A name whose definition is on the page (DefinedTerm). */
const TERM = '[aria-describedby^="definition-"]';

interface Tip {
  text: string;
  left: number;
  top: number;
}

/**
 * Shows the definition of the indicator name under the pointer, or inside the focused element
 * (a link that holds a name), next to it; Escape hides it. One listener per page reads the text
 * from the page's DefinitionNotes, so each definition is sent once, not with every name. Screen
 * readers hear it as the name's description; the tip itself is for the eye.
 */
export function DefinitionTip() {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const show = (term: Element | null) => {
      const note = term && document.getElementById(term.getAttribute("aria-describedby") ?? "");
      if (!term || !note) return setTip(null);
      const box = term.getBoundingClientRect();
      setTip({ text: note.textContent ?? "", left: Math.max(4, Math.min(box.left, window.innerWidth - 324)), top: box.bottom + 4 });
    };
    const over = (e: Event) => show(e.target instanceof Element ? e.target.closest(TERM) : null);
    const focus = (e: Event) => {
      const el = e.target instanceof Element ? e.target : null;
      show(el && (el.matches(TERM) ? el : el.querySelector(TERM)));
    };
    const hide = () => setTip(null);
    const escape = (e: KeyboardEvent) => e.key === "Escape" && hide();
    document.addEventListener("mouseover", over);
    document.addEventListener("focusin", focus);
    document.addEventListener("focusout", hide);
    document.addEventListener("keydown", escape);
    window.addEventListener("scroll", hide, { passive: true });
    return () => {
      document.removeEventListener("mouseover", over);
      document.removeEventListener("focusin", focus);
      document.removeEventListener("focusout", hide);
      document.removeEventListener("keydown", escape);
      window.removeEventListener("scroll", hide);
    };
  }, []);
  if (!tip) return null;
  return (
    <div
      aria-hidden="true"
      data-testid="definition-tip"
      style={{ left: tip.left, top: tip.top }}
      className="pointer-events-none fixed z-50 max-w-80 whitespace-pre-line rounded border border-stone-300 bg-white p-2 text-xs text-stone-800 shadow-lg"
    >
      {tip.text}
    </div>
  );
}

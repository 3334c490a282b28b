"use client";

import { useEffect } from "react";

/**
 * The figure a link points at (/reports/7#value-42): every piece of its evidence is marked as the
 * chosen one and scrolled to the middle of the window, and takes the focus so the keyboard
 * continues from there. The browser's own jump to the anchor would put it at the very top edge,
 * looking like every other highlight.
 */
export function ChosenHighlight({ rootId }: { rootId: string }) {
  useEffect(() => {
    const show = () => {
      const root = document.getElementById(rootId);
      const id = /^#value-(\d+)$/.exec(window.location.hash)?.[1];
      if (!root) return;
      for (const el of root.querySelectorAll("mark[data-chosen]")) el.removeAttribute("data-chosen");
      if (!id) return;
      const marks = [...root.querySelectorAll<HTMLElement>(`mark[data-values~="${id}"]`)];
      for (const el of marks) el.setAttribute("data-chosen", "");
      const first = marks[0];
      if (!first) return;
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    };
    // after the router's own jump to the anchor (a client-side move scrolls it to the top edge)
    const frame = requestAnimationFrame(show);
    window.addEventListener("hashchange", show);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", show);
    };
  }, [rootId]);
  return null;
}

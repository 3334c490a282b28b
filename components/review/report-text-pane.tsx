"use client";

import { useEffect, useMemo, useRef } from "react";
import { highlightSegments } from "@/lib/display/highlight-segments";
import type { TextSpan } from "./review-draft";

/** A passage to mark: a stored value's evidence (positive id), a figure being added (negative id). */
export interface MarkedSpan extends TextSpan {
  id: number;
}

interface Props {
  text: string;
  spans: MarkedSpan[];
  /** the value whose evidence is shown strongest (the row the person is on) */
  focusedId: number | null;
  /** the passage the person selected, kept marked after the browser's own selection is gone */
  picked: TextSpan | null;
  onPick: (span: TextSpan) => void;
  /** a bounded box (the upload page lists several reports) or the page's full height */
  boxed?: boolean;
}

/** Offsets of a DOM position in the text: the article's text is exactly the report's, so a range from its start measures it. */
function offsetOf(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection inside the article, trimmed of white space at its ends; null when there is none. */
function selectedSpan(root: HTMLElement, text: string): TextSpan | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = offsetOf(root, range.startContainer, range.startOffset);
  let end = offsetOf(root, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/**
 * The report's text with every figure's evidence marked; a passage the person selects (mouse or
 * keyboard) is reported in offsets of the stored text, the same offsets evidence is stored in.
 */
export function ReportTextPane({ text, spans, focusedId, picked, onPick, boxed = false }: Props) {
  const ref = useRef<HTMLElement>(null);
  const pickedId = -1_000_000;
  const segments = useMemo(
    () => highlightSegments(text, picked ? [...spans, { id: pickedId, ...picked }] : spans),
    [text, spans, picked, pickedId],
  );

  // Read when a selection is made (the mouse let go, wherever it was; a shift-key step): not on
  // every selectionchange, because marking the picked passage re-renders the text under the
  // browser's selection, which moves it, and reading it then gave offsets of another passage.
  useEffect(() => {
    const read = (clear: boolean) => {
      const root = ref.current;
      const span = root ? selectedSpan(root, text) : null;
      if (!span) return;
      onPick(span);
      // the passage is marked by the page itself from now on
      if (clear) document.getSelection()?.removeAllRanges();
    };
    const onMouseUp = () => read(true);
    const onKeyUp = (e: KeyboardEvent) => e.shiftKey && read(false);
    document.addEventListener("mouseup", onMouseUp);
    document.addEventListener("keyup", onKeyUp);
    return () => {
      document.removeEventListener("mouseup", onMouseUp);
      document.removeEventListener("keyup", onKeyUp);
    };
  }, [text, onPick]);

  useEffect(() => {
    if (focusedId === null || !ref.current) return;
    ref.current.querySelector(`[data-values~="${focusedId}"]`)?.scrollIntoView({ block: "nearest" });
  }, [focusedId]);

  return (
    <article
      ref={ref}
      className={`whitespace-pre-wrap rounded border border-stone-200 bg-white p-4 leading-7 ${boxed ? "max-h-96 overflow-y-auto" : ""}`}
      data-testid="report-text"
      aria-label="报告原文(选中文字可添加数值或改指原文)Report text (select a passage to add a figure or re-point evidence)"
    >
      {segments.map((s, i) => {
        if (s.covering.length === 0) return <span key={i}>{s.text}</span>;
        const isPicked = s.covering.includes(pickedId);
        const focused = focusedId !== null && s.covering.includes(focusedId);
        const added = s.covering.some((id) => id < 0 && id !== pickedId);
        const tone = isPicked ? "bg-sky-200" : focused ? "bg-orange-300" : added ? "bg-green-200" : "bg-yellow-200";
        return (
          <mark key={i} className={`rounded px-0.5 ${tone}`} data-values={s.covering.filter((id) => id !== pickedId).join(" ")} data-picked={isPicked || undefined}>
            {s.anchors.filter((a) => a > 0).map((a) => (
              <span key={a} id={`value-${a}`} className="scroll-mt-20" />
            ))}
            {s.text}
          </mark>
        );
      })}
    </article>
  );
}

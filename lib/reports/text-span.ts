import { AppError } from "../errors/app-error";

/** A passage of a report: offsets into its stored text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Longer than any sentence: a passage is evidence for one figure, not a page. */
export const MAX_EVIDENCE_CHARS = 1000;

/** The passage's text, or a 400 when the offsets do not name a passage of this text. */
export function spanOf(text: string, span: TextSpan): string {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new AppError("bad_request", `所选文字不在报告原文之内(${start}–${end})。The selection (${start}–${end}) is not a passage of the report's text.`);
  }
  if (end - start > MAX_EVIDENCE_CHARS) {
    throw new AppError("bad_request", `所选文字过长(${end - start} 字),请只选中数字所在的句子(不超过 ${MAX_EVIDENCE_CHARS} 字)。The selection is too long (${end - start} characters): select the figure's sentence (at most ${MAX_EVIDENCE_CHARS}).`);
  }
  const passage = text.slice(start, end);
  if (!passage.trim()) throw new AppError("bad_request", "所选文字是空白。The selection is blank.");
  return passage;
}

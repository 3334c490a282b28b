import { z } from "zod";
import { correctedValueField } from "./input-fields";
import { MAX_ID } from "./parse-id";

/**
 * The body of PATCH /api/reports/:id: everything a review saves, in one request. Checked here for
 * shape; what needs the report (the passage is in its text, the number read from it, the key in
 * the catalogue) is checked by correctReport, inside its transaction.
 */

/** Review lists are a few dozen values; this bounds one request's locks. */
const MAX_VALUE_CHANGES = 500;
const MAX_ADDED = 100;

const valueId = z.number().int().positive().max(MAX_ID);
const scope = z.enum(["area", "own"], { error: "scope 须为 area 或 own must be area or own" });
const kind = z.enum(["annual_report", "work_plan", "other"]);
const year = z.number().int().min(1990).max(2100);
const code = z.string().regex(/^\d{6}$/, "jurisdictionCode 须为 6 位行政区划代码 must be a 6-digit division code");
const offset = z.number().int().min(0).max(MAX_ID);
const span = z.object({ start: offset, end: offset }).strict();

const valueChange = z.union([
  z
    .object({
      id: valueId,
      value: correctedValueField.optional(),
      scope: scope.optional(),
      evidence: span.optional(),
      expectedValue: z.number().finite().optional(),
      expectedScope: scope.optional(),
    })
    .strict()
    .refine((c) => c.value !== undefined || c.scope !== undefined || c.evidence !== undefined, {
      message: "每个更改须给出 value、scope、evidence 或 remove。Each change gives value, scope, evidence or remove.",
    }),
  z.object({ id: valueId, remove: z.literal(true), expectedValue: z.number().finite().optional(), expectedScope: scope.optional() }).strict(),
]);

const addedValue = z
  .object({
    key: z.string().max(100),
    scope,
    start: offset,
    end: offset,
    from: z.enum(["selection", "turned_down", "conflict"]),
  })
  .strict();

// a correction must say what to correct: an empty or unreadable body is refused, not a silent 200
export const reportCorrectionSchema = z
  .object({
    jurisdictionCode: code.optional(),
    year: year.optional(),
    kind: kind.optional(),
    seen: z.object({ jurisdictionCode: code, year, kind }).strict().optional(),
    values: z.array(valueChange).max(MAX_VALUE_CHANGES).optional(),
    added: z.array(addedValue).max(MAX_ADDED).optional(),
    reviewed: z.literal(true).optional(),
  })
  .strict()
  .refine(
    (p) =>
      p.jurisdictionCode !== undefined || p.year !== undefined || p.kind !== undefined || (p.values?.length ?? 0) > 0 || (p.added?.length ?? 0) > 0 || p.reviewed,
    { message: "需要 jurisdictionCode、year、kind、values、added 或 reviewed(JSON)。Give jurisdictionCode, year, kind, values, added or reviewed as JSON." },
  );

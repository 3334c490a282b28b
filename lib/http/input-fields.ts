import { z } from "zod";

/**
 * Text fields as they arrive from people and scripts, refused at the edge when the database could
 * not store them or they could do harm where they are shown again.
 */

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A report's text: PostgreSQL cannot store NUL in text (it answered 500 with error 22021). */
export const reportTextField = z
  .string()
  .min(1, "text 不能为空 must not be empty")
  .refine((s) => !s.includes("\u0000"), "text 含有 NUL 字符 contains a NUL character (\\u0000)");

export const MAX_SOURCE_URL_LENGTH = 2000;

/**
 * A web address given as `field`: http(s) only (it becomes a link on the report page, where
 * `javascript:` would run, and the fetcher speaks nothing else), bounded, without control
 * characters, stored as the URL parser writes it.
 */
export function webAddressField(field: string) {
  const length = z.string().max(MAX_SOURCE_URL_LENGTH, `${field} 不能超过 ${MAX_SOURCE_URL_LENGTH} 个字符 must be at most ${MAX_SOURCE_URL_LENGTH} characters`);
  return length
    .trim()
    .refine((s) => !CONTROL.test(s), `${field} 含有控制字符 contains control characters`)
    .pipe(z.url({ protocol: /^https?$/, normalize: true, error: `${field} 须为 http(s) 网址 must be an http or https address` }))
    // percent-encoding and punycode can lengthen it
    .pipe(length);
}

/** Where a report was found (stated by the uploader). */
export const sourceUrlField = webAddressField("sourceUrl");

/** A search by name. */
export const searchTextField = z
  .string()
  .max(50, "q 不能超过 50 个字符 must be at most 50 characters")
  .refine((s) => !CONTROL.test(s), "q 含有控制字符 contains control characters");

/**
 * A corrected figure. Above 2^53 a double no longer holds every whole number, and a figure near
 * the largest double came back from PostgreSQL out of range (a 500): no report states such counts.
 */
export const correctedValueField = z
  .number({ error: "value 须为数字 must be a number" })
  .finite("value 须为有限数 must be finite")
  .min(0, "value 不能为负 must not be negative")
  .max(Number.MAX_SAFE_INTEGER, `value 不能超过 ${Number.MAX_SAFE_INTEGER} must be at most ${Number.MAX_SAFE_INTEGER}`);

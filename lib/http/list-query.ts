import { z } from "zod";
import { searchTextField } from "./input-fields";

const code = z.string().regex(/^\d{6}$/, "6 位行政区划代码 a 6-digit division code");
const year = z.coerce.number().int().min(1990).max(2100);
const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(500).default(50);

const listReportsSchema = z.object({
  jurisdiction: code.optional(),
  year: year.optional(),
  kind: z.enum(["annual_report", "work_plan", "other"]).optional(),
  /** 1: only reports a person has reviewed; 0: only those no one has */
  reviewed: z.enum(["0", "1"]).transform((v) => v === "1").optional(),
  page,
  pageSize,
});
export type ListReportsQuery = z.infer<typeof listReportsSchema>;

const listValuesSchema = z.object({
  key: z.string().regex(/^[a-z_]+\.[a-z_]+$/).optional(),
  jurisdiction: code.optional(),
  year: year.optional(),
  scope: z.enum(["area", "own"]).optional(),
  /** 1: only figures a person has reviewed */
  reviewed: z.enum(["0", "1"]).transform((v) => v === "1").optional(),
  format: z.enum(["json", "csv"]).default("json"),
  /** JSON: at most 100,000 (10,000 unless given); CSV: every row unless given */
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});
export type ListValuesQuery = z.infer<typeof listValuesSchema>;

const listJurisdictionsSchema = z.object({
  q: searchTextField.optional(),
  parent: code.optional(),
  withReports: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
});
export type ListJurisdictionsQuery = z.infer<typeof listJurisdictionsSchema>;

const fromParams = (p: URLSearchParams) => Object.fromEntries([...p.entries()].filter(([, v]) => v !== ""));

export const parseListReportsQuery = (p: URLSearchParams) => listReportsSchema.parse(fromParams(p));
export const parseListValuesQuery = (p: URLSearchParams) => listValuesSchema.parse(fromParams(p));
export const parseListJurisdictionsQuery = (p: URLSearchParams) => listJurisdictionsSchema.parse(fromParams(p));

import { fileNameOf } from "../charts/file-name";
import { getByCode } from "../gazetteer";
import { getIndicator } from "../indicators";

export { fileNameOf };

/** The name of a values export: the places, the indicator, the year and scope asked for. */
export function valuesFileName(filter: { key?: string; jurisdiction?: string; year?: number; scope?: string }): string {
  const place = filter.jurisdiction ? (getByCode(filter.jurisdiction)?.name ?? filter.jurisdiction) : null;
  const indicator = filter.key ? (getIndicator(filter.key)?.zh ?? filter.key) : null;
  return fileNameOf([place ?? (indicator ? null : "values"), indicator, filter.year, filter.scope === "own" ? "本级政府" : filter.scope === "area" ? "全域" : null], "csv");
}

/**
 * Content-Disposition for a name with Chinese in it: an ASCII fallback for old clients and the
 * UTF-8 name (RFC 6266 / 5987) that browsers use.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

import { fileNameOf } from "../charts/file-name";
import { getByCode } from "../gazetteer";
import { SCOPE_LABEL } from "../display/labels";
import { getIndicator } from "../indicators";

export { fileNameOf };

/** The name of a values export: the places, the indicator, the year and scope asked for. */
export function valuesFileName(filter: { key?: string; jurisdiction?: string; year?: number; scope?: string }): string {
  const place = filter.jurisdiction ? (getByCode(filter.jurisdiction)?.name ?? filter.jurisdiction) : null;
  const indicator = filter.key ? (getIndicator(filter.key)?.zh ?? filter.key) : null;
  return fileNameOf([place ?? (indicator ? null : "values"), indicator, filter.year, filter.scope === "own" || filter.scope === "area" ? SCOPE_LABEL[filter.scope].zh : null], "csv");
}

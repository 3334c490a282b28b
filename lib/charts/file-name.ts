/**
 * A file named after what it holds (庐阳区-行政复议受理数-2023.svg), not trend.svg or values.csv
 * three times over: the parts in order, characters a file system refuses dropped. No imports, so
 * the charts' client code can use it.
 */
export function fileNameOf(parts: (string | number | null | undefined)[], ext: string): string {
  const name = parts
    .filter((p) => p !== null && p !== undefined && p !== "")
    .map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, "_").replace(/[()()]/g, ""))
    .join("-");
  return `${name || "download"}.${ext}`;
}

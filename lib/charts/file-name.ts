/**
 * A file named after what it holds (庐阳区-行政复议受理数-2023.svg), not trend.svg or values.csv
 * three times over: the parts in order, characters a file system refuses dropped. No imports, so
 * the charts' client code can use it.
 */
export function fileNameOf(parts: (string | number | null | undefined)[], ext: string): string {
  const name = parts
    // a span of one year (2024–2024) or a repeated part names it once
    .filter((p, i) => p !== null && p !== undefined && p !== "" && p !== parts[i - 1])
    .map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, "_").replace(/[()()]/g, ""))
    .join("-");
  return `${name || "download"}.${ext}`;
}

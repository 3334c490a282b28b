/**
 * What a person types for a place, reduced to the place's name: people paste a government's
 * full name (庆阳市人民政府, 西峰区人民政府办公室) or its judicial bureau (西峰区司法局) from a report's
 * heading, and the gazetteer knows only 庆阳市 and 西峰区.
 */
const OFFICE_SUFFIX = /(人民政府|政府)(办公室|办公厅)?$|(司法局|司法厅|法治办|依法治[市县区省]办(公室)?)$/;

export function placeQuery(query: string): string {
  const q = query.trim().replace(/\s+/g, "");
  const stripped = q.replace(OFFICE_SUFFIX, "");
  return stripped || q;
}

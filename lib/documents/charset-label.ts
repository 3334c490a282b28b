/** A charset name as a decoder label: the GB family as GB18030, UTF-16 (never right for an ASCII-readable page) as UTF-8. */
export function charsetLabel(name: string): string | undefined {
  const label = name.trim().toLowerCase();
  if (!label) return undefined;
  // The GB family decodes as GB18030, the superset: pages labelled gb2312 routinely hold GBK-only
  // characters (镕, 堃), and Node's ICU "gbk" differs from the WHATWG table in a few code points.
  if (/^(gb2312|gb_2312(-80)?|gbk|x-gbk|cp936|windows-936|gb18030|csgb2312|chinese|iso-ir-58)$/.test(label)) return "gb18030";
  // A page saved as UTF-16 cannot have an ASCII-readable meta; the label is a leftover.
  if (label.startsWith("utf-16")) return "utf-8";
  return label;
}

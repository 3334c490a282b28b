import traditionalToSimplified from "opencc-js/dict/TSCharacters";

// Traditional -> simplified, one character to one, so a report stored in traditional characters (a
// repost rendered by a converter, a Hong Kong or Taiwan mirror) reads like any other and every offset
// into the text still points at the same character. The characters come from OpenCC's dictionary
// (opencc-js): its phrase pass is left out on purpose, because a phrase may change the text's length
// and the engine's evidence offsets must hold. Its first reading of each character is taken.
// 乾 is left out: it is also a simplified character of its own (乾隆, 乾坤), not only 干.
const KEPT_AS_WRITTEN = new Set(["乾"]);
// variants OpenCC's traditional dictionary does not list (they come through its regional tables)
const VARIANTS: Record<string, string> = { 叡: "睿", 粧: "妆", 隄: "堤" };

// one slot per UTF-16 code unit (0: not a traditional character): a lookup per character of every
// report is on the hot path of extraction, where a Map of strings cost more than the rest of the pass
let table: Uint16Array | undefined;

function set(into: Uint16Array, traditional: string, simplified: string | undefined): void {
  if (traditional.length !== 1 || simplified?.length !== 1 || KEPT_AS_WRITTEN.has(traditional)) return;
  into[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
}

function simplifiedTable(): Uint16Array {
  if (!table) {
    const built = new Uint16Array(0x10000);
    // "丟 丢|並 并|乾 干 乾|…": a traditional character, then its simplified readings
    for (const entry of traditionalToSimplified.split("|")) {
      const [traditional, simplified] = entry.split(" ");
      set(built, traditional, simplified);
    }
    for (const [traditional, simplified] of Object.entries(VARIANTS)) set(built, traditional, simplified);
    table = built;
  }
  return table;
}

/** The simplified form of one UTF-16 code unit, or the unit itself. */
export function toSimplifiedCode(code: number): number {
  return simplifiedTable()[code] || code;
}

import { analyse } from "chardet";
import { AppError } from "../errors/app-error";
import { notText } from "./document-errors";

/**
 * Bytes of a plain-text report to a string. Order: a byte-order mark; UTF-16 without a mark
 * (NUL bytes, and one byte order reads as text); strict UTF-8; chardet's guess among the
 * encodings Chinese government sites use (GB18030 ⊃ GBK ⊃ GB2312, Big5); then whichever of
 * those reads best.
 * Binary data (NUL-heavy) and text no encoding reads cleanly are refused with NotTextError.
 * Node's TextDecoder('gbk') is not GBK: only 'gb18030' is used.
 */
export interface DecodedBytes {
  text: string;
  /** the WHATWG name of the encoding used: utf-8, utf-16le, utf-16be, gb18030, big5 */
  encoding: string;
}
export type DecodedText = DecodedBytes;

export class NotTextError extends AppError {
  constructor(readonly reason: "binary" | "undecodable") {
    const base = notText();
    super(base.code, base.message, { reason });
    this.name = "NotTextError";
  }
}

const SAMPLE = 64 * 1024;
// a decoding with more replacement or control characters than this is the wrong one
const MAX_BAD_SHARE = 0.02;
const CHINESE = ["gb18030", "big5"] as const;

function decode(bytes: Uint8Array, encoding: string, fatal = false): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** share of U+FFFD and C0 controls (other than tab and line ends) in a decoded sample */
function badShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad / text.length;
}

// the commonest characters of reports, to tell a right Chinese decoding from a wrong one
const COMMON = new Set([..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"]);

function commonShare(text: string): number {
  let n = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (COMMON.has(ch)) n++;
    }
  }
  return cjk === 0 ? 0 : n / cjk;
}

/** share of code units a Chinese report is made of: CJK, ASCII, CJK punctuation, full-width forms */
function textyShare(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d) ok++;
  }
  return ok / text.length;
}

/**
 * UTF-16 without a mark: both byte orders are tried and the one that reads as Chinese and ASCII
 * wins (ASCII puts NULs on one side of each pair, 一 = U+4E00 on the other, so counting NULs alone
 * misleads).
 */
function utf16WithoutMark(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const even = sample.subarray(0, sample.length - (sample.length % 2));
  let best: { encoding: "utf-16le" | "utf-16be"; share: number } | null = null;
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    const share = textyShare(decode(even, encoding) ?? "");
    if (!best || share > best.share) best = { encoding, share };
  }
  return best && best.share >= 0.9 ? best.encoding : null;
}

function chineseGuess(sample: Uint8Array): string | null {
  for (const m of analyse(sample)) {
    const name = m.name.toLowerCase();
    if (name === "gb18030" || name === "gbk" || name === "gb2312") return "gb18030";
    if (name === "big5") return "big5";
    if (name === "utf-16le" || name === "utf-16be") return name;
  }
  return null;
}

function bestChinese(sample: Uint8Array): string {
  const scored = CHINESE.map((encoding) => {
    const text = decode(sample, encoding) ?? "";
    return { encoding, bad: badShare(text), common: commonShare(text) };
  });
  scored.sort((a, b) => a.bad - b.bad || b.common - a.common);
  return scored[0].encoding;
}

export function decodeText(input: Uint8Array): DecodedBytes {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return { text: "", encoding: "utf-8" };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), "utf-8") ?? "", encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), "utf-16le") ?? "", encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), "utf-16be") ?? "", encoding: "utf-16be" };

  const sample = bytes.subarray(0, SAMPLE);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls++;
  if (nuls > 0) {
    const utf16 = utf16WithoutMark(sample);
    if (utf16) return { text: decode(bytes, utf16) ?? "", encoding: utf16 };
    if (nuls > sample.length * 0.01) throw new NotTextError("binary");
  }

  const utf8 = decode(bytes, "utf-8", true);
  if (utf8 !== null && badShare(utf8.slice(0, SAMPLE)) <= MAX_BAD_SHARE) return { text: utf8.replace(/\0/g, ""), encoding: "utf-8" };

  const guess = chineseGuess(sample);
  const encoding = guess && badShare(decode(sample, guess) ?? "\ufffd") <= MAX_BAD_SHARE ? guess : bestChinese(sample);
  const text = decode(bytes, encoding);
  if (text === null || badShare(text.slice(0, SAMPLE)) > MAX_BAD_SHARE) throw new NotTextError("undecodable");
  return { text: text.replace(/\0/g, ""), encoding };
}

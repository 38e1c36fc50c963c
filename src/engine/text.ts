/**
 * Vietnamese text normalisation. Cells copied from Word or typed on different keyboards mix composed
 * (NFC) and decomposed (NFD) diacritics, non-breaking spaces and line breaks inside merged header cells;
 * everything the engine compares goes through these two functions so that such differences never matter.
 */

/** Any run of whitespace, including NBSP, narrow NBSP, zero-width spaces and line breaks. */
const WHITESPACE_RUN = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/**
 * Office 2016/2019 run the task pane in IE11, which has no String.prototype.normalize: there the text is
 * used as it is and foldKey strips Vietnamese diacritics through the table below instead.
 */
const HAS_NORMALIZE = typeof "".normalize === "function";

/** The base letter of each precomposed Vietnamese lower-case letter (foldKey's fallback without normalize). */
const VIETNAMESE_BASE: { readonly [base: string]: string } = {
  a: "àáảãạăằắẳẵặâầấẩẫậ",
  e: "èéẻẽẹêềếểễệ",
  i: "ìíỉĩị",
  o: "òóỏõọôồốổỗộơờớởỡợ",
  u: "ùúủũụưừứửữự",
  y: "ỳýỷỹỵ",
};
const FOLD_FALLBACK: { [ch: string]: string } = {};
for (const base of Object.keys(VIETNAMESE_BASE)) for (const ch of VIETNAMESE_BASE[base].split("")) FOLD_FALLBACK[ch] = base;
const PRECOMPOSED = new RegExp(`[${Object.keys(FOLD_FALLBACK).join("")}]`, "g");

/** NFC where the runtime can (IE11 cannot). */
export function toNfc(s: string): string {
  return HAS_NORMALIZE ? s.normalize("NFC") : s;
}

function stripDiacritics(lower: string): string {
  const decomposed = HAS_NORMALIZE ? lower.normalize("NFD") : lower.replace(PRECOMPOSED, (ch) => FOLD_FALLBACK[ch]);
  return decomposed.replace(/[\u0300-\u036f]/g, "");
}

/** NFC, trimmed, every whitespace run (line breaks and NBSP included) collapsed into one space. */
export function normalizeText(s: string): string {
  return toNfc(s).replace(WHITESPACE_RUN, " ").trim();
}

/**
 * A matching key for header words and labels: normalised, lower-case, diacritics removed, đ → d.
 * "TỔNG CỘNG" and "Tổng  cộng" and "tong cong" all give "tong cong".
 */
export function foldKey(s: string): string {
  return (
    stripDiacritics(normalizeText(s).toLowerCase())
      // Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from old TCVN3/VNI fonts.
      .replace(/[\u0110\u0111\u00d0\u00f0]/g, "d")
  );
}

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

/** Printable ASCII only: nothing to compose, decompose or strip, so normalize() can be skipped. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Remembers the last few thousand results of a string function. Detection and the checks fold the same
 * labels and headers many times over (every label test folds its cell again), and normalize() is most of
 * the engine's time on a large sheet. The limit is above the distinct texts of a 10,000-unit table (label,
 * its prefix, its folded forms) so one analysis never evicts what it still needs; past it the cache starts
 * over, which keeps memory bounded (a few MB) on sheets of any size.
 */
export function memoize(fn: (s: string) => string, limit = 50000): (s: string) => string {
  let cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= limit) cache = new Map<string, string>();
      cache.set(s, v);
    }
    return v;
  };
}

/** NFC where the runtime can (IE11 cannot). */
export function toNfc(s: string): string {
  return HAS_NORMALIZE && !PLAIN_ASCII.test(s) ? s.normalize("NFC") : s;
}

function stripDiacritics(lower: string): string {
  if (PLAIN_ASCII.test(lower)) return lower;
  const decomposed = HAS_NORMALIZE ? lower.normalize("NFD") : lower.replace(PRECOMPOSED, (ch) => FOLD_FALLBACK[ch]);
  return decomposed.replace(/[\u0300-\u036f]/g, "");
}

/** NFC, trimmed, every whitespace run (line breaks and NBSP included) collapsed into one space. */
export const normalizeText = memoize((s: string): string => toNfc(s).replace(WHITESPACE_RUN, " ").trim());

/**
 * A matching key for header words and labels: normalised, lower-case, diacritics removed, đ → d.
 * "TỔNG CỘNG" and "Tổng  cộng" and "tong cong" all give "tong cong".
 */
export const foldKey = memoize(
  (s: string): string =>
    stripDiacritics(normalizeText(s).toLowerCase())
      // Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from old TCVN3/VNI fonts.
      .replace(/[\u0110\u0111\u00d0\u00f0]/g, "d"),
);

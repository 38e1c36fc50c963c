/**
 * The unit a workbook belongs to, read from what it says about itself, for a summary written before any
 * summary exists (no list of names to match against): the issuing body's line in the captions ("ĐẢNG BỘ
 * CỤC THUẾ TỈNH BÌNH ĐỊNH", "HUYỆN ỦY KIM ĐỘNG" — the lowest such line, the parent body is written above
 * it), a title's "… của Đảng bộ X", then a sheet name that is not Excel's default, then the file name.
 */
import { foldKey, normalizeText } from "../text";

const BODY_LINE = /^(dang bo|chi bo|dang uy|huyen uy|thanh uy|thi uy|quan uy)\s+(.+)$/;
const OF_BODY = /\bcua (dang bo|chi bo|dang uy)\s+/;
const PLACE_OF_COMMITTEE: { readonly [k: string]: string } = { "huyen uy": "Huyện", "thanh uy": "Thành phố", "thi uy": "Thị xã", "quan uy": "Quận" };
const DEFAULT_SHEET = /^(sheet|trang tinh|bang tinh)\s*\d*$/;

/** "CỤC THUẾ TỈNH BÌNH ĐỊNH" → "Cục Thuế Tỉnh Bình Định": capitals only where a word starts. */
function wordCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => (w.length > 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(" ");
}

/** The words after the first `count` words of `text` (foldKey keeps one word per word, so positions agree). */
function afterWords(text: string, count: number): string {
  return text.split(" ").slice(count).join(" ");
}

export function unitNameOf(captions: readonly string[], sheetNames: readonly string[], fileName: string): string {
  for (let i = captions.length - 1; i >= 0; i--) {
    const line = normalizeText(captions[i]);
    const m = BODY_LINE.exec(foldKey(line));
    if (!m) continue;
    // "ĐẢNG ỦY KHỐI …" above a unit's own line is the parent: a lower line wins (the loop goes upwards).
    const rest = afterWords(line, 2);
    const place = PLACE_OF_COMMITTEE[m[1]];
    return place ? `${place} ${wordCase(rest)}` : wordCase(rest);
  }
  for (const c of captions) {
    const line = normalizeText(c);
    const k = foldKey(line);
    const m = OF_BODY.exec(k);
    if (!m) continue;
    const words = k.slice(0, m.index + m[0].length).trim().split(" ").length;
    const rest = afterWords(line, words).replace(/\s*(năm|nam|giai đoạn|giai doan|đến|den|tính đến)\b.*$/i, "");
    if (rest.trim() !== "") return wordCase(rest.trim());
  }
  for (const s of sheetNames) if (!DEFAULT_SHEET.test(foldKey(s))) return normalizeText(s);
  return normalizeText(fileName.replace(/\.(xlsx|xlsm|xls)$/i, "").replace(/[-_]+/g, " "));
}

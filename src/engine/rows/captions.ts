/**
 * Figures stated in a table's caption ("Đảng bộ có 709 tổ chức cơ sở đảng; 701 được đánh giá"): candidate
 * bases for its percents when no row of the table holds them. Dates, years, document numbers and
 * enumerators are not figures.
 */
import { foldKey } from "../text";

export function captionFigures(captions: readonly string[]): number[] {
  const out: number[] = [];
  for (const line of captions) {
    const k = foldKey(line)
      .replace(/\b\d{1,2}\s*[/-]\s*\d{1,2}(\s*[/-]\s*\d{2,4})?\b/g, " ")
      .replace(/\b(nam|ngay|thang|quy|dot|khoa|so|nhiem ky|giai doan|lan|phu luc|bieu|mau)\s+[\d.,/-]+/g, " ")
      .replace(/^\s*[\divxlc]+\s*[.)]\s+/, " ");
    // Tokens of digits, dots and commas: "1.235" (thousands) and "701" are figures; "58,57" and "1.5" are not counts.
    for (const token of k.split(/[^\d.,]+/)) {
      const t = token.replace(/[.,]+$/, "");
      if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(t)) continue;
      const value = Number(t.replace(/\./g, ""));
      if (value < 2 || (value >= 1945 && value <= 2100)) continue;
      if (!out.includes(value)) out.push(value);
    }
  }
  return out;
}

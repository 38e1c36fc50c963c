/**
 * Header words that suggest or forbid a relation, matched on folded keys (no diacritics, lower case),
 * so "TỔNG CỘNG", "Tổng cộng" and "Tong cong" read alike.
 */
import { foldKey as foldText } from "../text";
import type { Column } from "../model";

const has = (key: string, re: RegExp) => re.test(key);

/** Header texts repeat across thousands of comparisons (column pairs): fold each text once. */
const folded = new Map<string, string>();
function foldKey(s: string): string {
  let k = folded.get(s);
  if (k === undefined) {
    k = foldText(s);
    if (folded.size > 10_000) folded.clear();
    folded.set(s, k);
  }
  return k;
}

/** "Tổng cộng", "Tổng số", "Cộng", "Tổng": a column that is the sum of its siblings. */
export function isTotalHeader(label: string): boolean {
  const key = foldKey(label);
  // "Cộng" only alone or before a bracket/colon: "Cộng Hiền" is a commune, "Tổng hợp" is not a total.
  return key === "tong" || /^cong\s*($|[(:])/.test(key) || /\btong (cong|so)\b/.test(key);
}

/** "Chia ra", "Gồm", "Bao gồm": a group whose columns are the parts of the column before it. */
export function isPartsGroupHeader(label: string): boolean {
  return has(foldKey(label), /^(chia ra|gom|bao gom|trong do gom)\b/);
}

/** "Trong đó": overlapping subsets, never parts of a sum. */
export function isSubsetHeader(label: string): boolean {
  return has(foldKey(label), /^trong do\b/) && !isPartsGroupHeader(label);
}

/** Old/new alternatives ("Chỉ tiêu cũ" / "Chỉ tiêu mới"): two versions of the same figure, not parts. */
export function areAlternatives(a: Column, b: Column): boolean {
  const ka = foldKey(a.header);
  const kb = foldKey(b.header);
  const oldNew = (x: string, y: string) => /\bcu\b/.test(x) && /\bmoi\b/.test(y);
  return oldNew(ka, kb) || oldNew(kb, ka) || /\b(dieu chinh|sau dieu chinh|truoc dieu chinh)\b/.test(ka + " " + kb);
}

/** Whether any header on the column's path says "Trong đó". */
export function underSubsetHeader(c: Column): boolean {
  return c.path.some((p) => isSubsetHeader(p));
}

/** A column whose header says it is a total ("Tổng cộng", "Tổng số"), judged on its leaf header. */
export function isTotalColumn(c: Column): boolean {
  return isTotalHeader(c.header);
}

/** A numerator-like header: results ("Đã kết nạp", "Kết quả", "Thực hiện", "Tổng cộng"). */
export function isResultHeader(c: Column): boolean {
  return /\b(da ket nap|ket qua|thuc hien|dat duoc|tong cong|tong so|ket nap)\b/.test(foldKey(c.header));
}

/** A denominator-like header: plans and quotas ("Chỉ tiêu", "Kế hoạch", "Nghị quyết", "Tổng số đảng viên"). */
export function isPlanHeader(c: Column): boolean {
  return /\b(chi tieu|ke hoach|nghi quyet|duoc giao|giao)\b/.test(foldKey(c.header));
}

/** "Còn thiếu", "Số còn lại", "Chưa đạt": a shortfall column. */
export function isShortfallHeader(c: Column): boolean {
  return /\b(con thieu|thieu|con lai|chua dat|chua thuc hien)\b/.test(foldKey(c.header));
}

/** Averages and rates are not summed in a total row. */
export function isNotSummable(c: Column): boolean {
  return /\b(binh quan|trung binh|ty le|ti le|ty trong|ti trong)\b/.test(foldKey(c.header));
}

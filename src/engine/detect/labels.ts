/**
 * The words that give a row or a column its meaning. Everything is matched on foldKey (lower-case, no
 * diacritics, đ → d), so "TỔNG CỘNG", "Tổng cộng" and "Tong cong" are one label.
 */
import { foldKey, memoize, toNfc } from "../text";

/**
 * foldKey, except that "công" (public, as in "Công an", "Tổng công ty") stays apart from "cộng" (sum):
 * folding alone makes both "cong" and would read the police unit as a sub-total.
 */
const labelKey = memoize((text: string): string => foldKey(toNfc(text).toLowerCase().replace(/c[ôốồổỗ]ng/g, "coong")));

/** Leading enumerators of a label: "I.", "II-", "A)", "1.", "a/" (a group or item number written in front). */
const ENUMERATOR = /^(?:[ivxlc]+|[a-z]|\d{1,3})\s*[.)\-/:]\s+/;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** A grand-total label: "Tổng cộng", "TỔNG CỘNG", "Cộng", "Tổng", "Tổng số …", "Toàn tỉnh", "Toàn huyện". */
export function isTotalLabel(text: string): boolean {
  const k = stripEnumerator(labelKey(text)).replace(/[:.]+$/, "");
  if (/^(tong cong|cong|tong|tong so|toan tinh|toan huyen|toan thanh pho|toan thi xa|toan quan|toan dang bo|toan khoi|toan nganh|ca nuoc)$/.test(k)) {
    return true;
  }
  return /^tong cong\b/.test(k) || /^tong so\b/.test(k) || /^toan (tinh|huyen|dang bo|khoi)\b/.test(k) || isGrandTotalPhrase(k);
}

/**
 * Grand totals written with "Cộng" / "Tổng" and more words: "Cộng toàn tỉnh", "Tổng toàn huyện", "Cộng chung",
 * and the sum of the groups "Cộng (I + II)", "Tổng (A+B)". Never sub-totals.
 */
function isGrandTotalPhrase(k: string): boolean {
  return /^(?:tong cong|cong|tong)\s+(?:toan|chung)\b/.test(k) || /^(?:tong cong|cong|tong)\s*\(?\s*[ivxlc0-9a-d]+(?:\s*\+\s*[ivxlc0-9a-d]+)+\s*\)?$/.test(k);
}

/**
 * A sub-total label that names its group: "Cộng khối huyện", "Cộng I", "Cộng (A)", "Cộng các xã",
 * "Tổng khối cơ quan". "Cộng" before any other word is only startsLikeSubtotal: communes are called
 * Cộng Hòa, Cộng Hiền, Cộng Lạc, and a table may list them without "Xã".
 */
export function isSubtotalLabel(text: string): boolean {
  const k = subtotalCandidate(text);
  return k !== undefined && (SUBTOTAL_NAMING.test(k) || /^tong khoi\b/.test(k));
}

/** The label's key, or undefined when it names a grand total ("Tổng cộng …", "Cộng toàn tỉnh", "Cộng (I + II)"). */
function subtotalCandidate(text: string): string | undefined {
  const k = stripEnumerator(labelKey(text));
  return /^tong cong\b/.test(k) || isGrandTotalPhrase(k) ? undefined : k;
}

const SUBTOTAL_NAMING = /^cong\s*(?:[:(-]\s*)?(?:khoi|nhom|cum|cac|phan|muc|dang bo|chi bo|(?:[ivxlc]+|[a-d])(?=$|[\s.:)\-]))/;

/** "Cộng" and another word: a sub-total only when its numbers add up its group (or a unit named so). */
export function startsLikeSubtotal(text: string): boolean {
  const k = subtotalCandidate(text);
  return k !== undefined && /^cong\s+\S/.test(k);
}

/** A group heading: "I. Khối huyện", "II - Khối cơ quan", "Khối doanh nghiệp", "A. Đảng bộ huyện". */
export function isGroupLabel(text: string): boolean {
  const k = foldKey(text);
  const enumerated = /^([ivxlc]+|[a-d])\s*[.)\-/:]\s*\S/.exec(k);
  if (enumerated && (ROMAN.test(enumerated[1]) || enumerated[1].length === 1)) return true;
  return /^khoi\s/.test(k) || /^nhom\s/.test(k) || /^(cac )?(dang bo|chi bo) (truc thuoc|co so)\b/.test(k);
}

/** An STT cell that numbers a group rather than a unit: a roman numeral or a capital letter. */
export function isGroupNumber(text: string): boolean {
  const k = foldKey(text).replace(/[.)]$/, "");
  return (k.length > 0 && ROMAN.test(k)) || /^[a-d]$/.test(k);
}

/** "Trong đó:" — the line that opens the subsets of a breakdown table. */
export function isInWhichLabel(text: string): boolean {
  return /^trong do\b/.test(foldKey(text));
}

/** STT column headers: "STT", "Stt", "TT", "Số TT", "Số thứ tự". */
export function isSttHeader(text: string): boolean {
  return /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/.test(foldKey(text));
}

/** Percent column headers: "Tỷ lệ %", "Tỉ lệ (%)", "%", "Đạt %". */
export function isPercentHeader(text: string): boolean {
  const k = foldKey(text);
  // "3,5%" in "Chỉ tiêu năm 2024 (3,5%)" states the rule the counts follow; only a bare "%" (a unit) or
  // "tỷ lệ" makes the column a percent.
  return /\b(ty|ti) le\b/.test(k) || k.replace(/\d+(?:[.,]\d+)?\s*%/g, "").includes("%");
}

/** Notes columns ("Ghi chú", "Nguồn số liệu"): text even when every cell is blank. */
export function isNoteHeader(text: string): boolean {
  return /^(ghi chu|chu thich|nguon so lieu)\b/.test(foldKey(text));
}

/** Row numbers typed as text: "1.", "12)", "3". */
export function isRowNumberText(text: string): boolean {
  return /^\d{1,4}\s*[.)]?$/.test(text.trim());
}

/** Caption words that never start a header band (they head the page, not a column). */
export function isCaptionText(text: string): boolean {
  const k = foldKey(text);
  return /^(phu luc|danh sach|bieu|bang|mau|\(?kem theo|dang cong san viet nam|cong hoa xa hoi|doc lap|tinh uy|huyen uy|thanh uy|thi uy|dang uy|ban thuong vu|v\/v|ve viec|so \d+\s*[-/])\b/.test(
    k,
  ) || /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/.test(k);
}

/** Result-versus-plan words in headers. */
export function isPlanHeader(text: string): boolean {
  return /\b(nghi quyet|ke hoach|chi tieu)\b/.test(foldKey(text));
}
export function isResultHeader(text: string): boolean {
  return /\b(ket qua|thuc hien)\b/.test(foldKey(text));
}
/** Label-column headers that name indicators rather than units (result-versus-plan tables). */
export function isIndicatorHeader(text: string): boolean {
  return /^(noi dung|chi tieu|chi so|tieu chi|nhiem vu|danh muc)\b/.test(foldKey(text));
}

/** A column-numbering cell: "1", "(1)", "A", "(5)=(3)+(4)", "3=1+2". */
export function isNumberingText(text: string): boolean {
  const k = foldKey(text).replace(/\s+/g, "");
  return /^(\(?([0-9]{1,2}|[a-e])\)?)([=+\-*/x:](\(?([0-9]{1,2}|[a-e])\)?))*$/.test(k);
}

function stripEnumerator(k: string): string {
  return k.replace(ENUMERATOR, "");
}

/**
 * "Chia ra:", "Chia ra (theo nghề nghiệp):", "Gồm:", "Bao gồm:", "Phân theo …": the line that opens a
 * partition of the row above (its rows add up to it). Issue 9.
 */
export function isPartitionLabel(text: string): boolean {
  const k = foldKey(text);
  // "Gồm" only as a heading ("Gồm:"): "Gốm sứ …" folds to the same letters and is a unit.
  return /^(chia ra|phan theo|chia theo)\b/.test(k) || /^(bao gom|gom)\s*(:|$)/.test(k);
}

/** "Trang 1", "Trang 2/3", "- 2 -": a page marker between the blocks of one table, not a note that ends it. */
export function isPageMarker(text: string): boolean {
  return /^(trang\s*\d+(\s*\/\s*\d+)?|-\s*\d+\s*-)$/.test(foldKey(text).trim());
}

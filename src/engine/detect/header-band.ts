/**
 * The header band: the 1–5 text rows right above the first data row (merged cells, a parent over its
 * children), plus a column-numbering row ("1 2 3 …", "(1) (2) …") when present. Caption lines above the
 * band are single lines or page furniture, not column headers.
 */
import { foldKey } from "../text";
import { isCaptionText, isNumberingText } from "./labels";
import { type Scan, cellAt, mergeOf, profileOf, shownText } from "./scan";

export interface Band {
  readonly top: number;
  readonly bottom: number;
  readonly numberingRow: number | null;
  /** Leftmost / rightmost column any band row shows. */
  readonly left: number;
  readonly right: number;
}

const MAX_BAND_ROWS = 5;
/** Longer cells are sentences, not column headers. */
const MAX_HEADER_TEXT = 250;

/** The band ending right above `firstDataRow`, or null when there is none (no text rows above). */
export function findBand(s: Scan, firstDataRow: number): Band | null {
  let r = firstDataRow - 1;
  let numberingRow: number | null = null;
  if (r >= s.top && isNumberingRow(s, r)) {
    numberingRow = r;
    r--;
  }
  let count = 0;
  while (r >= s.top && count < MAX_BAND_ROWS && isHeaderRow(s, r)) {
    count++;
    r--;
  }
  // A top row holding only one merged parent over columns further down ("Chỉ tiêu …" over D:I).
  if (count > 0 && count < MAX_BAND_ROWS && r >= s.top && isLoneParentRow(s, r, r + 1)) {
    count++;
    r--;
  }
  if (count === 0) return null;
  const top = r + 1;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (let row = top; row < firstDataRow; row++) {
    const p = profileOf(s, row);
    if (p.first < 0) continue;
    left = Math.min(left, p.first);
    right = Math.max(right, p.last);
  }
  return { top, bottom: firstDataRow - 1, numberingRow, left, right };
}

/** A text row with at least two header cells (a merged area reaching down from above counts). */
export function isHeaderRow(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  if (p.occupied < 2) return false;
  if ((p.numbers > 0 || p.errors > 0) && !isYearHeaderRow(s, row) && !isTextRowWithStrayCell(s, row)) return false;
  for (let c = p.first; c <= p.last; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind !== "text") continue;
    if (cell.text.length > MAX_HEADER_TEXT || isCaptionText(cell.text)) return false;
  }
  return true;
}

/**
 * A header row of words with one number or error among them ("STT | Tên chi bộ | Chỉ tiêu giao | 2024", or
 * a stray #REF!): still a header row, or the whole table under it would go unseen. At least three words
 * to the one odd cell, so a unit row (a name and one number) never reads as a header.
 */
function isTextRowWithStrayCell(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  return p.numbers + p.errors === 1 && p.texts >= 3;
}

/**
 * Years typed as numbers under a header ("Năm" over 2024 | 2025): two or more increasing years, no text
 * of the row's own (the other cells reach down from the header row above), right under a header row.
 */
export function isYearHeaderRow(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  if (p.numbers < 2 || p.texts > 0 || p.errors > 0 || row - 1 < s.top) return false;
  let previous = 0;
  for (let c = p.first; c <= p.last; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind === "blank") continue;
    if (cell.kind !== "number" && cell.kind !== "text-number") return false;
    if (!Number.isInteger(cell.value) || cell.value < 1950 || cell.value > 2100 || cell.value <= previous) return false;
    previous = cell.value;
  }
  const above = profileOf(s, row - 1);
  return above.numbers === 0 && above.texts > 0 && isHeaderRow(s, row - 1);
}

function isLoneParentRow(s: Scan, row: number, below: number): boolean {
  const p = profileOf(s, row);
  if (p.occupied !== 1 || p.numbers > 0 || p.errors > 0) return false;
  const m = mergeOf(s, row, p.first);
  const pb = profileOf(s, below);
  if (!m || m.top !== row || m.right <= m.left) return false;
  const text = shownText(s, row, p.first);
  return !isCaptionText(text) && text.length <= MAX_HEADER_TEXT && (m.left > pb.first || m.right < pb.last);
}

/** "1 2 3 …", "(1) (2) (3)", "A B 1 2 3", "(5)=(3)+(4)": every cell a column number, increasing. */
export function isNumberingRow(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  if (p.occupied < 2 || p.errors > 0) return false;
  let previous = Number.NEGATIVE_INFINITY;
  let cells = 0;
  for (let c = p.first; c <= p.last; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind === "blank") continue;
    cells++;
    if (cell.kind === "number") {
      if (!Number.isInteger(cell.value) || cell.value <= previous || cell.value > 200) return false;
      previous = cell.value;
    } else if (cell.kind === "text" || cell.kind === "text-number") {
      if (!isNumberingText(cell.text)) return false;
      const n = /^\(?(\d+)\)?/.exec(cell.text.replace(/\s+/g, ""));
      if (n) {
        if (Number(n[1]) <= previous) return false;
        previous = Number(n[1]);
      }
    } else {
      return false;
    }
  }
  return cells >= 2;
}

/** The folded texts a band row shows, left to right: two rows with the same signature repeat a header. */
export function rowSignature(s: Scan, row: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let c = left; c <= right; c++) {
    const m = mergeOf(s, row, c);
    if (m && (m.top !== row || m.left !== c)) continue;
    const cell = cellAt(s, row, c);
    if (cell.kind === "blank") continue;
    parts.push(foldKey(cell.kind === "number" ? String(cell.value) : cell.kind === "text" || cell.kind === "text-number" ? cell.text : ""));
  }
  return parts.join("\u0001");
}

/**
 * Where `row` starts a repeat of the band (a page break with the header printed again): the rows of the
 * repeat, or [] when it is no repeat. A repeat may leave out the band's top rows or its numbering row.
 */
export function repeatedBandAt(s: Scan, row: number, band: Band, bandSignatures: readonly string[]): number[] {
  const rows: number[] = [];
  // Header rows hold text only; a row with values (every unit row) is never a repeat.
  if (profileOf(s, row).numbers > 0 && !isNumberingRow(s, row) && !isYearHeaderRow(s, row)) return rows;
  let r = row;
  let i = bandSignatures.indexOf(rowSignature(s, r, band.left, band.right));
  // One-cell rows ("STT" alone) are too weak to call a repeat.
  if (i < 0 || !bandSignatures[i].includes("\u0001")) return rows;
  while (r <= s.bottom && i < bandSignatures.length && rowSignature(s, r, band.left, band.right) === bandSignatures[i]) {
    rows.push(r);
    r++;
    i++;
  }
  if (r <= s.bottom && isNumberingRow(s, r)) rows.push(r);
  return rows;
}

export function bandSignatures(s: Scan, band: Band): string[] {
  const out: string[] = [];
  for (let r = band.top; r <= band.bottom; r++) out.push(rowSignature(s, r, band.left, band.right));
  return out;
}

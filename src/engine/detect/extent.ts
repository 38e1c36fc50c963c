/**
 * How far a table goes down from its header band. It continues through unit rows (a unit assigned
 * nothing is still a unit), total and group rows, short blank gaps and header bands repeated after a
 * page break; it ends at a long blank run, a prose line, or the header band of another table.
 */
import { isGroupLabel, isGroupNumber, isInWhichLabel, isPageMarker, isPartitionLabel, isSubtotalLabel, isTotalLabel, startsLikeSubtotal } from "./labels";
import { type Band, bandSignatures, isNumberingRow, isYearHeaderRow, repeatedBandAt } from "./header-band";
import { type Scan, cellAt, isBlankRow, numberAt, profileOf } from "./scan";
import { pushAll } from "../arrays";

export interface Extent {
  /** Rows that belong to the table body (numbers, labels, headings), in order. */
  readonly bodyRows: readonly number[];
  readonly repeatedHeaderRows: readonly number[];
  /** The last row of the table. */
  readonly bottom: number;
}

/** Blank rows inside a table (a page break in a typed document) tolerated before the rows that follow. */
const MAX_BLANK_GAP = 2;
/** A line longer than this is a sentence (a note under the table), not a unit or a group heading. */
const MAX_LABEL_TEXT = 160;

export function findExtent(s: Scan, band: Band): Extent {
  const signatures = bandSignatures(s, band);
  const bodyRows: number[] = [];
  const repeated: number[] = [];
  let r = band.bottom + 1;
  while (r <= s.bottom) {
    if (isBlankRow(s, r) || isPageMarkerRow(s, r)) {
      // "Trang 2" between two blocks of one table is a page break, read like a blank row.
      let next = nextNonBlank(s, r);
      while (next >= 0 && isPageMarkerRow(s, next)) next = nextNonBlank(s, next + 1);
      if (next < 0) break;
      const repeats = !closedByTotal(s, bodyRows) && repeatedBandAt(s, next, band, signatures).length > 0;
      if (repeats || (next - r <= MAX_BLANK_GAP && continuesTable(s, next, band))) {
        r = next;
        continue;
      }
      break;
    }
    const repeat = closedByTotal(s, bodyRows) ? [] : repeatedBandAt(s, r, band, signatures);
    if (repeat.length > 0) {
      pushAll(repeated, repeat);
      r = repeat[repeat.length - 1] + 1;
      continue;
    }
    if (!isBodyRow(s, r, band)) break;
    // After a closing "Tổng cộng" only rows with values continue (a second total); numbered notes do not.
    if (bodyRows.length > 1 && !hasValues(s, r) && closedByTotal(s, bodyRows)) break;
    bodyRows.push(r);
    r++;
  }
  // Headings at the end with nothing under them are notes, not part of the table.
  while (bodyRows.length > 0 && !hasValues(s, bodyRows[bodyRows.length - 1]) && !isUnitRowWithoutValues(s, bodyRows[bodyRows.length - 1], band)) {
    bodyRows.pop();
  }
  const lastBody = bodyRows.length > 0 ? bodyRows[bodyRows.length - 1] : band.bottom;
  return { bodyRows, repeatedHeaderRows: repeated.filter((x) => x < lastBody), bottom: lastBody };
}

/**
 * The body so far ends with a grand total ("Tổng cộng", "Toàn tỉnh"): the same header after it starts
 * another table (one per year, say), not a page continuation. A bare "Cộng" may close a group, so not it.
 */
function closedByTotal(s: Scan, bodyRows: readonly number[]): boolean {
  if (bodyRows.length === 0) return false;
  const row = bodyRows[bodyRows.length - 1];
  const p = profileOf(s, row);
  const parts: string[] = [];
  for (let c = p.first; c <= p.last && c >= 0; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind === "number" || cell.kind === "text-number" || cell.kind === "error") break;
    if (cell.kind === "text") parts.push(cell.text);
  }
  const label = parts.join(" ");
  return isTotalLabel(label) && !isSubtotalLabel(label) && !/^c[oộ]ng$/i.test(label.trim());
}

/**
 * A row with numbers or error values beyond its row number (a leading whole number is the STT, not a
 * value), and not a column-numbering or year header row.
 */
export function hasValues(s: Scan, row: number): boolean {
  const i = row - s.top;
  if (s.valueRowMemo[i] === 0) {
    const p = profileOf(s, row);
    const stt = p.first >= 0 ? numberAt(s, row, p.first) : undefined;
    const leading = stt !== undefined && Number.isInteger(stt) ? 1 : 0;
    s.valueRowMemo[i] = p.numbers + p.errors > leading && !isNumberingRow(s, row) && !isYearHeaderRow(s, row) ? 1 : 2;
  }
  return s.valueRowMemo[i] === 1;
}

function isBodyRow(s: Scan, row: number, band: Band): boolean {
  if (hasValues(s, row)) return true;
  if (isUnitRowWithoutValues(s, row, band)) return true;
  return isHeadingRow(s, row, band) && continuesTable(s, nextNonBlank(s, row + 1), band);
}

/** What may follow a blank gap or a heading: a row with values, a unit row, or another heading. */
function continuesTable(s: Scan, row: number, band: Band): boolean {
  if (row < 0) return false;
  if (hasValues(s, row) || isUnitRowWithoutValues(s, row, band)) return true;
  return isHeadingRow(s, row, band) && hasValues(s, nextNonBlank(s, row + 1) < 0 ? row : nextNonBlank(s, row + 1));
}

/** "12 | Công an tỉnh | (blank …)": a numbered unit row with nothing assigned. */
function isUnitRowWithoutValues(s: Scan, row: number, band: Band): boolean {
  const first = cellAt(s, row, band.left);
  const p = profileOf(s, row);
  if (p.texts === 0 || p.first > band.left + 1) return false;
  const numbered = (first.kind === "number" || first.kind === "text-number") && Number.isInteger(first.value) && first.value > 0;
  return numbered && p.texts <= 3 && longestText(s, row) <= MAX_LABEL_TEXT;
}

/** "I. Khối huyện", "II", "Trong đó:", "Cộng khối …", "Tổng cộng": a short label line inside the table. */
function isHeadingRow(s: Scan, row: number, band: Band): boolean {
  const p = profileOf(s, row);
  // A heading is a label, perhaps with its number; a row of several texts is another header band.
  if (p.occupied > 3 || p.first < band.left || p.last > band.right || longestText(s, row) > MAX_LABEL_TEXT) return false;
  for (let c = p.first; c <= p.last; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind !== "text") continue;
    const t = cell.text;
    if (isGroupLabel(t) || isGroupNumber(t) || isInWhichLabel(t) || isPartitionLabel(t) || isSubtotalLabel(t) || startsLikeSubtotal(t) || isTotalLabel(t)) return true;
  }
  return false;
}

/** A row holding only a page marker ("Trang 2"). */
function isPageMarkerRow(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  if (p.occupied !== 1 || p.texts !== 1) return false;
  const cell = cellAt(s, row, p.first);
  return cell.kind === "text" && isPageMarker(cell.text);
}

function longestText(s: Scan, row: number): number {
  const p = profileOf(s, row);
  let longest = 0;
  for (let c = p.first; c <= p.last && c >= 0; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind === "text") longest = Math.max(longest, cell.text.length);
  }
  return longest;
}

export function nextNonBlank(s: Scan, from: number): number {
  for (let r = from; r <= s.bottom; r++) if (!isBlankRow(s, r)) return r;
  return -1;
}

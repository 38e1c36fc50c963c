/**
 * Sub-totals told by their row numbers. Tables that list communes under their district number them
 * "1 | Huyện A", then "a | Xã X", "b | Xã Y" (or "1.1", "1.2"): the numbered row holds the sum of the rows
 * numbered under it. Read as units, every such row would be counted twice in the total. A row becomes
 * the sub-total of the rows one level below it only when its numbers add them up (confirmsSum), so a
 * unit that merely has sub-items with other figures stays a unit.
 */
import type { SubtotalGroup } from "../model";
import { type Scan, shownText } from "./scan";
import { confirmsSum } from "./group-sums";

/** "1", "1." → 1; "1.2" → 2; "1.2.3" → 3; undefined for anything else. */
function arabicLevel(stt: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/.exec(stt.trim());
  return m ? m[1].split(".").length : undefined;
}

/** A lower-case letter item ("a", "b)", "c.") under the last arabic-numbered row. */
const LETTER_ITEM = /^[a-zđ][.)]?$/;

/** Each row's depth in the numbering, undefined where its STT says nothing about depth. */
function levels(s: Scan, rows: readonly number[], sttCol: number): (number | undefined)[] {
  let lastArabic: number | undefined;
  return rows.map((r) => {
    const stt = shownText(s, r, sttCol).trim();
    const level = arabicLevel(stt);
    if (level !== undefined) {
      lastArabic = level;
      return level;
    }
    return LETTER_ITEM.test(stt) && lastArabic !== undefined ? lastArabic + 1 : undefined;
  });
}

export function nestByNumbering(
  s: Scan,
  dataRows: readonly number[],
  subtotals: readonly SubtotalGroup[],
  sttCol: number,
  sumCols: readonly number[],
): { dataRows: number[]; subtotals: SubtotalGroup[] } {
  const depth = levels(s, dataRows, sttCol);
  const found: SubtotalGroup[] = [];
  depth.forEach((level, i) => {
    if (level === undefined) return;
    // The rows one level below, up to the next row at this level or above (or one without a number).
    const children: number[] = [];
    for (let j = i + 1; j < dataRows.length; j++) {
      const d = depth[j];
      if (d === undefined || d <= level) break;
      if (d === level + 1) children.push(dataRows[j]);
    }
    if (children.length > 0 && confirmsSum(s, dataRows[i], children, sumCols)) found.push({ row: dataRows[i], members: children });
  });
  if (found.length === 0) return { dataRows: [...dataRows], subtotals: [...subtotals] };
  const grouped = new Set(found.map((g) => g.row));
  return {
    dataRows: dataRows.filter((r) => !grouped.has(r)),
    subtotals: [...subtotals, ...found].sort((a, b) => a.row - b.row),
  };
}

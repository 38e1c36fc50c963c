/**
 * The rows of a table body: unit rows, grand-total rows (first or last), and group rows. A group row
 * ("I. Khối huyện" with numbers over its units, or "Cộng …" under them) is a sub-total when its numbers
 * add up its units in at least half the columns both fill, or when its label says so ("Cộng khối …");
 * otherwise it is read as a unit. A heading without numbers is neither data nor total.
 */
import type { SubtotalGroup } from "../model";
import { isGroupLabel, isGroupNumber, isInWhichLabel, isPartitionLabel, isSubtotalLabel, isTotalLabel, startsLikeSubtotal } from "./labels";
import { type Scan, cellAt, shownText } from "./scan";
import { foldKey } from "../text";
import { hasValues } from "./extent";
import { confirmsSum } from "./group-sums";
import { nestByNumbering } from "./nesting";

export interface BodyRows {
  readonly dataRows: number[];
  readonly totalRows: number[];
  readonly subtotals: SubtotalGroup[];
  /** Group headings without numbers ("II. Khối cơ quan" alone on its row). */
  readonly headings: number[];
  /** A "Trong đó:" line (or a subset label starting with it) was seen: a breakdown table. */
  readonly inWhich: boolean;
  /** Rows whose label or STT looks like more than a unit (total, group, "Trong đó", "Chia ra", "Tỷ lệ" …): where the row tree has work. */
  readonly special: number[];
}

type Kind = "data" | "total" | "leading-group" | "trailing-group" | "heading";

/**
 * `labelSpan` is the first and last column before the numbers start (STT and label columns): the row's
 * label is read there, so a "Tổng cộng" merged across STT and name, or typed in the STT cell, is found.
 */
export function classifyBody(
  s: Scan,
  bodyRows: readonly number[],
  labelSpan: readonly [number, number],
  sttCol: number | null,
  sumCols: readonly number[],
): BodyRows {
  let inWhich = false;
  const special: number[] = [];
  const kinds: Kind[] = bodyRows.map((r) => {
    const label = rowLabel(s, r, labelSpan);
    const stt = sttCol === null ? "" : shownText(s, r, sttCol);
    // Most rows are units whose label starts like no total, group or "Trong đó" label: skip the folding.
    if (!mayBeSpecial(label) && !(stt.length > 0 && stt.length <= 5 && isGroupNumber(stt))) {
      if (stt.length > 0 && /^[^\d\s]/.test(stt)) special.push(r);
      return "data";
    }
    const values = hasValues(s, r);
    // Units named "Đảng bộ cơ sở …" start like a group but give the row tree nothing to do.
    if (!/^(?:dang|chi) bo (?:truc|co)/.test(foldKey(label.slice(0, 24))) || isGroupNumber(stt)) special.push(r);
    if (isInWhichLabel(label)) {
      inWhich = true;
      return values ? "data" : "heading";
    }
    // "Chia ra:" opens a partition of the row above (the row tree reads it), not a group of units.
    if (isPartitionLabel(label)) return values ? "data" : "heading";
    if (isSubtotalLabel(label)) return values ? "trailing-group" : "heading";
    if (isTotalLabel(label)) return values ? "total" : "heading";
    // "Cộng Hòa" may be a commune: a sub-total only if its numbers say so (checked below).
    if (startsLikeSubtotal(label)) return values ? "trailing-group" : "data";
    if (isGroupNumber(stt) || (isGroupLabel(label) && !/^\d/.test(stt))) return values ? "leading-group" : "heading";
    return "data";
  });

  // Total-labelled rows in the middle of a units table close a group ("Cộng" after its units).
  const valueIdx = bodyRows.map((_, i) => i).filter((i) => kinds[i] !== "heading");
  const firstIdx = valueIdx.length > 0 ? valueIdx[0] : -1;
  const lastIdx = valueIdx.length > 0 ? valueIdx[valueIdx.length - 1] : -1;
  for (const i of valueIdx) {
    if (kinds[i] === "total" && i !== firstIdx && i !== lastIdx && !inWhich) kinds[i] = "trailing-group";
  }

  const dataRows: number[] = [];
  const totalRows: number[] = [];
  const subtotals: SubtotalGroup[] = [];
  const headings: number[] = [];
  let groupStart = 0;
  for (let i = 0; i < bodyRows.length; i++) {
    const r = bodyRows[i];
    const kind = kinds[i];
    if (kind === "data") dataRows.push(r);
    else if (kind === "total") totalRows.push(r);
    else if (kind === "heading") {
      // "Trong đó:" opens subsets, not a group of units.
      const heading = rowLabel(s, r, labelSpan);
      if (!isInWhichLabel(heading) && !isPartitionLabel(heading)) headings.push(r);
      groupStart = i + 1;
    }
    else if (kind === "leading-group") {
      const members = collectMembers(bodyRows, kinds, i + 1, 1);
      if (confirmsSum(s, r, members, sumCols)) subtotals.push({ row: r, members });
      else dataRows.push(r);
      groupStart = i + 1;
    } else {
      const members = collectMembers(bodyRows, kinds, i - 1, -1, groupStart);
      const label = rowLabel(s, r, labelSpan);
      // Named only by "Cộng" and a word, a row must add up at least two rows to be their sub-total.
      const confirmed = isSubtotalLabel(label) || ((!startsLikeSubtotal(label) || members.length >= 2) && confirmsSum(s, r, members, sumCols));
      if (confirmed) subtotals.push({ row: r, members });
      else dataRows.push(r);
      groupStart = i + 1;
    }
  }
  // "1 | Huyện A" over "a | Xã X", "b | Xã Y" (or 1.1, 1.2): a unit row that adds up the rows numbered under it.
  const nested = sttCol === null ? { dataRows, subtotals } : nestByNumbering(s, dataRows, subtotals, sttCol, sumCols);
  return { dataRows: nested.dataRows, totalRows, subtotals: nested.subtotals, headings, inWhich, special };
}

/** Data rows next to a group row, walking forward (leading groups) or back (trailing "Cộng …"). */
function collectMembers(rows: readonly number[], kinds: readonly Kind[], from: number, step: 1 | -1, stop = 0): number[] {
  const out: number[] = [];
  for (let i = from; i >= stop && i < rows.length; i += step) {
    if (kinds[i] !== "data") break;
    out.push(rows[i]);
  }
  return step === 1 ? out : out.reverse();
}

/** The first words every total, sub-total, group or "Trong đó" label starts with (on foldKey). */
const SPECIAL_START =
  /^(?:tong|cong|toan|ca nuoc|trong do|trong so|ty le|ti le|%|\(%|[-+*]\s*trong|chia ra|gom|bao gom|phan theo|chia theo|khoi|nhom|cac|(?:dang|chi) bo (?:truc|co)|[ivxlc]+\s*[.)\-/:]|[a-d]\s*[.)\-/:]|\d{1,3}\s*[.)\-/:]\s*(?:tong|cong|toan|khoi))/;

/** A cheap first look: most rows are units, and folding only the label's first characters rules them out. */
function mayBeSpecial(label: string): boolean {
  return SPECIAL_START.test(foldKey(label.slice(0, 24)));
}

/** The texts a row shows in its label span (STT and label columns), joined. */
export function rowLabel(s: Scan, row: number, span: readonly [number, number]): string {
  const parts: string[] = [];
  let previous = "";
  for (let c = span[0]; c <= span[1]; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind !== "text") continue;
    if (cell.text !== previous) parts.push(cell.text);
    previous = cell.text;
  }
  return parts.join(" ");
}

/**
 * What each column holds: the STT column, the unit label column (and a kind column beside it), and for
 * the others a role (count, percent, number, text) and the decimals they show. Decided from the header
 * words first, the cells second.
 */
import type { Column, ColumnRole } from "../model";
import { decimalsOf } from "../numbers";
import { isGroupNumber, isNoteHeader, isPercentHeader, isRowNumberText, isSttHeader } from "./labels";
import { type Scan, cellAt, formatAt, numberAt, otherAt } from "./scan";

export interface ColumnLayout {
  readonly sttCol: number | null;
  readonly labelCols: readonly number[];
  readonly columns: readonly Column[];
}

interface ColumnStats {
  numbers: number;
  fractions: number;
  texts: number;
  percentFormatted: number;
  percentWritten: number;
  formatDecimals: Map<number, number>;
  valueDecimals: number;
  distinctTexts: Set<string>;
  sttLike: number;
}

/** Columns of the table from its header paths and its body rows (total rows excluded by the caller). */
export function layoutColumns(
  s: Scan,
  left: number,
  right: number,
  paths: ReadonlyMap<number, readonly string[]>,
  rows: readonly number[],
): ColumnLayout {
  const stats = new Map<number, ColumnStats>();
  for (let c = left; c <= right; c++) stats.set(c, collect(s, c, rows));
  const leaf = (c: number) => {
    const p = paths.get(c) ?? [];
    return p.length > 0 ? p[p.length - 1] : "";
  };
  const n = Math.max(1, rows.length);
  const isTextColumn = (c: number) => {
    const st = stats.get(c) as ColumnStats;
    return st.texts >= 0.5 * n && st.texts > st.numbers;
  };

  let sttCol: number | null = null;
  for (let c = left; c <= right && sttCol === null; c++) if (isSttHeader(leaf(c)) || (paths.get(c) ?? []).some(isSttHeader)) sttCol = c;
  if (sttCol === null) {
    // No STT header: the first column when it numbers the rows (1, 2, 3 … or I, II …).
    const st = stats.get(left) as ColumnStats;
    if (st.sttLike >= 0.6 * n && !isTextColumn(left)) sttCol = left;
  }

  const textCols: number[] = [];
  for (let c = left; c <= right; c++) if (c !== sttCol && isTextColumn(c)) textCols.push(c);
  const labelCols: number[] = [];
  let kindCol: number | null = null;
  let nameCol: number | null = null;
  if (textCols.length > 0) {
    let name = textCols[0];
    const next = textCols[1];
    if (next === name + 1) {
      // Two text columns side by side: the one with a few repeated values ("Đảng bộ"/"Chi bộ") is the kind.
      const a = (stats.get(name) as ColumnStats).distinctTexts.size;
      const b = (stats.get(next) as ColumnStats).distinctTexts.size;
      const few = (k: number) => k <= Math.max(4, Math.floor(0.2 * n));
      if (few(a) && b > a) {
        kindCol = name;
        name = next;
      } else if (few(b) && a > b) {
        kindCol = next;
      }
    }
    // Sheet order, as the header shows them; the name is the column whose role is "label".
    nameCol = name;
    labelCols.push(name);
    if (kindCol !== null) labelCols.push(kindCol);
    labelCols.sort((a, b) => a - b);
  }

  const columns: Column[] = [];
  for (let c = left; c <= right; c++) {
    const path = paths.get(c) ?? [];
    const st = stats.get(c) as ColumnStats;
    const base = { col: c, header: leaf(c), path };
    if (c === sttCol) columns.push({ ...base, role: "stt" });
    else if (c === nameCol) columns.push({ ...base, role: "label" });
    else if (c === kindCol) columns.push({ ...base, role: "kind" });
    else columns.push(numericColumn(base, st, isTextColumn(c)));
  }
  return { sttCol, labelCols, columns };
}

function numericColumn(base: { col: number; header: string; path: readonly string[] }, st: ColumnStats, text: boolean): Column {
  const decimals = shownDecimals(st);
  const withDecimals = decimals !== undefined ? { decimals } : {};
  if (text || base.path.some(isNoteHeader)) return { ...base, role: "text" };
  const percentByHeader = base.path.some(isPercentHeader);
  if (percentByHeader || (st.numbers > 0 && st.percentFormatted + st.percentWritten >= 0.5 * st.numbers)) {
    const percentForm = st.percentFormatted > 0 && st.percentFormatted >= 0.5 * st.numbers ? "fraction" : "points";
    // A fraction formatted "0.00%" shows two decimals of the percent, not of the stored fraction.
    return { ...base, role: "percent", percentForm, ...withDecimals };
  }
  const role: ColumnRole = st.fractions > 0 ? "number" : "count";
  return { ...base, role, ...withDecimals };
}

/** The decimals the column shows: its most common number format, else the most its values carry. */
function shownDecimals(st: ColumnStats): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [d, k] of st.formatDecimals) {
    if (k > bestCount || (k === bestCount && best !== undefined && d > best)) {
      best = d;
      bestCount = k;
    }
  }
  if (best !== undefined) return best;
  return st.numbers > 0 ? st.valueDecimals : undefined;
}

function collect(s: Scan, col: number, rows: readonly number[]): ColumnStats {
  const st: ColumnStats = {
    numbers: 0,
    fractions: 0,
    texts: 0,
    percentFormatted: 0,
    percentWritten: 0,
    formatDecimals: new Map(),
    valueDecimals: 0,
    distinctTexts: new Set(),
    sttLike: 0,
  };
  let previous = 0;
  for (const r of rows) {
    const value = numberAt(s, r, col);
    if (value !== undefined) {
      st.numbers++;
      const integer = Number.isInteger(value);
      if (!integer) st.fractions++;
      // Row numbers count from 1 (a run may restart at 1 per group); years 2020, 2021 … are not row numbers.
      if (integer && (value === previous + 1 || value === 1)) {
        st.sttLike++;
        previous = value;
      }
      const format = formatAt(s, r, col);
      if (format) {
        if (format.percentFormat) st.percentFormatted++;
        if (format.decimals !== undefined) st.formatDecimals.set(format.decimals, (st.formatDecimals.get(format.decimals) ?? 0) + 1);
      }
      const cell = format ? undefined : otherAt(s, r, col);
      if (cell && cell.kind === "text-number") {
        if (cell.percent) st.percentWritten++;
        st.valueDecimals = Math.max(st.valueDecimals, cell.decimals ?? 0);
      } else if (!integer) {
        st.valueDecimals = Math.max(st.valueDecimals, Math.min(decimalsOf(value), 6));
      }
      continue;
    }
    const cell = cellAt(s, r, col);
    if (cell.kind === "text" && isRowNumberText(cell.text)) {
      st.sttLike++;
    } else if (cell.kind === "text") {
      st.texts++;
      st.distinctTexts.add(cell.text);
      if (cell.text.length <= 5 && isGroupNumber(cell.text)) st.sttLike++;
    }
  }
  return st;
}

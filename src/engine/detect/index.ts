/**
 * Table detection: finds every appendix table on a sheet — its caption lines, header band and header
 * tree, STT and label columns, unit / total / sub-total rows, repeated page headers — and returns them
 * top to bottom. Tables are stacked vertically; two tables side by side in the same rows are read as one.
 */
import type { Grid } from "../grid";
import type { Column, Table, TableShape } from "../model";
import { type Band, findBand, isHeaderRow } from "./header-band";
import { buildHeaderTree } from "./header-tree";
import { findExtent, hasValues } from "./extent";
import { layoutColumns } from "./columns";
import { classifyBody } from "./body";
import { isGroupLabel, isGroupNumber, isIndicatorHeader, isInWhichLabel, isPartitionLabel, isPlanHeader, isResultHeader, isSubtotalLabel, isTotalLabel, startsLikeSubtotal } from "./labels";
import { type Scan, cellAt, isBlankRow, profileOf, scanGrid, shownText } from "./scan";
import { foldKey, normalizeText } from "../text";
import { rowLabel } from "./body";
import { buildRowTree } from "../rows/tree";

export { explainNoTable, type NoTableReason } from "./explain";

/** Caption lines kept above a table: the title block, not the whole document before it. */
const MAX_CAPTION_LINES = 12;

export function detectTables(grid: Grid): Table[] {
  const s = scanGrid(grid);
  const tables: Table[] = [];
  let previousBottom = s.top - 1;
  let r = s.top;
  while (r <= s.bottom) {
    if (!hasValues(s, r)) {
      r++;
      continue;
    }
    const band = findBand(s, Math.max(firstBodyRow(s, r), previousBottom + 1));
    // A band reaching into the table above is that table's header read again, not a new table.
    if (!band || band.top <= previousBottom) {
      r++;
      continue;
    }
    const extent = findExtent(s, band);
    const table = extent.bodyRows.length > 0 ? buildTable(s, band, extent.bodyRows, extent.repeatedHeaderRows, extent.bottom, previousBottom) : null;
    if (!table) {
      // Rows already walked cannot start another table: skipping them keeps detection linear.
      r = Math.max(r + 1, extent.bottom + 1);
      continue;
    }
    tables.push(table);
    previousBottom = table.bottom;
    // Always forward, even when the walk stopped above the row that started it.
    r = Math.max(r + 1, table.bottom + 1);
  }
  return tables;
}

/** Rows without values that may open a body above its first value row ("I. Khối huyện", "Trong đó:"). */
const MAX_OPENING_ROWS = 3;

/** Steps back over group headings and units with no numbers that open a table body ("I. Khối huyện"). */
function firstBodyRow(s: Scan, row: number): number {
  let r = row;
  while (
    row - r < MAX_OPENING_ROWS &&
    r - 1 >= s.top &&
    !isBlankRow(s, r - 1) &&
    !hasValues(s, r - 1) &&
    !isHeaderRow(s, r - 1) &&
    opensBody(s, r - 1)
  ) {
    r--;
  }
  return r;
}

function opensBody(s: Scan, row: number): boolean {
  const p = profileOf(s, row);
  if (p.occupied > 3) return false;
  const first = cellAt(s, row, p.first);
  if ((first.kind === "number" || first.kind === "text-number") && Number.isInteger(first.value)) return true;
  for (let c = p.first; c <= p.last; c++) {
    const cell = cellAt(s, row, c);
    if (cell.kind !== "text") continue;
    if (isGroupLabel(cell.text) || isGroupNumber(cell.text) || isInWhichLabel(cell.text) || isPartitionLabel(cell.text) || isSubtotalLabel(cell.text) || startsLikeSubtotal(cell.text) || isTotalLabel(cell.text)) return true;
  }
  return false;
}

function buildTable(
  s: Scan,
  band: Band,
  bodyRows: readonly number[],
  repeatedHeaderRows: readonly number[],
  bottom: number,
  previousBottom: number,
): Table | null {
  let left = band.left;
  let right = band.right;
  for (const r of bodyRows) {
    const p = profileOf(s, r);
    if (p.first >= 0) left = Math.min(left, p.first);
    if (p.last >= 0) right = Math.max(right, p.last);
  }
  const layout = buildHeaderTree(s, band, left, right);
  const { sttCol, labelCols, columns } = layoutColumns(s, left, right, layout.paths, bodyRows);
  const valueCols = columns.filter((c) => c.role === "count" || c.role === "number" || c.role === "percent").map((c) => c.col);
  if (valueCols.length === 0) return null;
  const labelSpan: [number, number] = [left, Math.max(left, valueCols[0] - 1)];
  // Percents of a group are not the sum of its units' percents: only counts and amounts confirm a sub-total.
  const sumCols = columns.filter((c) => c.role === "count" || c.role === "number").map((c) => c.col);
  const classified = classifyBody(s, bodyRows, labelSpan, sttCol, sumCols);
  if (classified.dataRows.length === 0 && classified.totalRows.length === 0) return null;
  const body = { ...classified, ...rowTreeOf(s, bodyRows, labelSpan, sttCol, columns, sumCols, classified) };

  const hiddenRows = rangeMembers(s.hiddenRows, band.top, bottom);
  const hiddenCols = rangeMembers(s.hiddenCols, left, right);
  return {
    sheet: s.grid.sheet,
    top: band.top,
    left,
    bottom,
    right,
    headerTop: band.top,
    headerBottom: band.bottom,
    numberingRow: band.numberingRow,
    repeatedHeaderRows,
    dataRows: body.dataRows,
    totalRows: body.totalRows,
    subtotals: body.subtotals,
    ...(body.headings.length > 0 ? { groupHeadingRows: body.headings } : {}),
    sttCol,
    labelCols,
    columns,
    headerTree: layout.tree,
    shape: shapeOf(columns, body.inWhich),
    captions: captionsAbove(s, band.top, previousBottom),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenCols.length > 0 ? { hiddenCols } : {}),
    ...(body.tree ? { rowTree: body.tree } : {}),
  };
}

/** Unit-list label headers: their rows are units even under a "Trong đó" line. */
const UNIT_HEADER = /^(don vi|dang bo|chi bo|ten|co so|to chuc co so dang|xa|phuong|huyen|cap uy)\b/;
const INDICATOR_HEADER = /\b(xep loai|phan loai|muc|noi dung|chi tieu|tieu chi|doi tuong)\b/;

/** The row tree (src/engine/rows) over the classified body: the rows' final roles and families. */
function rowTreeOf(
  s: Scan,
  bodyRows: readonly number[],
  labelSpan: [number, number],
  sttCol: number | null,
  columns: readonly Column[],
  sumCols: readonly number[],
  body: ReturnType<typeof classifyBody>,
) {
  const labelHeader = foldKey(columns.find((c) => c.role === "label")?.header ?? "");
  const label = (r: number) => rowLabel(s, r, labelSpan);
  const stt = (r: number) => (sttCol === null ? "" : shownText(s, r, sttCol));
  const hasMarker = body.special.some((r) => isPartitionLabel(label(r)));
  const indicator = !UNIT_HEADER.test(labelHeader) && (isIndicatorHeader(labelHeader) || INDICATOR_HEADER.test(labelHeader) || body.inWhich || hasMarker);
  // A plain unit list (the 10,000-row case) has nothing for the tree to do: the body classification says
  // which rows look like more than a unit, and only the last row with figures may be an unlabelled total.
  let lastValueRow: number | undefined;
  for (let i = bodyRows.length - 1; i >= 0 && lastValueRow === undefined; i--) if (hasValues(s, bodyRows[i])) lastValueRow = bodyRows[i];
  const settled = new Set([...body.totalRows, ...body.subtotals.map((g) => g.row), ...body.headings]);
  const needed = indicator || body.special.some((r) => !settled.has(r)) || (lastValueRow !== undefined && label(lastValueRow).trim() === "");
  if (!needed) return {};
  const built = buildRowTree({
    rows: bodyRows,
    label,
    stt,
    hasValues: (r) => hasValues(s, r),
    value: (r, c) => {
      const cell = cellAt(s, r, c);
      return cell.kind === "number" || cell.kind === "text-number" ? cell.value : NaN;
    },
    sumCols,
    percentCols: columns.filter((c) => c.role === "percent").map((c) => c.col),
    indicator,
    dataRows: body.dataRows,
    totalRows: body.totalRows,
    subtotals: body.subtotals,
  });
  const special = built.tree.families.length > 0 || built.tree.percentRows.length > 0 || indicator;
  const changed =
    special ||
    built.totalRows.length !== body.totalRows.length ||
    built.subtotals.length !== body.subtotals.length ||
    built.dataRows.length !== body.dataRows.length;
  // A plain unit list keeps exactly the rows the body classification gave it (and no tree to carry).
  if (!changed) return {};
  return { dataRows: built.dataRows, totalRows: built.totalRows, subtotals: built.subtotals, tree: built.tree };
}

function shapeOf(columns: readonly Column[], inWhich: boolean): TableShape {
  if (inWhich) return "breakdown";
  const label = columns.find((c) => c.role === "label");
  const headers = columns.filter((c) => c.role !== "label" && c.role !== "stt" && c.role !== "kind").map((c) => c.path.join(" "));
  if (label && isIndicatorHeader(label.header) && headers.some(isPlanHeader) && headers.some(isResultHeader)) return "plan-result";
  return "units";
}

/** The non-blank lines between the previous table (or the sheet top) and this header band, nearest last. */
function captionsAbove(s: Scan, bandTop: number, previousBottom: number): string[] {
  const lines: string[] = [];
  for (let r = bandTop - 1; r > previousBottom && r >= s.top && lines.length < MAX_CAPTION_LINES; r--) {
    const p = profileOf(s, r);
    if (p.first < 0) continue;
    const parts: string[] = [];
    for (let c = p.first; c <= p.last; c++) {
      const cell = cellAt(s, r, c);
      if (cell.kind === "text" || cell.kind === "text-number") parts.push(cell.text);
      else if (cell.kind === "number") parts.push(String(cell.value));
    }
    if (parts.length > 0) lines.push(normalizeText(parts.join(" ")));
  }
  return lines.reverse();
}

function rangeMembers(set: ReadonlySet<number>, from: number, to: number): number[] {
  return [...set].filter((x) => x >= from && x <= to).sort((a, b) => a - b);
}

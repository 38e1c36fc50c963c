/**
 * Hand-built tables for unit tests of relations and checks, independent of detection: a grid from rows
 * plus a Table that says which rows are headers, units and totals and what each column holds.
 */
import { gridFromRows, type CellValue, type Grid } from "../../../src/engine/grid";
import type { Column, ColumnRole, HeaderNode, SubtotalGroup, Table, TableShape } from "../../../src/engine/model";

export interface TableSpec {
  /** Header labels per column (leaf headers), one per column. */
  readonly headers: readonly string[];
  readonly roles: readonly ColumnRole[];
  /** Unit rows, then (optionally) the total row, as values. */
  readonly units: readonly (readonly CellValue[])[];
  readonly total?: readonly CellValue[];
  readonly totalFirst?: boolean;
  readonly shape?: TableShape;
  /** Header tree; default: one leaf per column. */
  readonly headerTree?: readonly HeaderNode[];
  /** Rows above the leaf header row holding group labels (for a header tree with parents). */
  readonly groupHeaderRows?: readonly (readonly CellValue[])[];
  readonly formulas?: (row: number, col: number) => string | null;
  readonly numberFormats?: (row: number, col: number) => string | null;
  readonly percentForm?: "points" | "fraction";
  readonly subtotals?: readonly SubtotalGroup[];
  /** Absolute row of the first header row (default 2: two caption rows above). */
  readonly top?: number;
}

export interface Built {
  readonly grid: Grid;
  readonly table: Table;
  /** Absolute row index of unit i. */
  unitRow(i: number): number;
  readonly totalRow: number;
}

export function buildTable(spec: TableSpec): Built {
  const top = spec.top ?? 2;
  const captions: CellValue[][] = Array.from({ length: top }, (_, i) => (i === 0 ? ["PHỤ LỤC"] : []));
  const groups = (spec.groupHeaderRows ?? []).map((r) => [...r]);
  const headerTop = top;
  const headerBottom = top + groups.length;
  const body: CellValue[][] = [];
  const firstBody = headerBottom + 1;
  if (spec.total && spec.totalFirst) body.push([...spec.total]);
  body.push(...spec.units.map((u) => [...u]));
  if (spec.total && !spec.totalFirst) body.push([...spec.total]);
  const rows = [...captions, ...groups, [...spec.headers], ...body];
  const width = spec.headers.length;
  const mapRows = <T>(f?: (r: number, c: number) => T | null) =>
    rows.map((r, ri) => Array.from({ length: width }, (_, c) => (f ? f(ri, c) : null)));
  const grid = gridFromRows("Sheet1", rows, {
    formulas: mapRows(spec.formulas),
    numberFormats: mapRows(spec.numberFormats),
  });
  const unitStart = firstBody + (spec.total && spec.totalFirst ? 1 : 0);
  const dataRows = spec.units.map((_, i) => unitStart + i);
  const subtotalRows = new Set((spec.subtotals ?? []).map((s) => s.row));
  const totalRow = spec.total ? (spec.totalFirst ? firstBody : firstBody + spec.units.length) : -1;
  const columns: Column[] = spec.headers.map((h, col) => ({
    col,
    header: String(h),
    path: [...groups.map((g) => String(g[col] ?? "")).filter((s) => s !== ""), String(h)],
    role: spec.roles[col],
    ...(spec.roles[col] === "percent" ? { percentForm: spec.percentForm ?? "points" } : {}),
  }));
  const headerTree: HeaderNode[] =
    spec.headerTree?.slice() ??
    spec.headers.map((h, col) => ({ label: String(h), top: headerTop, bottom: headerBottom, left: col, right: col, children: [] }));
  const table: Table = {
    sheet: "Sheet1",
    top: headerTop,
    left: 0,
    bottom: rows.length - 1,
    right: width - 1,
    headerTop,
    headerBottom,
    numberingRow: null,
    repeatedHeaderRows: [],
    dataRows: dataRows.filter((r) => !subtotalRows.has(r)),
    totalRows: spec.total ? [totalRow] : [],
    subtotals: spec.subtotals ?? [],
    sttCol: spec.roles.indexOf("stt") >= 0 ? spec.roles.indexOf("stt") : null,
    labelCols: spec.roles.flatMap((r, c) => (r === "label" || r === "kind" ? [c] : [])),
    columns,
    headerTree,
    shape: spec.shape ?? "units",
    captions: ["PHỤ LỤC"],
  };
  return { grid, table, unitRow: (i) => unitStart + i, totalRow };
}

/** A leaf header node over one column. */
export function leaf(label: string, col: number, top: number, bottom: number): HeaderNode {
  return { label, top, bottom, left: col, right: col, children: [] };
}

/**
 * Hand-built tables for the policy tests: a Grid laid out as users have it (caption lines, a header band
 * with one row per header level, unit rows, an optional total row) and the Table that detection would
 * report for it. Keeps these tests independent of detection while it is written.
 */
import { type CellValue, type Grid, gridFromRows } from "../../../src/engine/grid";
import type { Column, ColumnRole, HeaderNode, Table, TableAnalysis } from "../../../src/engine/model";

export interface ColumnSpec {
  readonly path: readonly string[];
  readonly role: ColumnRole;
}

export interface TableSpec {
  readonly sheet?: string;
  readonly captions?: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The total row's cells (label included), placed after the unit rows. */
  readonly totalRow?: readonly CellValue[];
}

export interface BuiltTable {
  readonly grid: Grid;
  readonly table: Table;
  readonly analysis: TableAnalysis;
}

/** Header nodes for columns [from, to) at `level`, merging neighbours that share the same text there. */
function headerNodes(columns: readonly ColumnSpec[], from: number, to: number, level: number, top: number, depth: number): HeaderNode[] {
  const nodes: HeaderNode[] = [];
  let c = from;
  while (c < to) {
    const label = columns[c].path[level];
    if (label === undefined) {
      c++;
      continue;
    }
    let end = c + 1;
    while (end < to && columns[end].path[level] === label && columns[end].path.length > level + 1 && columns[c].path.length > level + 1) end++;
    const isLeaf = columns[c].path.length === level + 1;
    nodes.push({
      label,
      top: top + level,
      bottom: isLeaf ? top + depth - 1 : top + level,
      left: c,
      right: end - 1,
      children: isLeaf ? [] : headerNodes(columns, c, end, level + 1, top, depth),
    });
    c = end;
  }
  return nodes;
}

export function buildTable(spec: TableSpec): BuiltTable {
  const captions = spec.captions ?? [];
  const depth = Math.max(...spec.columns.map((c) => c.path.length));
  const headerTop = captions.length;
  const rows: CellValue[][] = captions.map((c) => [c]);
  for (let level = 0; level < depth; level++) {
    rows.push(spec.columns.map((c, i) => (c.path[level] !== undefined && spec.columns[i - 1]?.path[level] !== c.path[level] ? c.path[level] : null)));
  }
  const firstData = rows.length;
  spec.rows.forEach((r) => rows.push([...r]));
  const dataRows = spec.rows.map((_, i) => firstData + i);
  const totalRows = spec.totalRow ? [rows.length] : [];
  if (spec.totalRow) rows.push([...spec.totalRow]);
  const grid = gridFromRows(spec.sheet ?? "Phụ lục", rows);
  const columns: Column[] = spec.columns.map((c, col) => ({ col, header: c.path[c.path.length - 1], path: c.path, role: c.role }));
  const table: Table = {
    sheet: grid.sheet,
    top: headerTop,
    left: 0,
    bottom: rows.length - 1,
    right: spec.columns.length - 1,
    headerTop,
    headerBottom: headerTop + depth - 1,
    numberingRow: null,
    repeatedHeaderRows: [],
    dataRows,
    totalRows,
    subtotals: [],
    sttCol: spec.columns.findIndex((c) => c.role === "stt"),
    labelCols: spec.columns.flatMap((c, i) => (c.role === "label" || c.role === "kind" ? [i] : [])),
    columns,
    headerTree: headerNodes(spec.columns, 0, spec.columns.length, 0, headerTop, depth),
    shape: "units",
    captions,
  };
  return { grid, table, analysis: { table, relations: [], issues: [] } };
}

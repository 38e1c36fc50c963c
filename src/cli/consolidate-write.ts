/**
 * The new summary `consolidate DIR -o OUT.xlsx` writes: one row per unit (its name, its total row's numbers
 * in the number formats of its file), a "Tổng cộng" row of SUM formulas, percent columns as formulas (the
 * relation the units' own table shows, the fill's formula text), and the source file of each row in a note
 * column. Formulas are written with their computed values, so the file reads right before any program
 * recalculates it.
 */
import ExcelJS from "exceljs";
import { a1, columnLetter } from "../engine/grid";
import type { Column, TableAnalysis } from "../engine/model";
import { percentFormula } from "../engine/fill/formulas";
import { roundHalfAwayFromZero } from "../engine/numbers";
import { numberFormatAt } from "../engine/grid";
import { pairColumns } from "../engine/reconcile/columns";
import { cellNumber } from "../engine/reconcile/table-values";
import type { UnitFile, UnitSheet } from "../engine/reconcile/summary";
import { t } from "../i18n/index";

export interface SummaryUnit {
  readonly name: string;
  readonly file: UnitFile;
  readonly sheet: UnitSheet;
  readonly analysis: TableAnalysis;
  readonly totalRow: number;
}

export interface SummaryColumn {
  /** The template column (in the first unit's table). */
  readonly column: Column;
  /** Header path written over the column. */
  readonly path: readonly string[];
  readonly numFmt: string;
  /** Percent columns: the template's numerator and denominator columns and the scale, by template column. */
  readonly percent?: { readonly numerator: number; readonly denominator: number; readonly scale: 100 | 1; readonly decimals: number };
}

export interface SummaryLayout {
  readonly sheet: string;
  readonly columns: SummaryColumn[];
  readonly headerTop: number;
  readonly headerDepth: number;
  readonly firstDataRow: number;
  readonly totalRow: number;
  /** Per unit: the value per summary column (undefined where the unit's table has no such column); percents computed. */
  readonly rows: { readonly unit: SummaryUnit; readonly values: (number | null)[] }[];
  readonly totals: (number | null)[];
}

const FIRST_VALUE_COL = 2;

/** The columns and values of the summary, from the units' tables (the first unit's table is the template). */
export function planSummary(units: readonly SummaryUnit[]): SummaryLayout {
  const template = units[0];
  const tt = template.analysis.table;
  const percentOf = new Map<number, SummaryColumn["percent"]>();
  for (const r of template.analysis.relations) {
    if (r.kind === "percent") percentOf.set(r.col, { numerator: r.numerator, denominator: r.denominator, scale: r.scale, decimals: r.decimals });
  }
  const columns: SummaryColumn[] = tt.columns
    .filter((c) => c.role === "count" || c.role === "number" || c.role === "percent")
    .filter((c) => c.role !== "percent" || percentOf.has(c.col))
    .map((c) => ({
      column: c,
      path: c.path.length > 0 ? c.path : [c.header],
      numFmt: numberFormatAt(template.sheet.grid, template.totalRow, c.col) ?? "General",
      ...(percentOf.has(c.col) ? { percent: percentOf.get(c.col) } : {}),
    }));
  const index = new Map(columns.map((c, i) => [c.column.col, i]));
  const rows = units.map((unit) => {
    const map = unit === template ? new Map(columns.map((c) => [c.column.col, c.column.col])) : columnMap(template.analysis, unit.analysis);
    const values = columns.map((c) => {
      if (c.percent) return null;
      const col = map.get(c.column.col);
      if (col === undefined) return null;
      const v = cellNumber(unit.sheet.grid, unit.totalRow, col);
      return typeof v === "number" ? v : null;
    });
    return { unit, values: fillPercents(columns, index, values) };
  });
  const sums = columns.map((c, i) => (c.percent ? null : rows.reduce((s, r) => s + (r.values[i] ?? 0), 0)));
  const totals = fillPercents(columns, index, sums);
  const headerDepth = Math.max(1, ...columns.map((c) => c.path.length));
  const headerTop = 3;
  return {
    sheet: t("consolidate.sheet.name", "vi"),
    columns,
    headerTop,
    headerDepth,
    firstDataRow: headerTop + headerDepth,
    totalRow: headerTop + headerDepth + rows.length,
    rows,
    totals,
  };
}

/** Template column → the unit's column with the same header path (every column when both are on one form, "Tổng số" too). */
function columnMap(template: TableAnalysis, unit: TableAnalysis): Map<number, number> {
  const { pairs } = pairColumns(template.table, unit.table, [], undefined, undefined, true);
  return new Map(pairs.map((p) => [p.col, p.refCol]));
}

function fillPercents(columns: readonly SummaryColumn[], index: Map<number, number>, values: (number | null)[]): (number | null)[] {
  return columns.map((c, i) => {
    if (!c.percent) return values[i];
    const num = values[index.get(c.percent.numerator) ?? -1];
    const den = values[index.get(c.percent.denominator) ?? -1];
    if (num === null || num === undefined || den === null || den === undefined || den === 0) return null;
    const d = c.percent.scale === 100 ? c.percent.decimals : c.percent.decimals + 2;
    return roundHalfAwayFromZero((num / den) * c.percent.scale, d);
  });
}

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes the layout as a new workbook at `output`. */
export async function writeSummary(layout: SummaryLayout, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-check";
  const ws = wb.addWorksheet(layout.sheet);
  const last = FIRST_VALUE_COL + layout.columns.length; // the note column
  const cell = (row: number, col: number) => ws.getCell(row + 1, col + 1);
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (top !== bottom || left !== right) ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
  };
  cell(0, 0).value = t("consolidate.sheet.title", "vi");
  cell(0, 0).font = { bold: true };
  merge(0, 0, 0, last);
  cell(1, 0).value = t("consolidate.sheet.subtitle", "vi", { count: layout.rows.length });
  merge(1, 0, 1, last);
  const top = layout.headerTop;
  const bottom = top + layout.headerDepth - 1;
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c <= last; c++) {
      cell(r, c).border = BORDER;
      cell(r, c).font = { bold: true };
      cell(r, c).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  cell(top, 0).value = t("consolidate.sheet.stt", "vi");
  merge(top, 0, bottom, 0);
  cell(top, 1).value = t("consolidate.sheet.unit", "vi");
  merge(top, 1, bottom, 1);
  cell(top, last).value = t("consolidate.sheet.note", "vi");
  merge(top, last, bottom, last);
  writeHeaderLevels(layout, cell, merge);

  const formatted = (row: number, col: number, value: ExcelJS.CellValue, numFmt: string) => {
    const c = cell(row, col);
    c.value = value;
    c.numFmt = numFmt;
    c.border = BORDER;
  };
  const letterOf = (template: number) => columnLetter(FIRST_VALUE_COL + layout.columns.findIndex((c) => c.column.col === template));
  layout.rows.forEach((r, i) => {
    const row = layout.firstDataRow + i;
    formatted(row, 0, i + 1, "0");
    formatted(row, 1, r.unit.name, "@");
    layout.columns.forEach((c, k) => {
      const col = FIRST_VALUE_COL + k;
      const v = r.values[k];
      if (c.percent) formatted(row, col, percentCell(c, letterOf, row, v), c.numFmt);
      else formatted(row, col, v, c.numFmt);
    });
    formatted(row, last, r.unit.file.file, "@");
  });
  const tr = layout.totalRow;
  formatted(tr, 0, null, "General");
  formatted(tr, 1, t("consolidate.sheet.total", "vi"), "@");
  cell(tr, 1).font = { bold: true };
  layout.columns.forEach((c, k) => {
    const col = FIRST_VALUE_COL + k;
    const v = layout.totals[k];
    if (c.percent) formatted(tr, col, percentCell(c, letterOf, tr, v), c.numFmt);
    else {
      const range = `${a1(layout.firstDataRow, col)}:${a1(tr - 1, col)}`;
      formatted(tr, col, { formula: `SUM(${range})`, result: v ?? 0 }, c.numFmt);
    }
    cell(tr, col).font = { bold: true };
  });
  formatted(tr, last, null, "General");
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 40;
  for (let k = 0; k < layout.columns.length; k++) ws.getColumn(FIRST_VALUE_COL + k + 1).width = 13;
  ws.getColumn(last + 1).width = 30;
  await wb.xlsx.writeFile(output);
}

function percentCell(c: SummaryColumn, letterOf: (template: number) => string, row: number, value: number | null): ExcelJS.CellValue {
  const p = c.percent as NonNullable<SummaryColumn["percent"]>;
  const num = `${letterOf(p.numerator)}${row + 1}`;
  const den = `${letterOf(p.denominator)}${row + 1}`;
  return { formula: percentFormula(num, den, p.scale, p.decimals, "native").slice(1), result: value ?? "" };
}

/** Header cells level by level: equal paths side by side merge across, a path that ends early merges down. */
function writeHeaderLevels(
  layout: SummaryLayout,
  cell: (row: number, col: number) => ExcelJS.Cell,
  merge: (top: number, left: number, bottom: number, right: number) => void,
): void {
  const depth = layout.headerDepth;
  const cols = layout.columns;
  for (let level = 0; level < depth; level++) {
    let k = 0;
    while (k < cols.length) {
      const path = cols[k].path;
      if (level >= path.length) {
        k++;
        continue;
      }
      const isLeaf = level === path.length - 1;
      let end = k;
      if (!isLeaf) {
        const prefix = path.slice(0, level + 1).join("\u0000");
        while (end + 1 < cols.length && cols[end + 1].path.length > level + 1 && cols[end + 1].path.slice(0, level + 1).join("\u0000") === prefix) end++;
      }
      const row = layout.headerTop + level;
      cell(row, FIRST_VALUE_COL + k).value = path[level];
      merge(row, FIRST_VALUE_COL + k, isLeaf ? layout.headerTop + depth - 1 : row, FIRST_VALUE_COL + end);
      k = end + 1;
    }
  }
}

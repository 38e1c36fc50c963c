/**
 * Applies an EditPlan to an ExcelJS worksheet: only the planned cells change, so formatting, merged
 * cells, column widths and every other sheet survive. Formula cells are written with their computed
 * result, so the file shows the right numbers even before Excel or LibreOffice recalculates.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../engine/grid";
import type { CellEdit, EditPlan } from "../engine/plan";
import { formulaResult } from "./read-xlsx";

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** A deep copy: ExcelJS shares one style object between cells read with the same style, so never mutate one. */
function cloneStyle(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return style ? (JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>) : {};
}

function writeValue(cell: ExcelJS.Cell, e: CellEdit): void {
  const { formula, value } = e.after;
  if (formula !== null) {
    const result = value === null ? undefined : excelValue(value);
    cell.value = { formula: formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = excelValue(value);
  }
}

/**
 * A shared formula lives in its first cell; the others only point at it. Before that first cell is
 * overwritten, the cells pointing at it get their own (translated) formula, or they would lose theirs.
 */
function detachSharedFormulas(ws: ExcelJS.Worksheet, plan: EditPlan): void {
  const planned = new Set(plan.edits.map((e) => ws.getCell(e.row + 1, e.col + 1).address));
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellSharedFormulaValue | null;
      if (v && typeof v === "object" && "sharedFormula" in v && planned.has(v.sharedFormula)) {
        cell.value = { formula: cell.formula, result: formulaResult(cell) } as ExcelJS.CellFormulaValue;
      }
    }),
  );
  for (const address of planned) {
    const v = ws.getCell(address).value as ExcelJS.CellFormulaValue | null;
    if (v && typeof v === "object" && "shareType" in v) {
      ws.getCell(address).value = { formula: v.formula, result: formulaResult(ws.getCell(address)) } as ExcelJS.CellFormulaValue;
    }
  }
}

export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: EditPlan): void {
  detachSharedFormulas(ws, plan);
  // Styles are copied as they were before the plan, whatever order the edits come in.
  const sources = new Map<string, Partial<ExcelJS.Style>>();
  for (const e of plan.edits) {
    const from = e.after.styleFrom;
    if (from) sources.set(`${from.row},${from.col}`, cloneStyle(ws.getCell(from.row + 1, from.col + 1).style));
  }
  for (const m of plan.removeMerges) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  for (const e of plan.edits) {
    const cell = ws.getCell(e.row + 1, e.col + 1);
    const from = e.after.styleFrom;
    let style: Partial<ExcelJS.Style> | undefined;
    if (from) style = cloneStyle(sources.get(`${from.row},${from.col}`));
    else if (from === null) style = {};
    if (e.after.numberFormat !== e.before.numberFormat || style) {
      style = style ?? cloneStyle(cell.style);
      if (e.after.numberFormat && e.after.numberFormat !== "General") style.numFmt = e.after.numberFormat;
      else delete style.numFmt;
    }
    if (style) cell.style = style;
    writeValue(cell, e);
  }
  for (const m of plan.addMerges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

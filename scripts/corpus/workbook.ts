/**
 * A corpus spec → an ExcelJS workbook, laid out as the office types it: merged caption lines, a bordered
 * header band with merges, the lines below with their number formats, a page break above every repeated
 * header band, notes under the table.
 */
import ExcelJS from "exceljs";
import type { Block, CellInput, CorpusTable } from "./types";
import { blockWidth, layoutSheet } from "./layout";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Text that reads as a number ("1.234", "58,57", "12"): typed into a text-formatted cell. */
const NUMERIC_TEXT = /^-?\d[\d.,]*$/;

function defaultFormat(v: number): string {
  return Number.isInteger(v) ? "#,##0" : "0.00";
}

function writeCell(cell: ExcelJS.Cell, input: CellInput, format: string | undefined): void {
  cell.border = BORDER;
  if (input === null) return;
  if (typeof input === "number") {
    cell.value = input;
    cell.numFmt = format ?? defaultFormat(input);
  } else if (typeof input === "string") {
    cell.value = input;
    if (NUMERIC_TEXT.test(input.trim())) {
      cell.numFmt = "@";
      cell.alignment = { horizontal: "right" };
    } else if (input === "x" || input === "-") {
      cell.alignment = { horizontal: "center" };
    }
  } else {
    cell.value = { formula: input.f, result: input.v } as ExcelJS.CellFormulaValue;
    cell.numFmt = format ?? defaultFormat(input.v);
  }
}

function writeHeaderRow(ws: ExcelJS.Worksheet, block: Block, row: number, headerRow: number): void {
  const width = blockWidth(block);
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(row, c);
    cell.border = BORDER;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (const h of block.header) {
    if (h.r !== headerRow) continue;
    ws.getCell(row, h.c + 1).value = h.text;
    const rows = h.rows ?? 1;
    const cols = h.cols ?? 1;
    if (rows > 1 || cols > 1) ws.mergeCells(row, h.c + 1, row + rows - 1, h.c + cols);
  }
}

export function buildWorkbook(table: CorpusTable): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "QuotaCheck corpus";
  // A fixed date keeps the files byte-stable from one build to the next.
  wb.created = new Date(Date.UTC(2024, 2, 6));
  wb.modified = wb.created;
  for (const sheet of table.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const layout = layoutSheet(sheet);
    const widest = Math.max(...sheet.blocks.map(blockWidth));
    const widths = sheet.widths ?? [6, 34, ...Array.from({ length: Math.max(0, widest - 2) }, () => 12)];
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const placed of layout.rows) {
      const width = blockWidth(placed.block);
      if (placed.kind === "caption" || placed.kind === "note") {
        const cell = ws.getCell(placed.row, 1);
        cell.value = placed.text ?? "";
        if (placed.kind === "caption") {
          cell.font = { bold: true };
          cell.alignment = { horizontal: "center", wrapText: true };
          ws.mergeCells(placed.row, 1, placed.row, width);
        }
      } else if (placed.kind === "header") {
        if (placed.repeated && placed.headerRow === 0) ws.getRow(placed.row - 1).addPageBreak();
        writeHeaderRow(ws, placed.block, placed.row, placed.headerRow ?? 0);
      } else if (placed.line) {
        const line = placed.line;
        for (let c = 0; c < width; c++) {
          const input = c < line.cells.length ? line.cells[c] : null;
          writeCell(ws.getCell(placed.row, c + 1), input, line.formats?.[c] ?? placed.block.formats?.[c]);
          if (line.bold) ws.getCell(placed.row, c + 1).font = { bold: true };
        }
        if (line.merge) ws.mergeCells(placed.row, line.merge[0] + 1, placed.row, line.merge[1] + 1);
      }
    }
  }
  return wb;
}

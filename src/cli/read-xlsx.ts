/**
 * .xlsx file → one Grid per worksheet, through ExcelJS. The Grid holds what one Office.js read of the used
 * range would give, so the engine sees the same thing from the command line as from the task pane:
 * computed values (a formula cell's cached result), formulas with a leading "=", number formats, merged
 * areas, hidden rows and columns, absolute coordinates.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../engine/grid";
import { type BlockBounds, clipMerge, splitIntoBlocks } from "../engine/blocks";
import { WorkbookReadError } from "./read-errors";
import { type ClippedMerge, clipOversizedMerges } from "./clip-merges";

export { WorkbookReadError } from "./read-errors";
export type { ReadErrorCode } from "./read-errors";

export interface LoadedWorkbook {
  readonly file: string;
  /**
   * One Grid per worksheet, in order. A mostly empty sheet whose cells lie far apart (blocks.ts) gives one
   * Grid per block of cells, each with the sheet's name.
   */
  readonly sheets: Grid[];
  /** Merged areas far larger than their sheet's cells, read clipped to those cells (clip-merges.ts). */
  readonly clippedMerges?: readonly ClippedMerge[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Excel saves a password-protected workbook as an OLE2 compound file holding "EncryptionInfo" and
 * "EncryptedPackage" streams; an OLE2 file without them is an old binary .xls.
 */
function isEncryptedOle(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) || bytes.includes(Buffer.from("EncryptedPackage", "utf16le"));
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WorkbookReadError("NOT_FOUND", file);
    // A FIFO or a device would block or never end: only an ordinary file is read.
    if (!stat.isFile()) throw new WorkbookReadError("UNREADABLE", file);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("NOT_FOUND", file);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError("UNREADABLE", file, code);
    throw new WorkbookReadError("READ_FAILED", file, e instanceof Error ? e.message : String(e));
  }
}

/**
 * Whether a zip package holds a workbook part. ExcelJS reads any zip as an (empty) workbook, so a .docx
 * renamed .xlsx or a random .zip would pass as a file with no sheets. Part names are stored uncompressed
 * in the zip's directory, so looking for the name is enough; ExcelJS itself reads only this part name.
 */
function isZipWithoutWorkbook(bytes: Buffer): boolean {
  // A zip cut short has no end-of-directory record: that is a damaged file (READ_FAILED), not another kind.
  const complete = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
  return complete && !bytes.includes(Buffer.from("xl/workbook.xml", "latin1"));
}

/** Reads an .xlsx file; rejects with a WorkbookReadError whose `code` says why it could not be read. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new WorkbookReadError("EMPTY_FILE", file);
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(isEncryptedOle(bytes) ? "ENCRYPTED" : "LEGACY_XLS", file);
  if (!startsWith(bytes, ZIP_MAGIC) || isZipWithoutWorkbook(bytes)) throw new WorkbookReadError("NOT_XLSX", file);
  const { bytes: readable, clipped } = await clipOversizedMerges(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer alias; a Node Buffer is what it reads.
    await wb.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError("READ_FAILED", file, e instanceof Error ? e.message : String(e));
  }
  const date1904 = Boolean(wb.properties?.date1904);
  const tally: FormulaTally = { formulas: 0, computed: 0 };
  const sheets: Grid[] = [];
  for (const ws of wb.worksheets) {
    const grids = worksheetToGrids(ws, date1904, tally);
    if (grids === "too-large") throw new WorkbookReadError("TOO_LARGE", file, ws.name);
    for (const g of grids) sheets.push(g);
  }
  const clippedMerges = clipped.length > 0 ? { clippedMerges: clipped } : {};
  // Excel saves every formula's value; a workbook where none has one was never calculated. One formula
  // without a value among computed ones is a formula showing "" (ExcelJS drops an empty cached string).
  if (tally.formulas === 0 || tally.computed > 0) return { file, sheets, ...clippedMerges };
  return {
    file,
    sheets: sheets.map((g) => (g.formulas.some((r) => r.some((f) => f !== null)) ? { ...g, formulasNotComputed: true } : g)),
    ...clippedMerges,
  };
}

/** Excel's serial day number of a date (what Office.js returns for a date cell). */
export function dateToSerial(d: Date, date1904 = false): number {
  return 25569 + d.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

type ResultLike = ExcelJS.CellValue | undefined;

/**
 * A formula cell's cached result, read from the cell itself: ExcelJS 4.4's `cell.value` drops a result
 * that is 0 or false (exceljs/exceljs#2943), which would read every formula showing 0 as a blank cell.
 */
export function formulaResult(cell: ExcelJS.Cell): ResultLike {
  return (cell as unknown as { result: ResultLike }).result;
}

/** A formula's cached result, or a plain value, as a Grid value. */
function plainValue(v: ResultLike, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("error" in v && typeof v.error === "string") return { error: v.error };
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join("");
  if ("text" in v && "hyperlink" in v) {
    const text = v.text as unknown;
    return typeof text === "string" ? text : plainValue(text as ResultLike, date1904);
  }
  if ("formula" in v || "sharedFormula" in v) return plainValue((v as ExcelJS.CellFormulaValue).result, date1904);
  return null;
}

interface CellRead {
  value: CellValue;
  formula: string | null;
  /** A formula cell whose file holds its computed value. */
  computed?: boolean;
}

/** How many formula cells a workbook has, and how many of them come with a computed value. */
export interface FormulaTally {
  formulas: number;
  computed: number;
}

function readCell(cell: ExcelJS.Cell, date1904: boolean): CellRead {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // Office.js reports only the top-left cell of a merged area; the others read as blank.
      return { value: null, formula: null };
    case ExcelJS.ValueType.Formula: {
      // `cell.formula` is the translated formula for a shared-formula child (ExcelJS slides the master's).
      const text = cell.formula;
      const result = formulaResult(cell);
      return { value: plainValue(result, date1904), formula: text ? `=${text}` : null, computed: result !== undefined };
    }
    default:
      return { value: plainValue(cell.value, date1904), formula: null };
  }
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merged areas in a private map keyed by the top-left address (1-based Range objects). */
function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  const raw = (ws as unknown as { _merges?: Record<string, Bounds | undefined> })._merges ?? {};
  return Object.values(raw)
    .filter((m): m is Bounds => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The 0-based coordinates of every cell that holds something (the covered cells of a merge included). */
function occupiedCells(ws: ExcelJS.Worksheet): { rows: number[]; cols: number[] } {
  const rows: number[] = [];
  const cols: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      rows.push(row.number - 1);
      cols.push(Number(cell.col) - 1);
    }),
  );
  return { rows, cols };
}

function emptyGrid(ws: ExcelJS.Worksheet, merges: readonly MergedArea[]): Grid {
  return { sheet: ws.name, top: 0, left: 0, values: [], formulas: [], numberFormats: [], merges, hiddenRows: [], hiddenCols: [] };
}

/**
 * The sheet as Grids: one for its used range (merged areas included), or, on a mostly empty sheet whose
 * cells lie far apart, one per block of cells (blocks.ts); "too-large" when a block is too big to check.
 */
export function worksheetToGrids(ws: ExcelJS.Worksheet, date1904 = false, tally?: FormulaTally): Grid[] | "too-large" {
  const merges = mergedAreas(ws);
  const { rows, cols } = occupiedCells(ws);
  const split = splitIntoBlocks(rows, cols, merges);
  if (split.kind === "too-large") return "too-large";
  if (split.blocks.length === 0) return [emptyGrid(ws, merges)];
  return split.blocks.map((b) => blockToGrid(ws, b, split.blocks.length === 1 ? merges : clippedTo(merges, b), date1904, tally));
}

function clippedTo(merges: readonly MergedArea[], b: BlockBounds): MergedArea[] {
  return merges.map((m) => clipMerge(m, b)).filter((m): m is MergedArea => m !== null);
}

/** The sheet's first Grid (the whole used range on an ordinary sheet). */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false, tally?: FormulaTally): Grid {
  const grids = worksheetToGrids(ws, date1904, tally);
  if (grids === "too-large") throw new WorkbookReadError("TOO_LARGE", ws.name, ws.name);
  return grids[0];
}

function blockToGrid(ws: ExcelJS.Worksheet, bounds: BlockBounds, merges: readonly MergedArea[], date1904: boolean, tally?: FormulaTally): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = ws.findRow(r + 1);
    if (row?.hidden) hiddenRows.push(r);
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const cell = row ? row.findCell(c + 1) : undefined;
      const read: CellRead = cell ? readCell(cell, date1904) : { value: null, formula: null };
      if (tally && read.formula !== null) {
        tally.formulas++;
        if (read.computed) tally.computed++;
      }
      vRow.push(read.value);
      fRow.push(read.formula);
      nRow.push(cell?.numFmt || "General");
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  const hiddenCols: number[] = [];
  for (let c = bounds.left; c <= bounds.right; c++) if (ws.getColumn(c + 1).hidden) hiddenCols.push(c);
  return { sheet: ws.name, top: bounds.top, left: bounds.left, values, formulas, numberFormats, merges, hiddenRows, hiddenCols };
}

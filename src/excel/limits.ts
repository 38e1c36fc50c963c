/**
 * Payload budgets for Office.js round trips. Excel on the web rejects a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded) and returns nulls for reads over 5,000,000 cells, so every read and
 * write is cut into blocks sized from these estimates. Pure arithmetic: no Office.js here, so it is tested
 * directly and the adapter's sync counts can be predicted.
 */

/** Stay well under the 5 MB cap: the JSON envelope and UTF-16 text of long formulas are not free. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * One cell of a read returns values, valueTypes, formulas and numberFormat. A generous average (numbers,
 * short formulas, "General", "Double", quotes and commas) keeps a block of real tables under budget.
 */
export const READ_BYTES_PER_CELL = 64;

/** A written cell is one range proxy with an address, a formula or value and a number format. */
export const WRITE_BYTES_PER_EDIT = 256;

/** Cells one read block may hold. */
export const READ_CELLS_PER_BLOCK = Math.floor(PAYLOAD_BUDGET_BYTES / READ_BYTES_PER_CELL);

/**
 * The window read optimistically in the first sync, together with the sheet's dimensions: 2,048 rows by
 * 32 columns covers every appendix the users have, so an ordinary sheet is read in ONE sync.
 */
export const FIRST_WINDOW_COLS = 32;
export const FIRST_WINDOW_ROWS = Math.floor(READ_CELLS_PER_BLOCK / FIRST_WINDOW_COLS);

/** A block of rows, relative to the top of the range being read. */
export interface RowBlock {
  readonly firstRow: number;
  readonly rowCount: number;
}

/** Rows per block for a range `cols` wide (at least one row, however wide). */
export function rowsPerBlock(cols: number, cellsPerBlock = READ_CELLS_PER_BLOCK): number {
  return Math.max(1, Math.floor(cellsPerBlock / Math.max(1, cols)));
}

/** Row blocks covering rows [fromRow, totalRows) of a range `cols` wide. */
export function planRowBlocks(fromRow: number, totalRows: number, cols: number, cellsPerBlock = READ_CELLS_PER_BLOCK): RowBlock[] {
  const step = rowsPerBlock(cols, cellsPerBlock);
  const blocks: RowBlock[] = [];
  for (let r = fromRow; r < totalRows; r += step) blocks.push({ firstRow: r, rowCount: Math.min(step, totalRows - r) });
  return blocks;
}

/** Whether the first-sync window already holds the whole range. */
export function windowCovers(rows: number, cols: number): boolean {
  return rows <= FIRST_WINDOW_ROWS && cols <= FIRST_WINDOW_COLS;
}

/** Splits items into batches of at most `size` (at least 1). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}

/** Edits per write batch. */
export const EDITS_PER_BATCH = Math.floor(PAYLOAD_BUDGET_BYTES / WRITE_BYTES_PER_EDIT);

/**
 * The most cells the pane reads from one sheet (the engine's MAX_BLOCK_CELLS): beyond this a used range is
 * mostly empty space around stray cells, and reading it would take thousands of syncs (issue 12).
 */
export const MAX_SHEET_CELLS = 8_000_000;

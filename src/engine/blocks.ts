/**
 * The parts of a sheet worth reading into a Grid. A Grid is dense (one slot per cell of its rectangle), so a
 * sheet with one value at A1 and one at XFD1048576, or a merge A1:XFD1048576, would need seventeen billion
 * slots. Here the cells that hold something decide: an ordinary sheet is one block exactly as before (its
 * used range, merged areas included); a sheet whose rectangle is mostly empty is cut into blocks at wide
 * gaps of blank rows and columns, and merged areas are clipped to the cells that exist, so the cost follows
 * the number of cells, not the size of the sheet. A block that is still too large is reported, not read.
 */
import type { MergedArea } from "./grid";

export interface BlockBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Up to this many cells a sheet is read as one rectangle, as it always was. */
export const DENSE_CELLS = 4_000_000;
/** A block larger than this is refused (TOO_LARGE): 160,000 rows of 50 columns. */
export const MAX_BLOCK_CELLS = 8_000_000;
/** Blank rows / columns that separate two blocks: far more than any gap inside a table. */
export const GAP_ROWS = 50;
export const GAP_COLS = 20;

const area = (b: BlockBounds) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function bboxOf(rows: ArrayLike<number>, cols: ArrayLike<number>, idx: readonly number[]): BlockBounds {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const i of idx) {
    if (rows[i] < top) top = rows[i];
    if (rows[i] > bottom) bottom = rows[i];
    if (cols[i] < left) left = cols[i];
    if (cols[i] > right) right = cols[i];
  }
  return { top, left, bottom, right };
}

/** Splits sorted indices into runs where consecutive keys are at most `gap` apart. */
function runs(idx: number[], key: ArrayLike<number>, gap: number): number[][] {
  idx.sort((a, b) => key[a] - key[b]);
  const out: number[][] = [];
  let cur: number[] = [];
  for (const i of idx) {
    if (cur.length > 0 && key[i] - key[cur[cur.length - 1]] > gap + 1) {
      out.push(cur);
      cur = [];
    }
    cur.push(i);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

export function clipMerge(m: MergedArea, b: BlockBounds): MergedArea | null {
  const c = { top: Math.max(m.top, b.top), left: Math.max(m.left, b.left), bottom: Math.min(m.bottom, b.bottom), right: Math.min(m.right, b.right) };
  return c.top > c.bottom || c.left > c.right || (c.top === c.bottom && c.left === c.right) ? null : c;
}

export type BlockSplit =
  | { readonly kind: "blocks"; readonly blocks: readonly BlockBounds[] }
  | { readonly kind: "too-large"; readonly block: BlockBounds };

/**
 * The blocks of a sheet from the coordinates (0-based) of the cells that hold something and its merged
 * areas. Cells are given as parallel arrays so a large sheet costs two numbers a cell.
 */
export function splitIntoBlocks(rows: ArrayLike<number>, cols: ArrayLike<number>, merges: readonly MergedArea[]): BlockSplit {
  const all = Array.from({ length: rows.length }, (_, i) => i);
  if (all.length === 0 && merges.length === 0) return { kind: "blocks", blocks: [] };
  const cells = all.length > 0 ? bboxOf(rows, cols, all) : null;
  let whole = cells;
  for (const m of merges) {
    whole = whole
      ? { top: Math.min(whole.top, m.top), left: Math.min(whole.left, m.left), bottom: Math.max(whole.bottom, m.bottom), right: Math.max(whole.right, m.right) }
      : m;
  }
  // The ordinary case: the used range with its merged areas, read as one rectangle.
  if (whole && area(whole) <= DENSE_CELLS) return { kind: "blocks", blocks: [whole] };
  if (!cells) return { kind: "blocks", blocks: [] };

  const blocks: BlockBounds[] = [];
  for (const band of runs(all, rows, GAP_ROWS)) {
    for (const group of runs(band, cols, GAP_COLS)) {
      let b = bboxOf(rows, cols, group);
      // A merged area overlapping the block widens it up to the sheet's cells, never past them.
      for (const m of merges) {
        const c = clipMerge(m, cells);
        if (c && c.top <= b.bottom && c.bottom >= b.top && c.left <= b.right && c.right >= b.left && area(c) <= DENSE_CELLS) {
          b = { top: Math.min(b.top, c.top), left: Math.min(b.left, c.left), bottom: Math.max(b.bottom, c.bottom), right: Math.max(b.right, c.right) };
        }
      }
      if (area(b) > MAX_BLOCK_CELLS) return { kind: "too-large", block: b };
      blocks.push(b);
    }
  }
  return { kind: "blocks", blocks: blocks.sort((a, b) => a.top - b.top || a.left - b.left) };
}

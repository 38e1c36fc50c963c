/**
 * One pass over the grid that every detection step reads from: each cell read once (with its column's
 * number style), merged areas indexed once per covered cell, and a profile of each row. Detection on a
 * 10,000 × 30 sheet must stay linear and light, so nothing later searches the merge list or re-parses
 * text, and number cells live in typed arrays (an object per cell would be most of the run time).
 */
import { type CellReading, formatDecimals, isNothingMark, isOverlongNumberText, isPercentFormat, readCell } from "../cells";
import { type Grid, type MergedArea, gridColCount, gridRowCount } from "../grid";
import { type NumberStyleHint, inferNumberStyle } from "../numbers";

export interface RowProfile {
  /** Cells holding a number or a number written as text. */
  readonly numbers: number;
  /** Cells holding an Excel error. */
  readonly errors: number;
  /** Cells holding text that is not a number. */
  readonly texts: number;
  /** Distinct cells that show something in this row (a merged area counts once, including one from above). */
  readonly occupied: number;
  /** Absolute columns of the first / last occupied cell, -1 when the row is blank. */
  readonly first: number;
  readonly last: number;
}

/** What a number format says about a number cell. */
export interface FormatInfo {
  readonly decimals?: number;
  readonly percentFormat?: boolean;
}

const enum Kind {
  Blank = 0,
  Number = 1,
  Other = 2,
}

export interface Scan {
  readonly grid: Grid;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly width: number;
  readonly profiles: readonly RowProfile[];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenCols: ReadonlySet<number>;
  /** Per cell (row-major, relative): Kind. Real numbers are in `numbers`; everything else in `others`. */
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
  /** Index into `formats` + 1 for number cells with a known number format, else 0. */
  readonly formatIds: Uint16Array;
  readonly formats: readonly FormatInfo[];
  readonly others: ReadonlyMap<number, CellReading>;
  /** mergeIndex[(row - top) * width + (col - left)] = index into merges + 1, or 0. */
  readonly mergeIndex: Int32Array;
  readonly merges: readonly MergedArea[];
  /** Per-row memo for detection predicates asked many times (0 = not yet known, 1 = yes, 2 = no). */
  readonly valueRowMemo: Uint8Array;
}

const BLANK: CellReading = { kind: "blank" };
/** Format ids beyond this share the last slot's "unknown" reading; sheets use a handful of formats. */
const MAX_FORMATS = 65_000;

export function scanGrid(grid: Grid): Scan {
  const height = gridRowCount(grid);
  const width = gridColCount(grid);
  const top = grid.top;
  const left = grid.left;
  const bottom = top + height - 1;
  const right = left + width - 1;
  const size = Math.max(0, height * width);

  const merges: MergedArea[] = [];
  const mergeIndex = new Int32Array(size);
  for (const m of grid.merges) {
    const t = Math.max(m.top, top);
    const l = Math.max(m.left, left);
    const b = Math.min(m.bottom, bottom);
    const r = Math.min(m.right, right);
    if (t > b || l > r) continue;
    merges.push(m);
    for (let row = t; row <= b; row++) for (let c = l; c <= r; c++) mergeIndex[(row - top) * width + (c - left)] = merges.length;
  }

  const hints = columnHints(grid, width);
  const kinds = new Uint8Array(size);
  const numbers = new Float64Array(size);
  const formatIds = new Uint16Array(size);
  const formats: FormatInfo[] = [];
  const formatIdByText = new Map<string, number>();
  const others = new Map<number, CellReading>();
  for (let r = 0; r < height; r++) {
    const values = grid.values[r];
    const fmts = grid.numberFormats[r];
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      const id = mergeIndex[i];
      // A merged area shows its top-left value only; Excel keeps the covered cells empty.
      if (id > 0 && (merges[id - 1].top !== r + top || merges[id - 1].left !== c + left)) continue;
      const v = values[c];
      if (v === null || v === undefined) continue;
      if (typeof v === "number" && Number.isFinite(v)) {
        kinds[i] = Kind.Number;
        numbers[i] = v;
        const fmt = fmts ? fmts[c] : null;
        if (fmt) formatIds[i] = formatId(fmt, formats, formatIdByText);
        continue;
      }
      const reading = readCell(grid, r + top, c + left, hints[c]);
      // A "-" or "x" for "nothing assigned" reads as blank, so a unit row of them stays a unit row.
      if (reading.kind === "blank" || (reading.kind === "text" && isNothingMark(reading.text))) continue;
      kinds[i] = Kind.Other;
      others.set(i, reading);
    }
  }

  const s: Scan = {
    grid,
    top,
    left,
    bottom,
    right,
    width,
    profiles: [],
    hiddenRows: new Set(grid.hiddenRows),
    hiddenCols: new Set(grid.hiddenCols),
    kinds,
    numbers,
    formatIds,
    formats,
    others,
    mergeIndex,
    merges,
    valueRowMemo: new Uint8Array(height),
  };
  // A merged area whose top-left is blank shows nothing (a blank merged band cell).
  const mergeShows = merges.map((m) => m.top >= top && m.left >= left && kinds[(m.top - top) * width + (m.left - left)] !== Kind.Blank);
  const profiles = s.profiles as RowProfile[];
  for (let r = 0; r < height; r++) profiles.push(profileRow(s, mergeShows, r));
  return s;
}

function formatId(fmt: string, formats: FormatInfo[], ids: Map<string, number>): number {
  let id = ids.get(fmt);
  if (id === undefined) {
    if (formats.length >= MAX_FORMATS) return 0;
    const decimals = formatDecimals(fmt);
    formats.push({ ...(decimals !== undefined ? { decimals } : {}), ...(isPercentFormat(fmt) ? { percentFormat: true } : {}) });
    id = formats.length;
    ids.set(fmt, id);
  }
  return id;
}

/** The number style each column's texts prove ("58,57" → decimal comma), so "1.905" reads right. */
function columnHints(grid: Grid, width: number): NumberStyleHint[] {
  const texts: string[][] = Array.from({ length: width }, () => []);
  for (const row of grid.values) {
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length < 32 && /\d/.test(v)) texts[c].push(v);
    }
  }
  return texts.map((t) => inferNumberStyle(t));
}

function profileRow(s: Scan, mergeShows: readonly boolean[], r: number): RowProfile {
  let numbers = 0;
  let errors = 0;
  let texts = 0;
  let occupied = 0;
  let first = -1;
  let last = -1;
  let lastMerge = 0;
  const base = r * s.width;
  // A formula never calculated (formulasNotComputed) still stands for a value: a total row of =SUM(…)
  // is a total row, not a heading.
  const uncomputed = s.grid.formulasNotComputed ? s.grid.formulas[r] : undefined;
  for (let c = 0; c < s.width; c++) {
    const i = base + c;
    const kind = s.kinds[i];
    const id = s.mergeIndex[i];
    const pending = kind === Kind.Blank && !!uncomputed && !!uncomputed[c];
    let shows = kind !== Kind.Blank || pending;
    if (id > 0) {
      // A merged area counts once per row, whether it starts in this row or reaches down from above.
      shows = id !== lastMerge && mergeShows[id - 1];
      lastMerge = id;
    } else {
      lastMerge = 0;
    }
    if (kind === Kind.Number || pending) numbers++;
    else if (kind === Kind.Other) {
      const k = (s.others.get(i) as CellReading).kind;
      if (k === "text-number") numbers++;
      else if (k === "error") errors++;
      // Digits too many to be a count are still a figure typed in a unit row: the row keeps its place in the
      // table and the checks report the cell (NOT_A_NUMBER).
      else if (k === "text" && isOverlongNumberText((s.others.get(i) as { text: string }).text)) numbers++;
      else texts++;
    }
    if (shows) {
      occupied++;
      if (first < 0) first = c + s.left;
      last = c + s.left;
    }
  }
  return { numbers, errors, texts, occupied, first, last };
}

function indexOf(s: Scan, row: number, col: number): number {
  if (row < s.top || row > s.bottom || col < s.left || col > s.right) return -1;
  return (row - s.top) * s.width + (col - s.left);
}

/** The reading at an absolute position (blank outside the grid and under a merged area's top-left). */
export function cellAt(s: Scan, row: number, col: number): CellReading {
  const i = indexOf(s, row, col);
  if (i < 0) return BLANK;
  const kind = s.kinds[i];
  if (kind === Kind.Blank) return BLANK;
  if (kind === Kind.Other) return s.others.get(i) as CellReading;
  const f = s.formatIds[i];
  return f > 0 ? { kind: "number", value: s.numbers[i], ...s.formats[f - 1] } : { kind: "number", value: s.numbers[i] };
}

/** The numeric value at a position (a real number or a number written as text), without allocating. */
export function numberAt(s: Scan, row: number, col: number): number | undefined {
  const i = indexOf(s, row, col);
  if (i < 0) return undefined;
  const kind = s.kinds[i];
  if (kind === Kind.Number) return s.numbers[i];
  if (kind === Kind.Other) {
    const r = s.others.get(i) as CellReading;
    return r.kind === "text-number" ? r.value : undefined;
  }
  return undefined;
}

/** The reading of a cell that is not blank and not a real number (text, text-number, error, boolean). */
export function otherAt(s: Scan, row: number, col: number): CellReading | undefined {
  const i = indexOf(s, row, col);
  return i >= 0 && s.kinds[i] === Kind.Other ? s.others.get(i) : undefined;
}

/** The number format of a real number cell, if it has one (constant, shared object). */
export function formatAt(s: Scan, row: number, col: number): FormatInfo | undefined {
  const i = indexOf(s, row, col);
  if (i < 0 || s.kinds[i] !== Kind.Number) return undefined;
  const f = s.formatIds[i];
  return f > 0 ? s.formats[f - 1] : undefined;
}

/** The merged area covering a cell, if any (constant time). */
export function mergeOf(s: Scan, row: number, col: number): MergedArea | undefined {
  const i = indexOf(s, row, col);
  if (i < 0) return undefined;
  const id = s.mergeIndex[i];
  return id > 0 ? s.merges[id - 1] : undefined;
}

/** What a cell shows: a merged cell shows its area's top-left value. */
export function shownAt(s: Scan, row: number, col: number): CellReading {
  const m = mergeOf(s, row, col);
  return m ? cellAt(s, m.top, m.left) : cellAt(s, row, col);
}

/** The text a cell shows ("" for blanks), numbers as written. */
export function shownText(s: Scan, row: number, col: number): string {
  const r = shownAt(s, row, col);
  switch (r.kind) {
    case "text":
    case "text-number":
      return r.text;
    case "number":
      return String(r.value);
    case "error":
      return r.error;
    case "boolean":
      return r.value ? "TRUE" : "FALSE";
    default:
      return "";
  }
}

export function profileOf(s: Scan, row: number): RowProfile {
  return s.profiles[row - s.top];
}

export function isBlankRow(s: Scan, row: number): boolean {
  return row < s.top || row > s.bottom || profileOf(s, row).occupied === 0;
}

/**
 * The sheet behind the adapter tests' Excel stand-in (mock-excel.ts): cells read lazily from a Grid or a
 * function, so a 50,000-row sheet costs nothing until a range is read, and every write kept apart.
 */
import type { CellValue, Grid } from "../../src/engine/grid";
import { isCellError } from "../../src/engine/grid";

export interface MockCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: { color: string; pattern: string };
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface MockSheetOptions {
  name: string;
  /** Returns the cell at an absolute position (undefined: blank). Lazy so a 50,000-row sheet costs nothing up front. */
  cellAt: (row: number, col: number) => Partial<MockCell> | undefined;
  used: Bounds;
  merges?: Bounds[];
  hiddenRows?: number[];
  protected?: boolean;
}


export const NO_FILL = { color: "#FFFFFF", pattern: "None" };

export class MockSheet {
  readonly name: string;
  readonly written = new Map<string, MockCell>();
  readonly merges: Bounds[];
  readonly hiddenRows: Set<number>;
  protected: boolean;
  used: Bounds;
  selected?: string;
  activated = false;
  private readonly source: MockSheetOptions["cellAt"];

  constructor(o: MockSheetOptions) {
    this.name = o.name;
    this.source = o.cellAt;
    this.used = o.used;
    this.merges = o.merges ?? [];
    this.hiddenRows = new Set(o.hiddenRows ?? []);
    this.protected = o.protected ?? false;
  }

  cell(row: number, col: number): MockCell {
    const key = `${row},${col}`;
    const w = this.written.get(key);
    if (w) return w;
    const s = this.source(row, col) ?? {};
    return { value: s.value ?? null, formula: s.formula ?? null, numberFormat: s.numberFormat ?? "General", fill: s.fill ?? { ...NO_FILL } };
  }

  /** The cell, copied into the written map so it can be changed. */
  edit(row: number, col: number): MockCell {
    const key = `${row},${col}`;
    if (!this.written.has(key)) {
      const c = this.cell(row, col);
      this.written.set(key, { ...c, fill: { ...c.fill } });
    }
    return this.written.get(key) as MockCell;
  }
}

/** Builds a MockSheet holding a Grid (values, formulas, formats, merges, hidden rows). */
export function sheetFromGrid(grid: Grid, extra: Partial<MockSheetOptions> = {}): MockSheet {
  const rows = grid.values.length;
  const cols = rows ? grid.values[0].length : 0;
  return new MockSheet({
    name: grid.sheet,
    used: { top: grid.top, left: grid.left, bottom: grid.top + rows - 1, right: grid.left + cols - 1 },
    merges: grid.merges.map((m) => ({ ...m })),
    hiddenRows: [...grid.hiddenRows],
    cellAt: (r, c) => {
      const rr = r - grid.top;
      const cc = c - grid.left;
      if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) return undefined;
      return { value: grid.values[rr][cc], formula: grid.formulas[rr][cc], numberFormat: grid.numberFormats[rr][cc] ?? "General" };
    },
    ...extra,
  });
}

export function officeValue(v: CellValue): { value: string | number | boolean; type: string } {
  if (v === null) return { value: "", type: "Empty" };
  if (isCellError(v)) return { value: v.error, type: "Error" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  return { value: v, type: "String" };
}

export function parseBounds(address: string): Bounds {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`mock: bad address ${address}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

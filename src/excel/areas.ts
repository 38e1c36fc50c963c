/**
 * Office.js reports merged areas and visible cells as one RangeAreas address string
 * ("'Phụ lục 1'!A9:A12, 'Phụ lục 1'!B9:B12"). Loading that one string costs one property in the read's
 * single sync, where loading each area of the `areas` collection would need a collection load per area.
 * These helpers turn such strings into absolute 0-based rectangles. Pure: tested without a host.
 */
import type { MergedArea } from "../engine/grid";
import { columnIndex } from "../engine/grid";

/** Inclusive absolute bounds of a block being read. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Splits "Sheet!A1:B2, 'a, b'!C3" at the commas that separate areas (not those inside quoted sheet names). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** One "A1", "A1:B2", "3:5" or "A:C" reference (sheet prefix removed) as bounds. */
function parseReference(ref: string): Bounds | undefined {
  const cells = ref.replace(/\$/g, "").split(":");
  const point = (s: string): { row?: number; col?: number } | undefined => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(s);
    if (!m || (m[1] === "" && m[2] === "")) return undefined;
    return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const a = point(cells[0]);
  const b = cells.length > 1 ? point(cells[1]) : a;
  if (!a || !b) return undefined;
  return {
    top: a.row ?? 0,
    left: a.col ?? 0,
    bottom: b.row ?? (a.row === undefined ? MAX_ROW : a.row),
    right: b.col ?? (a.col === undefined ? MAX_COL : a.col),
  };
}

/** Parses a RangeAreas address into rectangles; parts that are not addresses are skipped. */
export function parseAreasAddress(address: string | null | undefined): Bounds[] {
  if (!address) return [];
  const out: Bounds[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf("!");
    const b = parseReference(bang >= 0 ? part.slice(bang + 1) : part);
    if (b) out.push(b);
  }
  return out;
}

/** Merged areas that touch `within`, as the Grid holds them (a merge is kept whole even if it sticks out). */
export function mergesFromAddress(address: string | null | undefined, within: Bounds): MergedArea[] {
  return parseAreasAddress(address).filter(
    (m) => (m.bottom > m.top || m.right > m.left) && m.bottom >= within.top && m.top <= within.bottom && m.right >= within.left && m.left <= within.right,
  );
}

/**
 * Hidden rows and columns of `within`, from the address of its visible cells: a row no visible area
 * crosses is hidden (likewise a column). Both come from the one "Visible" special-cells address.
 */
export function hiddenFromVisibleAddress(address: string | null | undefined, within: Bounds): { rows: number[]; cols: number[] } {
  const visible = parseAreasAddress(address);
  const rowSeen = new Set<number>();
  const colSeen = new Set<number>();
  for (const v of visible) {
    for (let r = Math.max(v.top, within.top); r <= Math.min(v.bottom, within.bottom); r++) rowSeen.add(r);
    for (let c = Math.max(v.left, within.left); c <= Math.min(v.right, within.right); c++) colSeen.add(c);
  }
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = within.top; r <= within.bottom; r++) if (!rowSeen.has(r)) rows.push(r);
  for (let c = within.left; c <= within.right; c++) if (!colSeen.has(c)) cols.push(c);
  return { rows, cols };
}

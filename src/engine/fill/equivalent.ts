/**
 * Is a formula already in the cell as good as the one the fill would write? Then the cell is left alone:
 * filling twice changes nothing, and a user's "=sum(c13:c66)" is not rewritten as "=SUM(C13:C66)".
 */
import { a1, columnIndex } from "../grid";
import { cellKey } from "./options";

/** "= sum( $C$13 : c66 )" → "SUM(C13:C66)". */
export function normalizeFormula(f: string): string {
  return f.replace(/^\s*=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

const REF = /^([A-Z]{1,3})(\d+)$/;

function refCells(arg: string): string[] | undefined {
  const [from, to = from] = arg.split(":");
  const a = REF.exec(from);
  const b = REF.exec(to);
  if (!a || !b) return undefined;
  const cells: string[] = [];
  const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])].sort((x, y) => x - y);
  const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1].sort((x, y) => x - y);
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(cellKey(r, c));
  return cells;
}

/**
 * The cells a plain sum adds up: "SUM(C13:C15,C17)", "C13+C14+C15", "SUM(C13:C15)+C17" or
 * "SUBTOTAL(9,C13:C17)"; undefined for
 * anything else (a sum that subtracts, multiplies or calls other functions is not a plain sum).
 */
export function sumCells(formula: string): Set<string> | undefined {
  const f = normalizeFormula(formula);
  const cells = new Set<string>();
  for (const term of f.split("+")) {
    // SUBTOTAL(9,…) / SUBTOTAL(109,…) add up like SUM over unit rows.
    const inner = /^SUM\((.*)\)$/.exec(term) ?? /^SUBTOTAL\((?:9|109),(.*)\)$/.exec(term);
    const args = inner ? inner[1].split(",") : [term];
    for (const arg of args) {
      const got = refCells(arg);
      if (!got) return undefined;
      got.forEach((k) => cells.add(k));
    }
  }
  return cells;
}

/**
 * True when `formula` sums exactly `expected`, give or take cells that are `ignorable` (blank cells a range
 * runs over). A sum that leaves a row out or counts a sub-total twice is not equivalent.
 */
export function isEquivalentSum(
  formula: string,
  expected: readonly { row: number; col: number }[],
  ignorable: (row: number, col: number) => boolean,
): boolean {
  const got = sumCells(formula);
  if (!got) return false;
  const want = new Set(expected.map((c) => cellKey(c.row, c.col)));
  for (const k of want) if (!got.has(k)) return false;
  for (const k of got) {
    if (want.has(k)) continue;
    const [r, c] = k.split(",").map(Number);
    if (!ignorable(r, c)) return false;
  }
  return true;
}

/** A percent formula that divides the same cells the same way (=F13/C13*100, =ROUND(F13/C13*100;2) …). */
export function isEquivalentPercent(formula: string, num: { row: number; col: number }, den: { row: number; col: number }, scale: 100 | 1): boolean {
  const f = normalizeFormula(formula);
  if (!f.includes(`${a1(num.row, num.col)}/${a1(den.row, den.col)}`)) return false;
  const times100 = /\*100(?!\d)|(?:^|[^\d.])100\*/.test(f); // no lookbehind: IE11 (Office 2016) cannot parse it
  return scale === 100 ? times100 : !times100;
}

/** Same formula up to case, spaces and $ signs. */
export function isSameFormula(a: string, b: string): boolean {
  return normalizeFormula(a) === normalizeFormula(b);
}

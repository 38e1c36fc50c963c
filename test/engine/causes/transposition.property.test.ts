/**
 * Property (issue 10): in a random, internally consistent appendix (quota, admitted, pending, total =
 * admitted + pending, percent = total / quota rounded to 2 decimals, a total row), swap two adjacent
 * different digits of one unit cell. Whenever exactly one single-keystroke change of one cell makes the
 * whole table add up again — decided here by brute force, with arithmetic written independently of the
 * engine — the engine's cause names that cell and its true value, and no finding names another cell
 * with high confidence.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/engine/grid";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { explainIssues } from "../../../src/engine/causes/index";
import { buildTable } from "../checks/table-builder";

interface Unit {
  readonly quota: number;
  readonly admitted: number;
  readonly pending: number;
}

/** Percent in integer hundredths, rounded half up (Excel's ROUND on positives), exactly. */
function hundredths(num: number, den: number): number {
  const floor = Math.floor((num * 10000) / den);
  return 2 * (num * 10000 - floor * den) >= den ? floor + 1 : floor;
}
const truncatedHundredths = (num: number, den: number) => Math.floor((num * 10000) / den);

type Row = number[]; // quota, admitted, pending, total, percent×100 (integer hundredths)
const COLS = 5;

function consistentPercent(p: number, num: number, den: number): boolean {
  return den === 0 || p === hundredths(num, den) || p === truncatedHundredths(num, den);
}

/** Does the whole table hold: every row's total and percent, every column total, the total row's own relations? */
function holds(units: readonly Row[], total: Row): boolean {
  for (const u of units) if (u[3] !== u[1] + u[2] || !consistentPercent(u[4], u[3], u[0])) return false;
  for (let c = 0; c < 4; c++) if (units.reduce((s, u) => s + u[c], 0) !== total[c]) return false;
  return total[3] === total[1] + total[2] && consistentPercent(total[4], total[3], total[0]);
}

/** Every string one keystroke from `s`: adjacent swap, one digit changed, deleted or inserted. */
function oneKeystroke(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    if (i + 1 < s.length) out.add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    for (const d of "0123456789") out.add(s.slice(0, i) + d + s.slice(i + 1));
    out.add(s.slice(0, i) + s.slice(i + 1));
  }
  for (let i = 0; i <= s.length; i++) for (const d of "0123456789") out.add(s.slice(0, i) + d + s.slice(i));
  out.delete(s);
  return [...out].filter((x) => x !== "");
}

/** All (row, col, value) one keystroke away that make the table hold; row -1 is the total row. */
function repairs(units: readonly Row[], total: Row): { row: number; col: number; value: number }[] {
  const found: { row: number; col: number; value: number }[] = [];
  const rows = [...units.map((u, i) => ({ row: i, cells: u })), { row: -1, cells: total }];
  for (const { row, cells } of rows) {
    for (let c = 0; c < COLS; c++) {
      for (const t of oneKeystroke(String(cells[c]))) {
        const v = Number(t);
        if (v === cells[c]) continue;
        const patched = (r: Row, i: number) => (i === row ? r.map((x, k) => (k === c ? v : x)) : r);
        const us = units.map((u, i) => patched(u, i));
        const tot = row === -1 ? total.map((x, k) => (k === c ? v : x)) : total;
        if (holds(us, tot)) found.push({ row, col: c, value: v });
      }
    }
  }
  return found;
}

const unitArb: fc.Arbitrary<Unit> = fc.record({
  quota: fc.integer({ min: 1, max: 400 }),
  admitted: fc.integer({ min: 0, max: 300 }),
  pending: fc.integer({ min: 0, max: 60 }),
});

function rowsOf(units: readonly Unit[]): { units: Row[]; total: Row } {
  const rows = units.map((u) => [u.quota, u.admitted, u.pending, u.admitted + u.pending, hundredths(u.admitted + u.pending, u.quota)]);
  const sum = (c: number) => rows.reduce((s, r) => s + r[c], 0);
  const total = [sum(0), sum(1), sum(2), sum(3), 0];
  total[4] = hundredths(total[3], total[0]);
  return { units: rows, total };
}

const FIRST_COL = 2; // STT, unit name, then the five figures

test("a unique one-keystroke repair of a transposed unit cell is the cause the engine names", () => {
  let checked = 0;
  fc.assert(
    fc.property(fc.array(unitArb, { minLength: 10, maxLength: 24 }), fc.nat(), fc.nat(), fc.nat(), (units, ur, uc, pos) => {
      const { units: rows, total } = rowsOf(units);
      const row = ur % rows.length;
      const col = uc % COLS;
      const digits = String(rows[row][col]);
      const swappable = [...digits].map((_, i) => i).filter((i) => i + 1 < digits.length && digits[i] !== digits[i + 1]);
      if (swappable.length === 0) return;
      const i = swappable[pos % swappable.length];
      const truth = rows[row][col];
      const slipped = Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
      if (col === 4 && slipped > 99999) return;
      const bad = rows.map((r, k) => (k === row ? r.map((x, c) => (c === col ? slipped : x)) : r));
      const fixes = repairs(bad, total);
      expect(fixes).toContainEqual({ row, col, value: truth });
      if (fixes.length !== 1) return;

      const cell = (r: Row): CellValue[] => [r[0], r[1], r[2], r[3], r[4] / 100];
      const built = buildTable({
        headers: ["STT", "Đơn vị", "Chỉ tiêu giao", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %"],
        roles: ["stt", "label", "count", "count", "count", "count", "percent"],
        units: bad.map((r, k) => [k + 1, `Đơn vị ${k + 1}`, ...cell(r)]),
        total: ["", "Tổng cộng", ...cell(total)],
        numberFormats: (_r, c) => (c === 6 ? "0.00" : null),
      });
      const relations = inferRelations(built.grid, built.table);
      const issues = explainIssues(built.grid, built.table, relations, runChecks(built.grid, built.table, relations));
      const errors = issues.filter((x) => x.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      const at = { row: built.unitRow(row), col: FIRST_COL + col };
      const trueValue = col === 4 ? truth / 100 : truth;
      expect(errors.some((e) => e.cause?.row === at.row && e.cause.col === at.col && Math.abs(e.cause.value - trueValue) < 1e-9)).toBe(true);
      for (const e of errors) if (e.cause?.confidence === "high") expect([e.cause.row, e.cause.col]).toEqual([at.row, at.col]);
      checked++;
    }),
    { numRuns: 150 },
  );
  // The property must not hold vacuously: most slips in such tables have a unique repair.
  expect(checked).toBeGreaterThan(30);
});

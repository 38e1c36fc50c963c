/**
 * Property: a randomly generated, internally consistent appendix (quota, admitted, pending, total =
 * admitted + pending, percent = total / quota rounded half away from zero, a total row) gets no
 * error-severity issue; corrupting one total cell gives exactly one TOTAL_MISMATCH, at that cell.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/engine/grid";
import { inferRelations } from "../../../src/engine/relations/index";
import { runChecks } from "../../../src/engine/checks/index";
import { buildTable } from "./table-builder";

interface Unit {
  readonly quota: number;
  readonly admitted: number;
  readonly pending: number;
}

const unitArb: fc.Arbitrary<Unit> = fc.record({
  quota: fc.integer({ min: 1, max: 400 }),
  admitted: fc.integer({ min: 0, max: 300 }),
  pending: fc.integer({ min: 0, max: 50 }),
});

/** Excel's ROUND(x, 2), written independently of the engine: work in integer hundredths of a percent. */
function percent2(numerator: number, denominator: number): number {
  const hundredths = (numerator * 10000) / denominator;
  const floor = Math.floor(hundredths);
  // Exact rational comparison of the remainder against one half: 2·(n·10000 − floor·d) ≥ d.
  const up = 2 * (numerator * 10000 - floor * denominator) >= denominator;
  return (up ? floor + 1 : floor) / 100;
}

function appendix(units: readonly Unit[]) {
  const rows: CellValue[][] = units.map((u, i) => [i + 1, `Đơn vị ${i + 1}`, u.quota, u.admitted, u.pending, u.admitted + u.pending, percent2(u.admitted + u.pending, u.quota)]);
  const sum = (f: (u: Unit) => number) => units.reduce((s, u) => s + f(u), 0);
  const quota = sum((u) => u.quota);
  const total = sum((u) => u.admitted + u.pending);
  const totalRow: CellValue[] = ["", "Tổng cộng", quota, sum((u) => u.admitted), sum((u) => u.pending), total, percent2(total, quota)];
  return { rows, totalRow };
}

const spec = (rows: CellValue[][], total: CellValue[]) =>
  buildTable({
    headers: ["STT", "Đơn vị", "Chỉ tiêu giao", "Đã kết nạp", "Đang trình duyệt", "Tổng cộng", "Tỷ lệ %"],
    roles: ["stt", "label", "count", "count", "count", "count", "percent"],
    units: rows,
    total,
    numberFormats: (_r, c) => (c === 6 ? "0.00" : null),
  });

describe("property: consistent appendices", () => {
  it("get no error-severity issue", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 40 }), (units) => {
        const { rows, totalRow } = appendix(units);
        const built = spec(rows, totalRow);
        const issues = runChecks(built.grid, built.table, inferRelations(built.grid, built.table));
        expect(issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("with one total cell corrupted get exactly one TOTAL_MISMATCH, at that cell", () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(2, 3, 4, 5),
        fc.integer({ min: 1, max: 50 }).chain((d) => fc.constantFrom(d, -d)),
        (units, col, delta) => {
          const { rows, totalRow } = appendix(units);
          const corrupted = [...totalRow];
          const right = totalRow[col] as number;
          fc.pre(right + delta >= 0);
          corrupted[col] = right + delta;
          const built = spec(rows, corrupted);
          const issues = runChecks(built.grid, built.table, inferRelations(built.grid, built.table));
          const errors = issues.filter((i) => i.severity === "error");
          expect(errors).toEqual([expect.objectContaining({ code: "TOTAL_MISMATCH", row: built.totalRow, col, expected: right, actual: right + delta })]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * A slip in a 10,000-unit table: the cause search tries every unit of the failing column, each in O(1)
 * against the cached column sum, so it stays a small part of the analysis (timings belong in the bench;
 * this only checks that the right cell comes out of a big table).
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { bigAppendix } from "../detect/big-appendix";
import { withSlips } from "./slip-helpers";

test("10,000 units × 30 columns, one unit's 27 typed 72: that cell is named", () => {
  const grid = bigAppendix();
  const firstUnit = 6;
  // bigAppendix's unit u (from 0), column c holds (u·7 + c·13) mod 50: unit 1234, column 3 → 27.
  const row = firstUnit + 1234;
  const col = 2 + 3;
  expect(grid.values[row][col]).toBe(27);
  const t0 = Date.now();
  const [table] = analyzeGrid(withSlips(grid, [{ row, col, value: 72 }])).tables;
  const elapsed = Date.now() - t0;
  const err = table.issues.find((i) => i.severity === "error");
  // The only transposition that gives back the total; units showing 49 could have lost their 9 (49 → 4), a weaker slip.
  expect(err?.cause).toMatchObject({ row, col, value: 27, kind: "transposition" });
  // Generous: only to catch a quadratic search, not to time the machine.
  expect(elapsed).toBeLessThan(20_000);
});

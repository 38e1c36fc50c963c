/**
 * Whatever the sheet, detection returns [] or tables whose parts are consistent: rows inside the bounds,
 * in order, each row in one role only; columns left to right covering the bounds. Random sheets (mixes
 * of header words, labels, numbers, blanks and merges) must never make it throw.
 */
import fc from "fast-check";
import { detectTables } from "../../../src/engine/detect";
import { type CellValue, type MergedArea, gridFromRows } from "../../../src/engine/grid";
import type { Table } from "../../../src/engine/model";

function checkTable(t: Table): void {
  const inside = (r: number) => r >= t.top && r <= t.bottom;
  const body = [...t.dataRows, ...t.totalRows, ...t.subtotals.map((g) => g.row)];
  for (const r of [...body, ...t.repeatedHeaderRows]) expect(inside(r)).toBe(true);
  for (const r of body) expect(r > t.headerBottom).toBe(true);
  expect(new Set([...body, ...t.repeatedHeaderRows]).size).toBe(body.length + t.repeatedHeaderRows.length);
  expect([...t.dataRows].sort((a, b) => a - b)).toEqual(t.dataRows);
  for (const g of t.subtotals) for (const m of g.members) expect(t.dataRows).toContain(m);
  expect(t.columns.map((c) => c.col)).toEqual(Array.from({ length: t.right - t.left + 1 }, (_, i) => t.left + i));
  expect(t.headerTop).toBe(t.top);
  if (t.numberingRow !== null) expect(t.numberingRow >= t.headerTop && t.numberingRow <= t.headerBottom).toBe(true);
}

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("STT", "Đơn vị", "Chỉ tiêu", "Tỷ lệ %", "Tổng cộng", "Cộng", "I", "Khối huyện", "Trong đó:", "(1)", "Xã A", "Công an", "7,715", "58,57%", "#REF!"),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ min: 0, max: 200, noNaN: true }),
  fc.constant({ error: "#DIV/0!" }),
);

describe("detection invariants", () => {
  it("random sheets: no throw, consistent tables", () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(24), fc.nat(6), fc.nat(2), fc.nat(2)), { maxLength: 4 }),
        fc.nat(5),
        fc.nat(3),
        fc.boolean(),
        (rows, mergeSpecs, top, left, withHeader) => {
          const merges: MergedArea[] = mergeSpecs.map(([r, c, h, w]) => ({ top: top + r, left: left + c, bottom: top + r + h, right: left + c + w }));
          const all = withHeader ? [["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ %"], ...rows] : rows;
          const tables = detectTables(gridFromRows("S", all, { top, left, merges }));
          found += tables.length;
          for (const t of tables) checkTable(t);
          for (let i = 1; i < tables.length; i++) expect(tables[i].top).toBeGreaterThan(tables[i - 1].bottom);
        },
      ),
      { numRuns: 1000 },
    );
    // The generator must reach tables, or the checks above test nothing.
    expect(found).toBeGreaterThan(20);
  });

  it("the seed-shaped synthetic appendix: one table, every unit a data row", () => {
    const rows: CellValue[][] = [["PHỤ LỤC"], [], ["STT", "Đơn vị", "Đảng viên", "Chỉ tiêu"]];
    let members = 0;
    let quota = 0;
    for (let i = 1; i <= 200; i++) {
      rows.push([i, `Đảng bộ xã ${i}`, 100 + i, i % 7]);
      members += 100 + i;
      quota += i % 7;
    }
    rows.push(["Tổng cộng", null, members, quota]);
    const tables = detectTables(gridFromRows("S", rows));
    expect(tables).toHaveLength(1);
    checkTable(tables[0]);
    expect(tables[0].dataRows).toHaveLength(200);
    expect(tables[0].totalRows).toEqual([203]);
  });
});

import { readSheetGrid } from "../../src/excel/read-grid";
import { BASELINE_FEATURES, type ExcelFeatures } from "../../src/excel/features";
import { ExcelAdapterError } from "../../src/excel/errors";
import { PAYLOAD_BUDGET_BYTES, READ_BYTES_PER_CELL } from "../../src/excel/limits";
import { gridFromRows, valueAt, mergeAt } from "../../src/engine/grid";
import { MockExcel, MockSheet, sheetFromGrid } from "./mock-excel";

const ALL: ExcelFeatures = { resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: true };

/**
 * A two-row header as the users draw it: STT (A8:A9) and Đơn vị (B8:B9) merged down, "Kết quả" merged
 * across C8:D8 over "Đã kết nạp" / "Đang trình"; the table starts at B8's row 8 (index 7), one unit row hidden.
 */
function mergedHeaderGrid() {
  return gridFromRows(
    "Phụ lục",
    [
      ["STT", "Đơn vị", "Kết quả", null, "Tỷ lệ %"],
      [null, null, "Đã kết nạp", "Đang trình", null],
      [1, "Đảng bộ xã A", 5, 2, 58.33],
      [2, "Đảng bộ xã B", 3, { error: "#REF!" }, null],
      ["Tổng cộng", null, 8, 2, null],
    ],
    {
      top: 7,
      left: 0,
      merges: [
        { top: 7, left: 0, bottom: 8, right: 0 },
        { top: 7, left: 1, bottom: 8, right: 1 },
        { top: 7, left: 2, bottom: 7, right: 3 },
        { top: 7, left: 4, bottom: 8, right: 4 },
      ],
      formulas: [
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, "=D99/0", null],
        [null, null, "=SUM(C10:C11)", "=SUM(D10:D11)", null],
      ],
      numberFormats: [
        ["General", "General", "General", "General", "General"],
        ["General", "General", "General", "General", "General"],
        ["0", "@", "#,##0", "#,##0", "0.00"],
        ["0", "@", "#,##0", "#,##0", "0.00"],
        ["General", "General", "#,##0", "#,##0", "0.00"],
      ],
      hiddenRows: [10],
    },
  );
}

describe("readSheetGrid", () => {
  test("a merged header reads into the right Grid in one sync", async () => {
    const excel = new MockExcel([sheetFromGrid(mergedHeaderGrid())]);
    const grid = await readSheetGrid(excel.context, ALL);
    expect(excel.syncCount).toBe(1);
    expect(grid.sheet).toBe("Phụ lục");
    expect([grid.top, grid.left]).toEqual([7, 0]);
    // Values sit in the top-left cell of each merge; the rest of the merge reads blank.
    expect(valueAt(grid, 7, 2)).toBe("Kết quả");
    expect(valueAt(grid, 7, 3)).toBeNull();
    expect(valueAt(grid, 8, 3)).toBe("Đang trình");
    expect(mergeAt(grid, 8, 0)).toEqual({ top: 7, left: 0, bottom: 8, right: 0 });
    expect(mergeAt(grid, 7, 3)).toEqual({ top: 7, left: 2, bottom: 7, right: 3 });
    expect(mergeAt(grid, 9, 2)).toBeUndefined();
    expect(grid.merges).toHaveLength(4);
    expect(valueAt(grid, 10, 3)).toEqual({ error: "#REF!" });
    expect(grid.formulas[4][2]).toBe("=SUM(C10:C11)");
    // Constants come back from range.formulas as their values: they are not formulas.
    expect(grid.formulas[2][2]).toBeNull();
    expect(grid.numberFormats[2][4]).toBe("0.00");
    expect(grid.hiddenRows).toEqual([10]);
    expect(grid.hiddenCols).toEqual([]);
  });

  test("on ExcelApi 1.1 the same sheet still reads, without merges or hidden rows", async () => {
    const excel = new MockExcel([sheetFromGrid(mergedHeaderGrid())]);
    const grid = await readSheetGrid(excel.context, BASELINE_FEATURES);
    expect(excel.syncCount).toBe(1);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(valueAt(grid, 9, 1)).toBe("Đảng bộ xã A");
    expect(valueAt(grid, 11, 2)).toBe(8);
  });

  test("the selection reads with its own absolute coordinates", async () => {
    const excel = new MockExcel([sheetFromGrid(mergedHeaderGrid())], { selection: { top: 9, left: 2, bottom: 10, right: 3 } });
    const grid = await readSheetGrid(excel.context, ALL, "selection");
    expect([grid.top, grid.left, grid.values.length, grid.values[0].length]).toEqual([9, 2, 2, 2]);
    expect(valueAt(grid, 10, 2)).toBe(3);
  });

  test("an empty sheet is reported as such", async () => {
    const sheet = new MockSheet({ name: "Sheet1", used: { top: 0, left: 0, bottom: 0, right: 0 }, cellAt: () => undefined });
    const excel = new MockExcel([sheet]);
    await expect(readSheetGrid(excel.context, ALL)).rejects.toMatchObject({ code: "empty", messageKey: "pane.error.empty" });
    await expect(readSheetGrid(excel.context, ALL)).rejects.toBeInstanceOf(ExcelAdapterError);
  });
});

/** A sheet of `rows` × `cols` numbers under a header row. */
function numberSheet(rows: number, cols: number): MockSheet {
  return new MockSheet({
    name: "Lớn",
    used: { top: 0, left: 0, bottom: rows - 1, right: cols - 1 },
    cellAt: (r, c) => ({ value: r === 0 ? `Cột ${c + 1}` : r * 100 + c }),
  });
}

describe("sync count and payload", () => {
  test("a 10-row sheet and a 2,000 × 30 sheet are both read in the same number of syncs", async () => {
    const small = new MockExcel([numberSheet(10, 8)]);
    const big = new MockExcel([numberSheet(2000, 30)]);
    const g1 = await readSheetGrid(small.context, ALL);
    const g2 = await readSheetGrid(big.context, ALL);
    expect(g1.values).toHaveLength(10);
    expect(g2.values).toHaveLength(2000);
    expect(g2.values[1999][29]).toBe(1999 * 100 + 29);
    expect(small.syncCount).toBe(1);
    expect(big.syncCount).toBe(small.syncCount);
  });

  test("a 50,000-row sheet takes one sync per block that keeps the response under 5 MB", async () => {
    const rows = 50000;
    const cols = 30;
    const excel = new MockExcel([numberSheet(rows, cols)]);
    const grid = await readSheetGrid(excel.context, ALL);
    expect(grid.values).toHaveLength(rows);
    expect(grid.values[rows - 1][cols - 1]).toBe((rows - 1) * 100 + cols - 1);
    expect(grid.values[31234][7]).toBe(31234 * 100 + 7);

    // No single content read may exceed the budget (at the estimated bytes per cell) nor 5,000,000 cells.
    const contentReads = excel.loadedCells.filter((n) => n > 1);
    for (const cells of contentReads) {
      expect(cells * READ_BYTES_PER_CELL).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
      expect(cells).toBeLessThan(5_000_000);
    }
    expect(contentReads.reduce((a, b) => a + b, 0)).toBe(rows * cols);
    // Fewest blocks that can carry 1.5 million cells under the budget, plus at most one partial block.
    const minimumBlocks = Math.ceil((rows * cols * READ_BYTES_PER_CELL) / PAYLOAD_BUDGET_BYTES);
    expect(excel.syncCount).toBeGreaterThanOrEqual(minimumBlocks);
    expect(excel.syncCount).toBeLessThanOrEqual(minimumBlocks + 1);
    expect(excel.syncCount).toBe(contentReads.length);
  });

  test("sync count grows with the blocks: twice the rows, about twice the syncs", async () => {
    const a = new MockExcel([numberSheet(10000, 30)]);
    const b = new MockExcel([numberSheet(20000, 30)]);
    await readSheetGrid(a.context, ALL);
    await readSheetGrid(b.context, ALL);
    expect(b.syncCount).toBeGreaterThan(a.syncCount);
    expect(b.syncCount).toBeLessThanOrEqual(2 * a.syncCount);
  });
});

describe("a used range far larger than its table (issue 12)", () => {
  test("is refused at once with sheet-too-large, after a single sync", async () => {
    // 60 × 60 = 3,600 cells against a limit of 1,000 stands for A1 … XFD1048576 against the real limit.
    const rows = Array.from({ length: 60 }, (_, r) => Array.from({ length: 60 }, (_, c) => (r === 59 && c === 59 ? 1 : r === 0 && c === 0 ? "x" : null)));
    const excel = new MockExcel([sheetFromGrid(gridFromRows("S", rows))]);
    await expect(readSheetGrid(excel.context, ALL, "used", 1000)).rejects.toMatchObject({ code: "sheet-too-large", messageKey: "pane.error.sheet-too-large" });
    expect(excel.syncCount).toBe(1);
  });
});

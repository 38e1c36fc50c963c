import { OfficeWorkbook, type ExcelRunner } from "../../src/excel/workbook";
import { readSheetGrid } from "../../src/excel/read-grid";
import { BASELINE_FEATURES, type ExcelFeatures } from "../../src/excel/features";
import { memorySettingsStore } from "../../src/excel/settings";
import { gridFromRows, valueAt } from "../../src/engine/grid";
import type { EditPlan } from "../../src/engine/plan";
import { MockExcel, sheetFromGrid } from "./mock-excel";

const ALL: ExcelFeatures = { resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: true };

const grid = gridFromRows("Phụ lục", [
  ["STT", "Đơn vị", "Chỉ tiêu"],
  [1, "Xã A", 5],
  [2, "Xã B", 3],
  ["Tổng cộng", null, 7],
]);

const plan: EditPlan = {
  sheet: "Phụ lục",
  edits: [
    {
      row: 3,
      col: 2,
      before: { value: 7, formula: null, numberFormat: null },
      after: { value: 5 + 3, formula: "=SUM(C2:C3)", numberFormat: null },
      reason: "total",
      changesDisplayedValue: true,
    },
  ],
  addMerges: [],
  removeMerges: [],
};

/** A runner over the mock that records the Excel.run options each call used. */
function recordingRunner(excel: MockExcel, options: ({ mergeUndoGroup?: boolean } | undefined)[]): ExcelRunner {
  return (batch, o) => {
    options.push(o);
    return batch(excel.context);
  };
}

describe("OfficeWorkbook", () => {
  test("a fill runs in one undo group where ExcelApi 1.20 allows it, and lands", async () => {
    const excel = new MockExcel([sheetFromGrid(grid)]);
    const used: ({ mergeUndoGroup?: boolean } | undefined)[] = [];
    const wb = new OfficeWorkbook(recordingRunner(excel, used), ALL, memorySettingsStore());
    expect(wb.nativeUndo).toBe(true);
    await wb.applyPlan(plan);
    expect(used).toEqual([{ mergeUndoGroup: true }]);
    expect(excel.sheet().cell(3, 2).formula).toBe("=SUM(C2:C3)");
  });

  test("without ExcelApi 1.20 the fill runs without an undo group", async () => {
    const excel = new MockExcel([sheetFromGrid(grid)]);
    const used: ({ mergeUndoGroup?: boolean } | undefined)[] = [];
    const wb = new OfficeWorkbook(recordingRunner(excel, used), { ...ALL, mergeUndoGroup: false }, memorySettingsStore());
    expect(wb.nativeUndo).toBe(false);
    await wb.applyPlan(plan);
    expect(used).toEqual([{ mergeUndoGroup: false }]);
  });

  test("selecting an issue's cell activates its sheet and selects the cell", async () => {
    const excel = new MockExcel([sheetFromGrid(grid)]);
    const wb = new OfficeWorkbook((b) => b(excel.context), ALL, memorySettingsStore());
    await wb.selectCell("Phụ lục", 3, 2);
    expect(excel.sheet().selected).toBe("C4");
    expect(excel.sheet().activated).toBe(true);
  });

  test("live mode is a no-op before ExcelApi 1.7 (no change events)", async () => {
    const excel = new MockExcel([sheetFromGrid(grid)]);
    const wb = new OfficeWorkbook((b) => b(excel.context), BASELINE_FEATURES, memorySettingsStore());
    const stop = await wb.watchActiveSheet(() => undefined);
    await expect(stop()).resolves.toBeUndefined();
    expect(excel.syncCount).toBe(0);
  });

  test("a window that reaches past the sheet's edge falls back to reading the range itself", async () => {
    const excel = new MockExcel([sheetFromGrid(grid)], {
      failOnSync: (n) => (n === 1 ? Object.assign(new Error("edge"), { code: "InvalidArgument" }) : undefined),
    });
    const g = await readSheetGrid(excel.context, ALL);
    expect(valueAt(g, 3, 2)).toBe(7);
    expect(excel.syncCount).toBe(2);
  });
});

test("an undo group Excel refuses (UndoNotSupported) is retried without the group, and the cells are written once", async () => {
  const excel = new MockExcel([sheetFromGrid(grid)], {
    // Sync 1 checks, sync 2 writes and is refused; the rollback, then the ungrouped check and write follow.
    failOnSync: (n) => (n === 2 ? Object.assign(new Error("grouping"), { code: "UndoNotSupported" }) : undefined),
  });
  const used: ({ mergeUndoGroup?: boolean } | undefined)[] = [];
  const wb = new OfficeWorkbook(recordingRunner(excel, used), ALL, memorySettingsStore());
  await wb.applyPlan(plan);
  expect(used).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: false }]);
  expect(excel.sheet().cell(3, 2).formula).toBe("=SUM(C2:C3)");
});

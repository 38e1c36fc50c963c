import { validateActiveSheetFromRibbon, takeRibbonResult } from "../../src/excel/ribbon-validate";
import { OfficeWorkbook } from "../../src/excel/workbook";
import { memorySettingsStore, SETTINGS_KEYS } from "../../src/excel/settings";
import { MARK_COLORS, type MarkRecord } from "../../src/excel/marks";
import type { ExcelFeatures } from "../../src/excel/features";
import { valueAt, type Grid } from "../../src/engine/grid";
import { loadFixture, seed004Row, SEED_004, SEED_001 } from "../helpers/fixtures";
import { runRibbonValidation } from "../../src/commands/ribbon";
import { MockExcel, mockRunner, sheetFromGrid } from "./mock-excel";

const ALL: ExcelFeatures = { resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: true };

function setup(grid: Grid) {
  const excel = new MockExcel([sheetFromGrid(grid)]);
  const store = memorySettingsStore();
  const workbook = new OfficeWorkbook(mockRunner(excel), ALL, store);
  const showPane = jest.fn(() => Promise.resolve());
  return { excel, store, workbook, showPane };
}

describe("ribbon validation", () => {
  test("marks the cells of seed 004's unit 24, where the 2024 total 8 is not 10 + 0, and opens the pane", async () => {
    const [grid] = await loadFixture("seed-004");
    const row = seed004Row(24);
    const { total2024, youth2024, union2024 } = SEED_004.cols;
    // The published row: total 8, youth-union 10, trade-union 0.
    expect([valueAt(grid, row, total2024), valueAt(grid, row, youth2024), valueAt(grid, row, union2024)]).toEqual([8, 10, 0]);

    const { excel, store, workbook, showPane } = setup(grid);
    const result = await validateActiveSheetFromRibbon({ workbook, showPane });
    expect(result.error).toBeUndefined();
    expect(result.counts.errors).toBeGreaterThanOrEqual(1);

    const sheet = excel.sheet(SEED_004.sheet);
    expect(sheet.cell(row, total2024).fill.color).toBe(MARK_COLORS.error);
    // The other units' 2024 totals agree with their parts, so none of them is marked as an error.
    for (const r of SEED_004.dataRows) {
      if (r === row) continue;
      expect(sheet.cell(r, total2024).fill.color).not.toBe(MARK_COLORS.error);
    }
    expect(showPane).toHaveBeenCalledTimes(1);
    // The marks' previous fills are remembered in the document settings, for "Xoá đánh dấu".
    const records = store.get<MarkRecord[]>(SETTINGS_KEYS.marks) ?? [];
    expect(records.some((m) => m.address === `D${row + 1}`)).toBe(true);
    // The pane picks the ribbon's result up once.
    expect(takeRibbonResult()?.counts).toEqual(result.counts);
    expect(takeRibbonResult()).toBeUndefined();

    await workbook.clearMarks();
    expect(sheet.cell(row, total2024).fill).toEqual({ color: "#FFFFFF", pattern: "None" });
    expect(store.get(SETTINGS_KEYS.marks)).toBeUndefined();
  });

  test("reads and validates seed 001 in one sync", async () => {
    const [grid] = await loadFixture("seed-001");
    const { excel, workbook, showPane } = setup(grid);
    await workbook.readGrid("used");
    expect(excel.syncCount).toBe(1);
    const result = await validateActiveSheetFromRibbon({ workbook, showPane: showPane });
    // The quota total C60 says 280 where the units sum to 281.
    const quotaTotal = excel.sheet(SEED_001.sheet).cell(SEED_001.totalRow, SEED_001.cols.quota);
    expect(quotaTotal.fill.color).toBe(MARK_COLORS.error);
    expect(result.analysis?.tables).toHaveLength(1);
    takeRibbonResult();
  });

  test("a sheet in cell-edit mode: nothing marked, the pane opens with the reason", async () => {
    const [grid] = await loadFixture("seed-001");
    const excel = new MockExcel([sheetFromGrid(grid)], {
      failOnSync: () => Object.assign(new Error("edit"), { code: "InvalidOperationInCellEditMode" }),
    });
    const workbook = new OfficeWorkbook(mockRunner(excel), ALL, memorySettingsStore());
    const showPane = jest.fn(() => Promise.resolve());
    const result = await validateActiveSheetFromRibbon({ workbook, showPane });
    expect(result.error?.code).toBe("cell-edit");
    expect(result.marked).toBe(0);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(excel.writeCount).toBe(0);
    takeRibbonResult();
  });

  test("the ribbon command's handler (validateSheet) marks unit 24 of seed 004 and completes the event", async () => {
    const [grid] = await loadFixture("seed-004");
    const { excel, workbook, showPane } = setup(grid);
    const event = { completed: jest.fn() };
    const reportError = jest.fn();
    await runRibbonValidation(event, {
      validate: async () => void (await validateActiveSheetFromRibbon({ workbook, showPane })),
      showTaskpane: showPane,
      reportError,
    });
    const row = seed004Row(24);
    expect(excel.sheet(SEED_004.sheet).cell(row, SEED_004.cols.total2024).fill.color).toBe(MARK_COLORS.error);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(reportError).not.toHaveBeenCalled();
    takeRibbonResult();
  });
});

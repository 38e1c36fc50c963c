import { applyPlan } from "../../src/excel/apply-plan";
import type { ExcelFeatures } from "../../src/excel/features";
import { gridFromRows } from "../../src/engine/grid";
import { invertPlan, type CellEdit, type EditPlan } from "../../src/engine/plan";
import { MockExcel, sheetFromGrid } from "./mock-excel";

const ALL: ExcelFeatures = { resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: true };

/** Seed 001's shape in miniature: quota C, admitted D, pending E, total F; the total row says 280 where the units sum to 281. */
function sheet() {
  return sheetFromGrid(
    gridFromRows("KQ 9 tháng", [
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã kết nạp", "Đang trình", "Tổng cộng", "Tỷ lệ %"],
      [1, "Xã A", 200, 100, 20, 120, 60],
      [2, "Xã B", 81, 40, 4, 44, null],
      ["TỔNG CỘNG", null, 280, 140, 24, 164, null],
    ]),
  );
}

const state = (value: number | string | null, formula: string | null = null, numberFormat: string | null = null) => ({ value, formula, numberFormat });

function edit(row: number, col: number, before: ReturnType<typeof state>, after: ReturnType<typeof state>, reason: CellEdit["reason"]): CellEdit {
  return { row, col, before, after, reason, changesDisplayedValue: before.value !== after.value };
}

/** Total C4 as a formula (280 → 281), percent G3 = ROUND(F3/C3*100,2) = 44/81×100 = 54.32. */
const plan: EditPlan = {
  sheet: "KQ 9 tháng",
  edits: [
    edit(3, 2, state(280), state(200 + 81, "=SUM(C2:C3)"), "total"),
    edit(2, 6, state(null), state(Math.round((44 / 81) * 10000) / 100, "=ROUND(F3/C3*100,2)", "0.00"), "percent"),
  ],
  addMerges: [],
  removeMerges: [],
};

describe("applyPlan", () => {
  test("a plan's writes land in the right cells, and its inverse puts back what was there", async () => {
    const excel = new MockExcel([sheet()]);
    const out = await applyPlan(excel.context, plan, ALL);
    const s = excel.sheet();
    expect(s.cell(3, 2).formula).toBe("=SUM(C2:C3)");
    expect(s.cell(2, 6).formula).toBe("=ROUND(F3/C3*100,2)");
    expect(s.cell(2, 6).numberFormat).toBe("0.00");
    // Cells the plan does not list are untouched.
    expect(s.cell(3, 3).value).toBe(140);
    expect(s.cell(1, 6).value).toBe(60);
    expect([...s.written.keys()].sort()).toEqual(["2,6", "3,2"]);
    // One sync to check, one to write: a plan of a few cells is one batch.
    expect(out.syncs).toBe(2);

    // The written cells now hold formulas, which the inverse expects as its "before" state.
    await applyPlan(excel.context, invertPlan(plan), ALL);
    expect(s.cell(3, 2)).toMatchObject({ value: 280, formula: null });
    expect(s.cell(2, 6)).toMatchObject({ value: null, formula: null });
  });

  test("a merge the plan adds is created, and removed by its inverse", async () => {
    const excel = new MockExcel([sheet()]);
    const withHeader: EditPlan = {
      sheet: "KQ 9 tháng",
      edits: [edit(0, 7, state(null), state("Còn thiếu"), "header")],
      addMerges: [{ top: 0, left: 7, bottom: 1, right: 7 }],
      removeMerges: [],
    };
    await applyPlan(excel.context, withHeader, ALL);
    expect(excel.sheet().merges).toEqual([{ top: 0, left: 7, bottom: 1, right: 7 }]);
    expect(excel.sheet().cell(0, 7).value).toBe("Còn thiếu");
    await applyPlan(excel.context, invertPlan(withHeader), ALL);
    expect(excel.sheet().merges).toEqual([]);
    expect(excel.sheet().cell(0, 7).value).toBeNull();
  });

  test("a protected sheet is refused before anything is written", async () => {
    const s = sheet();
    s.protected = true;
    const excel = new MockExcel([s]);
    await expect(applyPlan(excel.context, plan, ALL)).rejects.toMatchObject({ code: "protected", messageKey: "pane.error.protected" });
    expect(excel.writeCount).toBe(0);
    expect(s.cell(3, 2).value).toBe(280);
  });

  test("a read-only workbook is refused before anything is written", async () => {
    const excel = new MockExcel([sheet()], { readOnly: true });
    await expect(applyPlan(excel.context, plan, ALL)).rejects.toMatchObject({ code: "read-only" });
    expect(excel.writeCount).toBe(0);
  });

  test("cells changed since the preview: nothing is written", async () => {
    const s = sheet();
    s.edit(3, 2).value = 279;
    const excel = new MockExcel([s]);
    await expect(applyPlan(excel.context, plan, ALL)).rejects.toMatchObject({ code: "stale" });
    expect(excel.writeCount).toBe(0);
    expect(s.cell(2, 6).formula).toBeNull();
  });

  test("cell-edit mode is reported in the user's words", async () => {
    const excel = new MockExcel([sheet()], {
      failOnSync: () => Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }),
    });
    await expect(applyPlan(excel.context, plan, ALL)).rejects.toMatchObject({ code: "cell-edit", messageKey: "pane.error.cell-edit" });
  });

  test("a write batch that fails is rolled back: the sheet is as it was", async () => {
    // Sync 1 checks, sync 2 writes (and its writes land, then it fails, as Excel keeps earlier commands).
    const excel = new MockExcel([sheet()], { failOnSync: (n) => (n === 2 ? Object.assign(new Error("lock"), { code: "GeneralException" }) : undefined) });
    await expect(applyPlan(excel.context, plan, ALL)).rejects.toMatchObject({ code: "unknown" });
    const s = excel.sheet();
    expect(s.cell(3, 2)).toMatchObject({ value: 280, formula: null });
    expect(s.cell(2, 6)).toMatchObject({ value: null, formula: null });
  });
});

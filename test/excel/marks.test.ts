import { clearMarks, markCells, MARK_COLORS } from "../../src/excel/marks";
import type { ExcelFeatures } from "../../src/excel/features";
import { gridFromRows } from "../../src/engine/grid";
import { MockExcel, sheetFromGrid } from "./mock-excel";

const ALL: ExcelFeatures = { resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: true };
const OLD: ExcelFeatures = { ...ALL, specialCells: false };

function excel() {
  const s = sheetFromGrid(gridFromRows("Phụ lục", [["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã A", 5], ["Tổng cộng", null, 4]]));
  // C2 already has the user's own yellow fill; C3 has none.
  s.edit(1, 2).fill = { color: "#FFFF00", pattern: "Solid" };
  return new MockExcel([s]);
}

describe("marks", () => {
  test.each([
    ["ExcelApi 1.9+", ALL],
    ["before 1.9", OLD],
  ])("marking and clearing restores each cell's previous fill exactly (%s)", async (_name, features) => {
    const x = excel();
    const records = await markCells(x.context, "Phụ lục", [
      { row: 2, col: 2, severity: "error" },
      { row: 1, col: 2, severity: "warning" },
      { row: 2, col: 2, severity: "info" },
    ], features);
    const s = x.sheet();
    expect(s.cell(2, 2).fill.color).toBe(MARK_COLORS.error);
    expect(s.cell(1, 2).fill.color).toBe(MARK_COLORS.warning);
    expect(records).toHaveLength(2);

    // Marking again keeps the first remembered fill, not our own colour.
    const again = await markCells(x.context, "Phụ lục", [{ row: 1, col: 2, severity: "error" }], features, records);
    expect(again.find((r) => r.address === "C2")?.color).toBe("#FFFF00");

    await clearMarks(x.context, again);
    expect(s.cell(1, 2).fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(s.cell(2, 2).fill).toEqual({ color: "#FFFFFF", pattern: "None" });
  });

  test("a cell the user re-coloured after marking keeps the user's colour", async () => {
    const x = excel();
    const records = await markCells(x.context, "Phụ lục", [{ row: 2, col: 2, severity: "error" }], ALL);
    x.sheet().edit(2, 2).fill = { color: "#00B050", pattern: "Solid" };
    const restored = await clearMarks(x.context, records);
    expect(restored).toBe(0);
    expect(x.sheet().cell(2, 2).fill.color).toBe("#00B050");
  });
});

/** The reference sheet gateway through office-addin-mock: sheet names, and a sheet read by name, not the active one. */
import { OfficeReferenceGateway } from "../../src/excel/reference-sheets";
import type { ExcelRunner } from "../../src/excel/workbook";
import { BASELINE_FEATURES } from "../../src/excel/features";
import { gridFromRows, valueAt } from "../../src/engine/grid";
import { MockExcel, sheetFromGrid } from "./mock-excel";

const report = gridFromRows("Báo cáo", [["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã Cộng Hòa", 3], ["Tổng cộng", null, 3]]);
const quotas = gridFromRows("Giao chỉ tiêu", [["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã Cộng Hòa", 4], ["Tổng cộng", null, 4]]);

describe("OfficeReferenceGateway", () => {
  test("reads the named sheet, whichever sheet is active", async () => {
    const excel = new MockExcel([sheetFromGrid(report), sheetFromGrid(quotas)]);
    const run: ExcelRunner = (batch) => batch(excel.context);
    const grid = await new OfficeReferenceGateway(run, BASELINE_FEATURES).readSheet("Giao chỉ tiêu");
    expect(grid.sheet).toBe("Giao chỉ tiêu");
    expect(valueAt(grid, 1, 2)).toBe(4);
  });

  test("a sheet that is gone is an adapter error, not a crash", async () => {
    const excel = new MockExcel([sheetFromGrid(report)]);
    const run: ExcelRunner = (batch) => batch(excel.context);
    await expect(new OfficeReferenceGateway(run, BASELINE_FEATURES).readSheet("Không có")).rejects.toMatchObject({ name: expect.any(String) });
  });

  test("lists the sheet names in tab order and the active one, loaded before one sync", async () => {
    // office-addin-mock cannot load a collection's "items/name"; this fake checks the same discipline:
    // names are readable only after load + sync, and one sync suffices.
    const loads: string[] = [];
    let synced = 0;
    const guard = <T>(v: T) => {
      if (synced === 0) throw new Error("property read before sync");
      return v;
    };
    const sheets = {
      load: (p: string) => void loads.push(`sheets:${p}`),
      get items() {
        return guard(["Báo cáo", "Giao chỉ tiêu"].map((name) => ({ name })));
      },
      getActiveWorksheet: () => ({
        load: (p: string) => void loads.push(`active:${p}`),
        get name() {
          return guard("Báo cáo");
        },
      }),
    };
    const context = { workbook: { worksheets: sheets }, sync: () => Promise.resolve(void synced++) } as unknown as Excel.RequestContext;
    const run: ExcelRunner = (batch) => batch(context);
    await expect(new OfficeReferenceGateway(run, BASELINE_FEATURES).sheetNames()).resolves.toEqual({ names: ["Báo cáo", "Giao chỉ tiêu"], active: "Báo cáo" });
    expect(loads).toEqual(["sheets:items/name", "active:name"]);
    expect(synced).toBe(1);
  });
});

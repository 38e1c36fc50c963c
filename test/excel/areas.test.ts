import { hiddenFromVisibleAddress, mergesFromAddress, parseAreasAddress } from "../../src/excel/areas";
import { batches, planRowBlocks, rowsPerBlock } from "../../src/excel/limits";
import { detectFeatures } from "../../src/excel/features";
import { toAdapterError } from "../../src/excel/errors";

describe("RangeAreas addresses", () => {
  test("areas on a sheet whose quoted name holds a comma and an apostrophe-free space", () => {
    expect(parseAreasAddress("'Phụ lục 1, 2'!A9:A12, 'Phụ lục 1, 2'!$C$9:$D$9,'Phụ lục 1, 2'!F3")).toEqual([
      { top: 8, left: 0, bottom: 11, right: 0 },
      { top: 8, left: 2, bottom: 8, right: 3 },
      { top: 2, left: 5, bottom: 2, right: 5 },
    ]);
  });

  test("whole rows and whole columns", () => {
    expect(parseAreasAddress("Sheet1!3:5")[0]).toMatchObject({ top: 2, bottom: 4, left: 0 });
    expect(parseAreasAddress("Sheet1!B:C")[0]).toMatchObject({ left: 1, right: 2, top: 0 });
  });

  test("merges: single cells are not merges, areas outside the block are dropped", () => {
    const within = { top: 5, left: 0, bottom: 20, right: 8 };
    expect(mergesFromAddress("S!A6:B6,S!C7,S!A30:B31", within)).toEqual([{ top: 5, left: 0, bottom: 5, right: 1 }]);
    expect(mergesFromAddress(null, within)).toEqual([]);
  });

  test("hidden rows and columns are those no visible area crosses", () => {
    // Rows 1–3 and 6–10 visible over A:B and D:E, in a block A1:E10: rows 4–5 and column C hidden.
    const within = { top: 0, left: 0, bottom: 9, right: 4 };
    const hidden = hiddenFromVisibleAddress("S!A1:B3,S!D1:E3,S!A6:B10,S!D6:E10", within);
    expect(hidden.rows).toEqual([3, 4]);
    expect(hidden.cols).toEqual([2]);
    expect(hiddenFromVisibleAddress("", { top: 0, left: 0, bottom: 1, right: 0 }).rows).toEqual([0, 1]);
  });
});

describe("limits", () => {
  test("row blocks cover every row once, each within the cell budget", () => {
    const blocks = planRowBlocks(100, 10_000, 30, 3_000);
    expect(rowsPerBlock(30, 3_000)).toBe(100);
    expect(blocks[0]).toEqual({ firstRow: 100, rowCount: 100 });
    expect(blocks.reduce((n, b) => n + b.rowCount, 0)).toBe(9_900);
    expect(blocks[blocks.length - 1]).toEqual({ firstRow: 9_900, rowCount: 100 });
    // A range wider than the budget still advances one row at a time.
    expect(rowsPerBlock(5_000, 3_000)).toBe(1);
  });

  test("batches", () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});

describe("features and errors", () => {
  test("LTSC 2021 (ExcelApi 1.14) has merges but no undo groups", () => {
    const f = detectFeatures((set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= 14);
    expect(f).toEqual({ resizedRange: true, changeEvents: true, readOnlyFlag: true, specialCells: true, mergedAreas: true, mergeUndoGroup: false });
  });

  test("a host whose requirement check throws counts as baseline", () => {
    const f = detectFeatures(() => {
      throw new Error("no requirements");
    });
    expect(Object.values(f).every((x) => x === false)).toBe(true);
  });

  test("Office error codes map to the user's reasons", () => {
    expect(toAdapterError({ code: "InvalidOperationInCellEditMode", message: "x" }).code).toBe("cell-edit");
    expect(toAdapterError({ code: "RequestPayloadSizeLimitExceeded" }).code).toBe("too-large");
    expect(toAdapterError(new Error("boom"))).toMatchObject({ code: "unknown", messageKey: "pane.error.unknown" });
  });
});

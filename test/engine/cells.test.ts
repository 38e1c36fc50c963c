import { formatDecimals, isPercentFormat, numericValue, readCell } from "../../src/engine/cells";
import { gridFromRows } from "../../src/engine/grid";

// Seed 000's first unit row, as users have it from C13 on (absolute coordinates: top 12, left 2).
const grid = gridFromRows(
  "Phụ lục",
  [
    [7715, "7,715", "  TP Hưng Yên\u00a0", null, "   ", { error: "#REF!" }, true, 80, 0.5857, "58,57%", "#DIV/0!"],
  ],
  {
    top: 12,
    left: 2,
    numberFormats: [["#,##0", null, null, null, null, null, null, "0.00", "0.00%", null, null]],
  },
);

describe("readCell", () => {
  it("reads a real number with the decimals its format shows", () => {
    expect(readCell(grid, 12, 2)).toEqual({ kind: "number", value: 7715, decimals: 0 });
    expect(readCell(grid, 12, 9)).toEqual({ kind: "number", value: 80, decimals: 2 });
  });

  it("marks a %-formatted fraction", () => {
    expect(readCell(grid, 12, 10)).toEqual({ kind: "number", value: 0.5857, decimals: 2, percentFormat: true });
  });

  it("reads '7,715' as a number stored as text, keeping the text", () => {
    const r = readCell(grid, 12, 3);
    expect(r.kind).toBe("text-number");
    expect(numericValue(r)).toBe(7715);
    if (r.kind === "text-number") expect(r.text).toBe("7,715");
  });

  it("reads '58,57%' as 58.57 percent points written as text", () => {
    const r = readCell(grid, 12, 11);
    expect(r.kind).toBe("text-number");
    if (r.kind === "text-number") {
      expect(r.value).toBeCloseTo(58.57, 10);
      expect(r.percent).toBe(true);
    }
  });

  it("normalises text", () => {
    expect(readCell(grid, 12, 4)).toEqual({ kind: "text", text: "TP Hưng Yên" });
  });

  it("treats null, whitespace-only and outside-the-grid cells as blank", () => {
    expect(readCell(grid, 12, 5)).toEqual({ kind: "blank" });
    expect(readCell(grid, 12, 6)).toEqual({ kind: "blank" });
    expect(readCell(grid, 0, 0)).toEqual({ kind: "blank" });
    expect(readCell(grid, 13, 2)).toEqual({ kind: "blank" });
  });

  it("reads errors (real and pasted as text) and booleans", () => {
    expect(readCell(grid, 12, 7)).toEqual({ kind: "error", error: "#REF!" });
    expect(readCell(grid, 12, 12)).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(readCell(grid, 12, 8)).toEqual({ kind: "boolean", value: true });
  });
});

describe("number formats", () => {
  it.each([
    ["General", undefined],
    ["0", 0],
    ["#,##0", 0],
    ["0.00", 2],
    ["#,##0.0", 1],
    ["0.00%", 2],
    ['#,##0.00" đ";[Red]-#,##0.00', 2],
    ["@", undefined],
    [null, undefined],
  ])("%s shows %s decimals", (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });

  it("tells percent formats apart from a quoted %", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });
});

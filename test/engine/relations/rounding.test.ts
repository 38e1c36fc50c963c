import { consistentShown, decimalsOfValue, intervalsOverlap, judgeShown, roundShown, shownInterval, addIntervals, truncateShown } from "../../../src/engine/rounding";

describe("rounding as Excel shows numbers", () => {
  it("rounds half away from zero like Excel's ROUND", () => {
    expect(roundShown(2.5, 0)).toBe(3);
    expect(roundShown(-2.5, 0)).toBe(-3);
    expect(roundShown(1.005, 2)).toBe(1.01); // binary 1.00499999… still rounds up in Excel
    expect(roundShown(42.857142857, 2)).toBe(42.86);
  });

  it("truncates towards zero", () => {
    expect(truncateShown(300 / 7, 2)).toBe(42.85);
    expect(truncateShown((6 / 44) * 100, 2)).toBe(13.63);
    expect(truncateShown(-1.239, 2)).toBe(-1.23);
  });

  it("judges a shown value within half a unit of its last decimal as consistent", () => {
    expect(consistentShown(58.57, (164 / 280) * 100, 2)).toBe(true); // 58.5714…
    expect(consistentShown(58.58, (164 / 280) * 100, 2)).toBe(false);
    expect(consistentShown(59, (164 / 280) * 100, 0)).toBe(true);
  });

  it("tells truncation (3/7 → 42.85, 26/30 → 86.66) from a real mismatch", () => {
    expect(judgeShown(42.85, 300 / 7, 2)).toBe("truncated");
    expect(judgeShown(86.66, (26 / 30) * 100, 2)).toBe("truncated");
    expect(judgeShown(42.86, 300 / 7, 2)).toBe("consistent");
    expect(judgeShown(42.8, 300 / 7, 2)).toBe("mismatch");
  });

  it("finds the decimals a General-format number shows", () => {
    expect(decimalsOfValue(80)).toBe(0);
    expect(decimalsOfValue(71.43)).toBe(2);
    expect(decimalsOfValue(0.1 + 0.2)).toBe(1);
  });

  it("adds rounded values as intervals (XBRL Calculations 1.1)", () => {
    const items = addIntervals([shownInterval(1.3, 1), shownInterval(2.4, 1), shownInterval(3.3, 1)]);
    expect(items.low).toBeCloseTo(6.85, 10);
    expect(items.high).toBeCloseTo(7.15, 10);
    expect(intervalsOverlap(items, shownInterval(7.1, 1))).toBe(true);
    expect(intervalsOverlap(items, shownInterval(7.3, 1))).toBe(false);
    expect(shownInterval(5, 0, true)).toEqual({ low: 5, high: 5 });
  });
});

import fc from "fast-check";
import {
  decimalsOf,
  inferNumberStyle,
  parseNumberText,
  roundAwayFromZero,
  roundHalfAwayFromZero,
  snap,
  truncate,
} from "../../src/engine/numbers";

const value = (text: string, hint?: { decimalSeparator: "," | "." | null }) => parseNumberText(text, hint)?.value;

describe("parseNumberText: seed texts", () => {
  test("seed 000 member counts with comma thousands", () => {
    expect(parseNumberText("7,715")).toEqual({ value: 7715, decimals: 0, percent: false, ambiguous: true });
    expect(value("71,175")).toBe(71175);
    expect(value("2,655")).toBe(2655);
    expect(value("12,000")).toBe(12000);
  });

  test("seed 002 dot thousands (Vietnamese)", () => {
    expect(value("11.328")).toBe(11328);
    expect(value("1.905")).toBe(1905);
    expect(value("3.776")).toBe(3776);
    expect(parseNumberText("1.847")?.ambiguous).toBe(true);
  });

  test("decimal comma and decimal point", () => {
    expect(parseNumberText("58,57")).toEqual({ value: 58.57, decimals: 2, percent: false, ambiguous: false });
    expect(parseNumberText("80.00")).toEqual({ value: 80, decimals: 2, percent: false, ambiguous: false });
    expect(value("1,5")).toBe(1.5);
    expect(value("1.5")).toBe(1.5);
    expect(value("77,51")).toBe(77.51);
    expect(value("58.57")).toBe(58.57);
  });

  test("percent sign", () => {
    expect(parseNumberText("58,57%")).toEqual({ value: 58.57, decimals: 2, percent: true, ambiguous: false });
    expect(parseNumberText("94,11 %")?.value).toBe(94.11);
    expect(parseNumberText("3%")).toEqual({ value: 3, decimals: 0, percent: true, ambiguous: false });
  });

  test("grouped and mixed separators", () => {
    expect(value("1.234.567")).toBe(1234567);
    expect(value("1,234,567")).toBe(1234567);
    expect(parseNumberText("1.234,5")).toEqual({ value: 1234.5, decimals: 1, percent: false, ambiguous: false });
    expect(value("1,234.5")).toBe(1234.5);
    expect(value("7.715.000,25")).toBe(7715000.25);
  });

  test("not ambiguous when the integer part cannot be a thousands group", () => {
    expect(parseNumberText("0,500")).toEqual({ value: 0.5, decimals: 3, percent: false, ambiguous: false });
    expect(value("1234,567")).toBe(1234.567);
    expect(value("1,2345")).toBe(1.2345);
    expect(value(".5")).toBe(0.5);
  });

  test("whitespace, NBSP and signs", () => {
    expect(value("  7,715 ")).toBe(7715);
    expect(value("\u00a07.715\u00a0")).toBe(7715);
    expect(value("7 715")).toBe(7715);
    expect(value("7\u00a0715")).toBe(7715);
    expect(value("12 345,5")).toBe(12345.5);
    expect(value("-5")).toBe(-5);
    expect(value("\u22125,5")).toBe(-5.5);
    expect(value("+12")).toBe(12);
    expect(Object.is(value("-0"), 0)).toBe(true);
  });

  test("not numbers", () => {
    for (const text of ["", "   ", "abc", "3-5", "5.", "1.2.3", "1,23,4", "(5)", "12a", "1e5", "1.234.5,6.7", "7 71", "%", "-", "1,,2", "1.234,567,8"]) {
      expect(parseNumberText(text)).toBeNull();
    }
  });

  test("hint resolves ambiguous texts only", () => {
    expect(value("1.905", { decimalSeparator: "." })).toBe(1.905);
    expect(value("1,905", { decimalSeparator: "." })).toBe(1905);
    expect(value("1,905", { decimalSeparator: "," })).toBe(1.905);
    expect(value("1.905", { decimalSeparator: "," })).toBe(1905);
    expect(parseNumberText("1,905", { decimalSeparator: "," })?.decimals).toBe(3);
    // "58,57" is a decimal comma whatever the hint says.
    expect(value("58,57", { decimalSeparator: "." })).toBe(58.57);
  });

  test("huge numbers", () => {
    expect(value("123.456.789.012")).toBe(123456789012);
    expect(value("99999999999999999999")).toBe(1e20);
  });
});

describe("inferNumberStyle", () => {
  test("a decimal comma in the column proves comma", () => {
    expect(inferNumberStyle(["58,57", "1,905", "100"])).toEqual({ decimalSeparator: "," });
  });
  test("comma grouping proves dot decimal", () => {
    expect(inferNumberStyle(["7,715,000", "1.905"])).toEqual({ decimalSeparator: "." });
    expect(inferNumberStyle(["80.00", "x"])).toEqual({ decimalSeparator: "." });
  });
  test("dot grouping proves comma decimal", () => {
    expect(inferNumberStyle(["1.234.567"])).toEqual({ decimalSeparator: "," });
  });
  test("no evidence or a tie gives the default", () => {
    expect(inferNumberStyle(["7,715", "71,175", "463"])).toEqual({ decimalSeparator: null });
    expect(inferNumberStyle(["58,57", "80.00"])).toEqual({ decimalSeparator: null });
    expect(inferNumberStyle([])).toEqual({ decimalSeparator: null });
  });
});

describe("rounding like Excel", () => {
  test("ROUND half away from zero", () => {
    expect(roundHalfAwayFromZero((164 / 280) * 100, 2)).toBe(58.57);
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(5958 * 0.035, 0)).toBe(209);
    expect(roundHalfAwayFromZero(1234, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
    expect(roundHalfAwayFromZero(1e20, 2)).toBe(1e20);
    expect(roundHalfAwayFromZero(0, 2)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0) || roundHalfAwayFromZero(-0.001, 2) === 0).toBe(true);
  });
  test("truncate like published tables (3/7 → 42,85; 26/30 → 86,66; 6/44 → 13,63)", () => {
    expect(truncate((3 / 7) * 100, 2)).toBe(42.85);
    expect(truncate((26 / 30) * 100, 2)).toBe(86.66);
    expect(truncate((6 / 44) * 100, 2)).toBe(13.63);
    expect(truncate(-1.99, 0)).toBe(-1);
  });
  test("round up without binary noise", () => {
    expect(200 * 0.035).not.toBe(7); // the noise this guards against
    expect(roundAwayFromZero(200 * 0.035, 0)).toBe(7);
    expect(roundAwayFromZero(300 * 0.07, 0)).toBe(21);
    expect(roundAwayFromZero(5958 * 0.035, 0)).toBe(209);
    expect(roundAwayFromZero(-1.1, 0)).toBe(-2);
  });
  test("decimalsOf and snap", () => {
    expect(decimalsOf(58.57)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(7715)).toBe(0);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(0.035)).toBe(3);
    expect(snap(200 * 0.035)).toBe(7);
  });
  test("ROUND agrees with exact decimal rounding of 2-decimal ties (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        // n/1000 written with 3 decimals; the exact result rounds the third digit half away from zero.
        const x = n / 1000;
        const sign = n < 0 ? -1 : 1;
        const abs = Math.abs(n);
        const expected = (sign * (Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0))) / 100;
        return roundHalfAwayFromZero(x, 2) === expected || (expected === 0 && roundHalfAwayFromZero(x, 2) === 0);
      }),
      { numRuns: 500 },
    );
  });
  test("parse round-trips English and Vietnamese formatting (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        // The decimal the text denotes (int + cents / 100 is off by one ulp for some, e.g. 4.94).
        const x = Number(`${int}.${String(cents).padStart(2, "0")}`);
        const vi = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2 }).format(x);
        const en = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 }).format(x);
        return parseNumberText(vi)?.value === x && parseNumberText(en)?.value === x;
      }),
      { numRuns: 300 },
    );
  });
});

import { ErrorCode, FakeCustomFunctionError, setDisplayLanguage } from "./fake-custom-functions";
import {
  quotaAllocate,
  quotaFromTotal,
  quotaPace,
  quotaRate,
  quotaShare,
  quotaShortfall,
  quotaStatus,
  quotaSurplus,
} from "../../src/functions/functions";

const SEED_000_MEMBERS = [7715, 5958, 6446, 7933, 9417, 5054, 5084, 6725, 5418, 5697, 4293, 972, 463];
const column = (xs: readonly unknown[]) => xs.map((x) => [x]);

function expectError(v: unknown, code: string, messagePart?: string | RegExp) {
  expect(v).toBeInstanceOf(FakeCustomFunctionError);
  const e = v as FakeCustomFunctionError;
  expect(e.code).toBe(code);
  expect(e.message).toBeTruthy();
  if (messagePart) expect(e.message).toMatch(messagePart);
}

afterEach(() => setDisplayLanguage(null));

describe("QUOTA.RATE", () => {
  test("seed 001: 164 of 280 → 58.57, as numbers or text", () => {
    expect(quotaRate(164, 280)).toBe(58.57);
    expect(quotaRate("164", "280")).toBe(58.57);
    expect(quotaRate(164, 280, 1)).toBe(58.6);
    expect(quotaRate(164, 280, "0")).toBe(59);
  });
  test("blanks: achieved blank is 0, decimals blank is 2, target blank is #DIV/0!", () => {
    expect(quotaRate("", 280)).toBe(0);
    expect(quotaRate(null, 280)).toBe(0);
    expect(quotaRate(1, 3, null)).toBe(33.33);
    expect(quotaRate(1, 3, undefined)).toBe(33.33);
    expectError(quotaRate(164, null), ErrorCode.divisionByZero);
    expectError(quotaRate(164, 0), ErrorCode.divisionByZero);
  });
  test("wrong types are #VALUE! with a message, never NaN", () => {
    expectError(quotaRate("abc", 280), ErrorCode.invalidValue, /abc/);
    expectError(quotaRate(true, 280), ErrorCode.invalidValue, /TRUE\/FALSE/);
    expectError(quotaRate(-5, 280), ErrorCode.invalidValue);
    expectError(quotaRate(NaN, 280), ErrorCode.invalidValue);
    expectError(quotaRate({ code: "#REF!" }, 280), ErrorCode.invalidValue);
    expectError(quotaRate("3-5", 280), ErrorCode.invalidValue);
  });
  test("messages follow Excel's display language", () => {
    expectError(quotaRate(-1, 280), ErrorCode.invalidValue, "không được là số âm");
    setDisplayLanguage("en-US");
    expectError(quotaRate(-1, 280), ErrorCode.invalidValue, "must not be negative");
  });
});

describe("QUOTA.FROMTOTAL", () => {
  test("seed 000: 5,958 and 9,417 at 3.5% nearest → 209 and 330", () => {
    expect(quotaFromTotal(5958, 0.035, "nearest")).toBe(209);
    expect(quotaFromTotal(9417, 0.035, "nearest")).toBe(330);
    // Typed as text the way users do, and the rate as text "3,5%" or as points 3.5.
    expect(quotaFromTotal("5,958", "3,5%", "nearest")).toBe(209);
    expect(quotaFromTotal("9.417", 3.5, "nearest")).toBe(330);
  });
  test("up is the default (tối thiểu), down truncates", () => {
    // 5,958 × 0.035 = 208.53; 9,417 × 0.035 = 329.595.
    expect(quotaFromTotal(5958, 0.035)).toBe(209);
    expect(quotaFromTotal(5958, 0.035, "down")).toBe(208);
    expect(quotaFromTotal(9417, 0.035, "xuống")).toBe(329);
    expect(quotaFromTotal(9417, 0.035, "UP")).toBe(330);
  });
  test("seed 002: 3% of last year's members, rounded up", () => {
    // 3% of 7,715 = 231.45 → at least 232.
    expect(quotaFromTotal(7715, "3%")).toBe(232);
    expect(quotaFromTotal(7715, 3)).toBe(232);
  });
  test("edge cases", () => {
    expect(quotaFromTotal("", 0.035)).toBe(0);
    expect(quotaFromTotal(5958, "")).toBe(0);
    expectError(quotaFromTotal(5958.5, 0.035), ErrorCode.invalidValue, "số nguyên");
    expectError(quotaFromTotal(5958, 0.035, "sideways"), ErrorCode.invalidValue, "sideways");
    expectError(quotaFromTotal(5958, 150), ErrorCode.invalidValue);
    expectError(quotaFromTotal(-5958, 0.035), ErrorCode.invalidValue);
    expect(quotaFromTotal(1e12, 0.035)).toBe(35e9);
  });
});

describe("QUOTA.SHORTFALL, SURPLUS, STATUS, SHARE", () => {
  test("seed 001: 164 of 280", () => {
    expect(quotaShortfall(280, 164)).toBe(116);
    expect(quotaSurplus(280, 164)).toBe(-116);
    expect(quotaStatus(164, 280)).toBe("Chưa đạt");
  });
  test("status words in Vietnamese and English", () => {
    expect(quotaStatus(280, 280)).toBe("Đạt");
    expect(quotaStatus("281", 280)).toBe("Vượt");
    setDisplayLanguage("en-GB");
    expect(quotaStatus(280, 280)).toBe("Met");
    expect(quotaStatus(281, 280)).toBe("Exceeded");
    expect(quotaStatus(164, 280)).toBe("Not met");
  });
  test("blanks and text", () => {
    expect(quotaShortfall(280, "")).toBe(280);
    expect(quotaShortfall("1.905", "1,900")).toBe(5);
    expect(quotaSurplus(null, 3)).toBe(3);
    expectError(quotaStatus("x", 1), ErrorCode.invalidValue);
  });
  test("SHARE: seed 004 2024 youth-union 176 of 260 → 67.69", () => {
    expect(quotaShare(176, 260)).toBe(67.69);
    expect(quotaShare(176, 260, 1)).toBe(67.7);
    expectError(quotaShare(1, 0), ErrorCode.divisionByZero);
    expectError(quotaShare(300, 260), ErrorCode.invalidValue);
  });
});

describe("QUOTA.ALLOCATE", () => {
  test("seed 000: 2,655 over the 13 member counts spills a column that sums to 2,655", () => {
    const out = quotaAllocate(2655, column(SEED_000_MEMBERS));
    expect(out).toHaveLength(13);
    const flat = out.map((row) => {
      expect(row).toHaveLength(1);
      return row[0] as number;
    });
    expect(flat.reduce((s, x) => s + x, 0)).toBe(2655);
    flat.forEach((x, i) => expect(Math.abs(x - (2655 * SEED_000_MEMBERS[i]) / 71175)).toBeLessThan(1));
  });
  test("weights as a row, as text, with blanks; a single cell", () => {
    const asRow = quotaAllocate("2,655", [SEED_000_MEMBERS.map((m) => m.toLocaleString("en-US"))]);
    expect(asRow).toEqual(quotaAllocate(2655, column(SEED_000_MEMBERS)));
    expect(quotaAllocate(10, column([1, "", 1]))).toEqual([[5], [0], [5]]);
    expect(quotaAllocate(7, 3 as unknown as unknown[][])).toEqual([[7]]);
  });
  test("minimums: blank range means none; honoured when given", () => {
    expect(quotaAllocate(10, column([1, 1]), column(["", ""]))).toEqual([[5], [5]]);
    expect(quotaAllocate(10, column([1, 9]), column([3, ""]))).toEqual([[3], [7]]);
    expect(quotaAllocate(10, column([1, 1, 1]), undefined, "up")).toEqual([[4], [3], [3]]);
  });
  test("shape mismatches and bad values are a #VALUE! cell with a message", () => {
    const block = [
      [1, 2],
      [3, 4],
    ];
    const e1 = quotaAllocate(10, block);
    expect(e1).toHaveLength(1);
    expectError(e1[0][0], ErrorCode.invalidValue, "weights");
    expectError(quotaAllocate(10, column([1, 2]), column([1]))[0][0], ErrorCode.invalidValue, /\(1\).*\(2\)/);
    expectError(quotaAllocate(10, column([1, "x"]))[0][0], ErrorCode.invalidValue, "x");
    expectError(quotaAllocate(10, column([1, 2]), column([6, 6]))[0][0], ErrorCode.invalidValue);
    expectError(quotaAllocate(10, column([0, 0]))[0][0], ErrorCode.notAvailable);
    expectError(quotaAllocate(10.5, column([1]))[0][0], ErrorCode.invalidValue);
  });
});

describe("QUOTA.PACE", () => {
  // 13/9/2023 is Excel serial 45182 (1900 date system); 1/1/2023 is 44927.
  const SEP_13_2023 = 45182;
  test("seed 001: 164 of 280 by 13/9/2023 → −32.38", () => {
    // 256 days of 365 elapsed: expected 280 × 256 / 365 = 196.3835…
    const expected = Math.round((164 - (280 * 256) / 365) * 100) / 100;
    expect(quotaPace(164, 280, SEP_13_2023)).toBe(expected);
    expect(quotaPace(164, 280, SEP_13_2023)).toBe(-32.38);
    expect(quotaPace(164, 280, "13/9/2023")).toBe(-32.38);
    expect(quotaPace(164, 280, "2023-09-13")).toBe(-32.38);
    expect(quotaPace(164, 280, SEP_13_2023 + 0.5)).toBe(-32.38);
  });
  test("explicit period as serials or text", () => {
    // 1/7/2023–31/12/2023 is 184 days; by 31/7 31 days have passed: expected 31 of 184.
    expect(quotaPace(50, 184, "31/7/2023", "1/7/2023", "31/12/2023")).toBe(19);
  });
  test("bad dates", () => {
    expectError(quotaPace(1, 10, ""), ErrorCode.invalidValue, "asOf");
    expectError(quotaPace(1, 10, "31/2/2023"), ErrorCode.invalidValue, "asOf");
    expectError(quotaPace(1, 10, "hôm nay"), ErrorCode.invalidValue, "asOf");
    expectError(quotaPace(1, 10, 45182, 45200, 45100), ErrorCode.invalidValue);
    expectError(quotaPace(1, 10, true), ErrorCode.invalidValue);
  });
});

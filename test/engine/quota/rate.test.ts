import { fromTotal, rate, ratePoints, share, shortfall, status, surplus } from "../../../src/engine/quota";
import { messages } from "../../../src/i18n";

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

describe("rate (tỷ lệ %)", () => {
  test("seed 001: 164 of 280 → 58.57", () => {
    expect(rate(164, 280)).toEqual({ ok: true, value: 58.57 });
  });
  test("decimals: 164/280 = 58.5714… → 58.6 and 59", () => {
    expect(value(rate(164, 280, 1))).toBe(58.6);
    expect(value(rate(164, 280, 0))).toBe(59);
  });
  test("half away from zero: 1 of 8 = 12.5 → 13 at 0 decimals", () => {
    expect(value(rate(1, 8, 0))).toBe(13);
  });
  test("seed 001 row totals at two decimals", () => {
    // 26 of 30 = 86.666… → 86.67 (published tables sometimes truncate to 86.66).
    expect(value(rate(26, 30))).toBe(86.67);
    expect(value(rate(3, 7))).toBe(42.86);
  });
  test("zero target is #DIV/0!, zero achieved is 0", () => {
    expect(rate(5, 0)).toMatchObject({ ok: false, error: "divisionByZero" });
    expect(value(rate(0, 280))).toBe(0);
  });
  test("negatives and bad decimals are #VALUE!", () => {
    expect(rate(-1, 280)).toMatchObject({ ok: false, error: "invalidValue", messageKey: "functions.error.negative" });
    expect(rate(1, 280, 1.5)).toMatchObject({ ok: false, error: "invalidValue" });
    expect(rate(NaN, 280)).toMatchObject({ ok: false, error: "invalidValue" });
  });
  test("huge numbers", () => {
    expect(value(rate(1e15, 2e15))).toBe(50);
  });
});

describe("share (tỷ trọng)", () => {
  test("seed 004 2024: youth-union 176 of 260 → 67.69 (< 70)", () => {
    // 176/260 = 0.676923… written independently.
    expect(value(share(176, 260))).toBe(67.69);
    expect(value(share(176, 260, 1))).toBe(67.7);
  });
  test("errors", () => {
    expect(share(1, 0)).toMatchObject({ ok: false, error: "divisionByZero" });
    expect(share(5, 4)).toMatchObject({ ok: false, error: "invalidValue", messageKey: "functions.error.partAboveWhole" });
    expect(value(share(0, 0.5))).toBe(0);
  });
});

describe("fromTotal (chỉ tiêu theo tỷ lệ)", () => {
  // 5,958 × 3.5 / 100 = 208.53 and 9,417 × 3.5 / 100 = 329.595 (seed 000's "Chỉ tiêu mới").
  test("seed 000 nearest", () => {
    expect(value(fromTotal(5958, 0.035, "nearest"))).toBe(209);
    expect(value(fromTotal(9417, 0.035, "nearest"))).toBe(330);
  });
  test("up and down", () => {
    expect(value(fromTotal(5958, 0.035))).toBe(209);
    expect(value(fromTotal(5958, 0.035, "down"))).toBe(208);
    expect(value(fromTotal(9417, 3.5, "up"))).toBe(330);
    expect(value(fromTotal(9417, 3.5, "down"))).toBe(329);
  });
  test("fraction and percent points give the same quota", () => {
    expect(value(fromTotal(7715, 0.035))).toBe(value(fromTotal(7715, 3.5)));
    expect(value(fromTotal(7715, 3.5))).toBe(271); // 270.025 rounded up
  });
  test("seed 002: at least 3% of last year's members rounds up", () => {
    // 3% of 4,001 = 120.03 → at least 121; of 4,000 exactly 120.
    expect(value(fromTotal(4001, 3))).toBe(121);
    expect(value(fromTotal(4001, 0.03))).toBe(121);
    expect(value(fromTotal(4000, 0.03))).toBe(120);
    expect(value(fromTotal(4001, 3, "nearest"))).toBe(120);
  });
  test("no binary noise: 200 × 7% is 14, not 15", () => {
    expect(value(fromTotal(200, 0.07))).toBe(14);
    expect(value(fromTotal(300, 0.07))).toBe(21);
  });
  test("rate 1 is 1 percent point; 100 is the whole membership", () => {
    expect(value(ratePoints(1))).toBe(1);
    expect(value(ratePoints(0.99))).toBe(99);
    expect(value(fromTotal(463, 1))).toBe(5); // 4.63 up
    expect(value(fromTotal(463, 100))).toBe(463);
    expect(fromTotal(463, 101)).toMatchObject({ ok: false, messageKey: "functions.error.rateTooHigh" });
  });
  test("edge cases", () => {
    expect(value(fromTotal(0, 0.035))).toBe(0);
    expect(value(fromTotal(5958, 0))).toBe(0);
    expect(fromTotal(5958.5, 0.035)).toMatchObject({ ok: false, messageKey: "functions.error.notWhole" });
    expect(fromTotal(-1, 0.035)).toMatchObject({ ok: false, messageKey: "functions.error.negative" });
    expect(fromTotal(10, -0.035)).toMatchObject({ ok: false, messageKey: "functions.error.negative" });
    expect(value(fromTotal(1e12, 3.5))).toBe(35e9);
  });
});

describe("shortfall, surplus, status", () => {
  test("seed 001: 164 of 280", () => {
    expect(value(shortfall(280, 164))).toBe(116);
    expect(value(surplus(280, 164))).toBe(-116);
    expect(value(status(164, 280))).toBe("notMet");
  });
  test("met and exceeded", () => {
    expect(value(shortfall(30, 30))).toBe(0);
    expect(value(shortfall(30, 31))).toBe(0);
    expect(value(surplus(30, 31))).toBe(1);
    expect(value(status(30, 30))).toBe("met");
    expect(value(status(31, 30))).toBe("exceeded");
    expect(value(status(0, 0))).toBe("met");
    expect(value(status(1, 0))).toBe("exceeded");
  });
  test("fractions without noise", () => {
    expect(value(surplus(0.3, 0.1 + 0.2))).toBe(0);
    expect(value(status(0.1 + 0.2, 0.3))).toBe("met");
  });
  test("negatives are #VALUE!", () => {
    expect(shortfall(-1, 0)).toMatchObject({ ok: false, error: "invalidValue" });
    expect(status(1, -1)).toMatchObject({ ok: false, error: "invalidValue" });
  });
});

test("every message key the arithmetic returns is in the catalogue", () => {
  const failures = [rate(1, 0), rate(-1, 1), rate(1, 1, 99), share(1, 0), share(2, 1), fromTotal(1.5, 1), fromTotal(1, 200), shortfall(NaN, 1)];
  for (const f of failures) {
    expect(f.ok).toBe(false);
    if (!f.ok) expect(messages[f.messageKey]).toBeDefined();
  }
});

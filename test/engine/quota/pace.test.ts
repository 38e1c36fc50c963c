import { addYears, dateFromSerial, pace, serialFromDate } from "../../../src/engine/quota";

const serial = (y: number, m: number, d: number) => serialFromDate({ year: y, month: m, day: d });

describe("Excel date serials (1900 system)", () => {
  test("known serials", () => {
    expect(serial(1900, 1, 1)).toBe(1);
    expect(serial(1900, 2, 28)).toBe(59);
    expect(serial(1900, 3, 1)).toBe(61);
    expect(serial(2023, 9, 13)).toBe(45182);
    expect(serial(2024, 1, 1)).toBe(45292);
    expect(dateFromSerial(45182)).toEqual({ year: 2023, month: 9, day: 13 });
    expect(dateFromSerial(45182.75)).toEqual({ year: 2023, month: 9, day: 13 });
    expect(dateFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(dateFromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });
  test("a year later, leap day folded", () => {
    expect(addYears(serial(2024, 2, 29), 1)).toBe(serial(2025, 2, 28));
    expect(addYears(serial(2023, 7, 1), 1)).toBe(serial(2024, 7, 1));
  });
});

describe("pace (tiến độ)", () => {
  test("seed 001: 164 of 280 by 13/9/2023 against the calendar year", () => {
    // 1 January to 13 September 2023 is 31+28+31+30+31+30+31+31+13 = 256 days of 365.
    const days = 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 13;
    const expected = (280 * days) / 365;
    const r = pace(164, 280, serial(2023, 9, 13));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.elapsed).toBeCloseTo(days / 365, 12);
    expect(r.value.expected).toBeCloseTo(expected, 9);
    expect(r.value.pace).toBe(Math.round((164 - expected) * 100) / 100);
    expect(r.value.pace).toBe(-32.38);
  });
  test("first and last day of the period", () => {
    const jan1 = serial(2023, 1, 1);
    expect(pace(0, 365, jan1)).toMatchObject({ ok: true, value: { pace: -1, elapsed: 1 / 365 } });
    expect(pace(280, 280, serial(2023, 12, 31))).toMatchObject({ ok: true, value: { pace: 0, elapsed: 1 } });
  });
  test("explicit period, before and after it", () => {
    const start = serial(2023, 7, 1);
    const end = serial(2023, 12, 31); // 184 days
    const r = pace(50, 184, serial(2023, 7, 31), start, end); // 31 days → 31 expected
    expect(r).toMatchObject({ ok: true, value: { pace: 19, expected: 31 } });
    expect(pace(5, 184, serial(2023, 6, 1), start, end)).toMatchObject({ ok: true, value: { pace: 5, elapsed: 0 } });
    expect(pace(150, 184, serial(2024, 2, 1), start, end)).toMatchObject({ ok: true, value: { pace: -34, elapsed: 1 } });
  });
  test("only a start: a year from it; only an end: the year up to it", () => {
    const r1 = pace(0, 366, serial(2023, 7, 1), serial(2023, 7, 1));
    expect(r1).toMatchObject({ ok: true, value: { periodEnd: serial(2024, 6, 30) } });
    const r2 = pace(0, 365, serial(2023, 7, 1), null, serial(2023, 12, 31));
    expect(r2).toMatchObject({ ok: true, value: { periodStart: serial(2023, 1, 1) } });
  });
  test("leap year has 366 days", () => {
    const r = pace(0, 366, serial(2024, 12, 31));
    expect(r).toMatchObject({ ok: true, value: { elapsed: 1, pace: -366 } });
  });
  test("errors", () => {
    expect(pace(1, 10, 0)).toMatchObject({ ok: false, messageKey: "functions.error.date" });
    expect(pace(1, 10, serial(2023, 1, 5), serial(2023, 2, 1), serial(2023, 1, 1))).toMatchObject({
      ok: false,
      messageKey: "functions.error.periodOrder",
    });
    expect(pace(-1, 10, serial(2023, 1, 5))).toMatchObject({ ok: false, messageKey: "functions.error.negative" });
  });
});

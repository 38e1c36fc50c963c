import fc from "fast-check";
import { allocate } from "../../../src/engine/quota";
import { arithmeticFor, numberArithmetic } from "../../../src/engine/quota/exact-integers";

// Seed 000: members of the 13 units; the new quotas total 2,655.
const SEED_000_MEMBERS = [7715, 5958, 6446, 7933, 9417, 5054, 5084, 6725, 5418, 5697, 4293, 972, 463];
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const values = (r: ReturnType<typeof allocate>) => {
  if (!r.ok) throw new Error(`allocation failed: ${r.messageKey}`);
  return r.value;
};

describe("allocate: seed 000", () => {
  const exact = SEED_000_MEMBERS.map((m) => (2655 * m) / 71175);

  test("2,655 over the 13 member counts sums to 2,655, each within 1 of its exact share", () => {
    expect(sum(SEED_000_MEMBERS)).toBe(71175);
    const a = values(allocate(2655, SEED_000_MEMBERS));
    expect(a).toHaveLength(13);
    expect(sum(a)).toBe(2655);
    a.forEach((x, i) => {
      expect(Number.isInteger(x)).toBe(true);
      expect(Math.abs(x - exact[i])).toBeLessThan(1);
    });
  });

  test("largest remainder picks who rounds up", () => {
    // Exact shares, independently: floors and remainders; the leftover goes to the largest remainders.
    const floors = exact.map(Math.floor);
    const leftover = 2655 - sum(floors);
    const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((p, q) => q.r - p.r);
    const expected = floors.slice();
    for (const { i } of byRemainder.slice(0, leftover)) expected[i] += 1;
    expect(allocate(2655, SEED_000_MEMBERS)).toEqual({ ok: true, value: expected });
  });

  test("minimums above the exact share are honoured, the rest shared by weight", () => {
    // Công an tỉnh's exact share is 36.26 and Quân sự tỉnh's 17.27: minimums of 40 and 20 bind.
    const mins = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 20];
    const a = values(allocate(2655, SEED_000_MEMBERS, mins));
    expect(sum(a)).toBe(2655);
    expect(a[11]).toBe(40);
    expect(a[12]).toBe(20);
    // The other 11 units share 2,595 over their 69,740 members, each within 1 of that share.
    const rest = SEED_000_MEMBERS.slice(0, 11);
    expect(sum(rest)).toBe(69740);
    rest.forEach((m, i) => expect(Math.abs(a[i] - (2595 * m) / 69740)).toBeLessThan(1));
    // A minimum below the exact share changes nothing.
    expect(allocate(2655, SEED_000_MEMBERS, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 12])).toEqual(allocate(2655, SEED_000_MEMBERS));
  });

  test("up gives the leftover to small units first, down to large units", () => {
    const up = values(allocate(2655, SEED_000_MEMBERS, null, "up"));
    const down = values(allocate(2655, SEED_000_MEMBERS, null, "down"));
    expect(sum(up)).toBe(2655);
    expect(sum(down)).toBe(2655);
    // Quân sự tỉnh (463 members): exact 17.27 → 18 when small units go first, 17 when large units do.
    expect(up[12]).toBe(18);
    expect(down[12]).toBe(17);
    // Khoái Châu (9,417): exact 351.29 → 352 with "down".
    expect(down[4]).toBe(352);
  });
});

describe("allocate: ties and edge cases", () => {
  test("ties: equal remainders go to the larger weight, then the earlier unit", () => {
    // 1 over [1, 1, 1]: all remainders 1/3 → the first unit.
    expect(allocate(1, [1, 1, 1])).toEqual({ ok: true, value: [1, 0, 0] });
    // 2 over [1, 2, 1] of weight 4: shares 0.5, 1, 0.5 → unit 2 gets 1, then the tie of 0.5 goes to the first.
    expect(allocate(2, [1, 2, 1])).toEqual({ ok: true, value: [1, 1, 0] });
    // 3 over [2, 1, 1, 2]: exact 1, 0.5, 0.5, 1 → 1, 1, 0, 1.
    expect(allocate(3, [2, 1, 1, 2])).toEqual({ ok: true, value: [1, 1, 0, 1] });
  });
  test("fractional weights are exact", () => {
    // 10 over [0.1, 0.2, 0.7] is 1, 2, 7 exactly.
    expect(allocate(10, [0.1, 0.2, 0.7])).toEqual({ ok: true, value: [1, 2, 7] });
  });
  test("zero total, zero weights", () => {
    expect(allocate(0, [5, 6])).toEqual({ ok: true, value: [0, 0] });
    expect(allocate(5, [0, 3])).toEqual({ ok: true, value: [0, 5] });
    expect(allocate(5, [0, 0])).toMatchObject({ ok: false, error: "notAvailable" });
    expect(allocate(5, [0, 0], [2, 3])).toEqual({ ok: true, value: [2, 3] });
  });
  test("errors are values", () => {
    expect(allocate(10, [])).toMatchObject({ ok: false, error: "invalidValue" });
    expect(allocate(10.5, [1])).toMatchObject({ ok: false, messageKey: "functions.error.notWhole" });
    expect(allocate(10, [1, -1])).toMatchObject({ ok: false, messageKey: "functions.error.negative" });
    expect(allocate(10, [1, 2], [1])).toMatchObject({ ok: false, messageKey: "functions.error.lengthMismatch" });
    expect(allocate(10, [1, 2], [6, 5])).toMatchObject({ ok: false, messageKey: "functions.error.minimumsExceedTotal" });
    expect(allocate(10, [1, 2], [1.5, 0])).toMatchObject({ ok: false, messageKey: "functions.error.notWhole" });
  });
  test("huge numbers stay exact", () => {
    const a = values(allocate(1e15, [1, 1, 1]));
    expect(sum(a)).toBe(1e15);
    expect(a).toEqual([333333333333334, 333333333333333, 333333333333333]);
    expect(values(allocate(3, [1e300, 1e300, 1e300]))).toEqual([1, 1, 1]);
  });
  test("blank minimums count as 0", () => {
    expect(allocate(4, [1, 1], [null, 3])).toEqual({ ok: true, value: [1, 3] });
  });
});

describe("allocate: properties over random inputs", () => {
  const input = fc
    .array(fc.record({ weight: fc.integer({ min: 0, max: 20000 }), min: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 30 })
    .chain((units) =>
      fc.record({
        units: fc.constant(units),
        extra: fc.integer({ min: 0, max: 5000 }),
        useMins: fc.boolean(),
        rounding: fc.constantFrom("nearest" as const, "up" as const, "down" as const),
      }),
    )
    .filter(({ units }) => units.some((u) => u.weight > 0));

  test("sums to the total, respects minimums, stays within one unit of the exact share", () => {
    fc.assert(
      fc.property(input, ({ units, extra, useMins, rounding }) => {
        const weights = units.map((u) => u.weight);
        const mins = units.map((u) => (useMins ? u.min : 0));
        const total = sum(mins) + extra;
        const r = allocate(total, weights, useMins ? mins : null, rounding);
        if (!r.ok) return false;
        const a = r.value;
        if (sum(a) !== total) return false;
        const W = sum(weights);
        return a.every((x, i) => {
          const exact = (total * weights[i]) / W;
          if (!Number.isInteger(x) || x < mins[i]) return false;
          // Minimums only ever push a unit up to its minimum, and others down: never above their share by a unit.
          if (x > Math.max(mins[i], Math.ceil(exact - 1e-9))) return false;
          // Without minimums nobody is a whole unit below its share either.
          return useMins || x >= Math.floor(exact + 1e-9);
        });
      }),
      { numRuns: 500 },
    );
  });

  test("fractional weights: same result as the weights scaled to integers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 15 }), fc.integer({ min: 0, max: 3000 }), (ints, total) => {
        const a = allocate(total, ints);
        const b = allocate(total, ints.map((n) => n / 100));
        return JSON.stringify(a) === JSON.stringify(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe("exact integer arithmetic", () => {
  test("plain-number divmod is exact just below an integer quotient", () => {
    // (3·W − 3) / W is just under 3.
    const W = 2 ** 51 + 1;
    const [q, r] = numberArithmetic.divmod(3 * W - 1 - 2, W);
    expect(q).toBe(2);
    expect(r).toBe(W - 3);
  });
  test("without BigInt (Internet Explorer 11) the seed allocation is the same", () => {
    const saved = (globalThis as { BigInt?: unknown }).BigInt;
    try {
      delete (globalThis as { BigInt?: unknown }).BigInt;
      expect(arithmeticFor(1e12)).toBe(numberArithmetic);
      const a = allocate(2655, SEED_000_MEMBERS);
      (globalThis as { BigInt?: unknown }).BigInt = saved;
      expect(a).toEqual(allocate(2655, SEED_000_MEMBERS));
    } finally {
      (globalThis as { BigInt?: unknown }).BigInt = saved;
    }
  });
});

/**
 * Exact integer arithmetic for the allocation. Plain numbers are exact while every product stays within
 * 2^53; beyond that BigInt is used where the runtime has it. The add-in is built to ES5 for the Office 2016
 * task pane (Internet Explorer 11, no BigInt), so BigInt is only ever reached through `globalThis` at call
 * time: on such a runtime huge inputs fall back to plain numbers (approximate beyond 2^53, still whole).
 */

export interface IntegerArithmetic<T> {
  from(n: number): T;
  toNumber(x: T): number;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** Floor quotient and remainder of a ≥ 0 by b > 0. */
  divmod(a: T, b: T): [T, T];
  compare(a: T, b: T): number;
}

export const numberArithmetic: IntegerArithmetic<number> = {
  from: (n) => n,
  toNumber: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  divmod: (a, b) => {
    let q = Math.floor(a / b);
    let r = a - q * b;
    // The float quotient can land on the wrong side of an integer; the exact remainder corrects it.
    if (r < 0) {
      q -= 1;
      r += b;
    } else if (r >= b) {
      q += 1;
      r -= b;
    }
    return [q, r];
  },
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

type BigIntConstructor = (n: number) => bigint;

function bigIntConstructor(): BigIntConstructor | null {
  const g = globalThis as { BigInt?: BigIntConstructor };
  return typeof g.BigInt === "function" ? g.BigInt : null;
}

function bigArithmetic(make: BigIntConstructor): IntegerArithmetic<bigint> {
  return {
    from: (n) => make(n),
    toNumber: (x) => Number(x),
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    divmod: (a, b) => [a / b, a % b],
    compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  };
}

/**
 * The arithmetic for integers up to `largest` whose pairwise products must be exact: plain numbers when
 * they fit in 2^53, else BigInt when available.
 */
export function arithmeticFor(largest: number): IntegerArithmetic<number> | IntegerArithmetic<bigint> {
  if (largest * largest <= Number.MAX_SAFE_INTEGER) return numberArithmetic;
  const make = bigIntConstructor();
  return make ? bigArithmetic(make) : numberArithmetic;
}

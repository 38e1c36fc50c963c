/**
 * Confidence: one explanation is "high" only when it is clearly best — the only single-cell repair, or
 * ahead of every other by a wide margin on evidence (a keystroke, several failing relations mended at
 * once, a percent computed the wrong way, a restored rate). Equally good repairs are listed as
 * candidates and none is called certain: a wrong "high" costs more trust than an honest "low".
 */
import type { CauseKind } from "../model";

export interface Scored {
  readonly kind: CauseKind;
  /** Failing equations the repair mends (at least the finding's own). */
  readonly mends: number;
  /** Regularity support, −2 … +2. */
  readonly regularity: number;
}

const KIND_WEIGHT: { readonly [K in CauseKind]: number } = {
  "formula-range": 10,
  transposition: 3,
  operands: 3,
  base: 2,
  copied: 2,
  digit: 2,
  balance: 0,
};

/** Each further failing relation the same one-cell change mends is worth as much as a transposition. */
export function score(c: Scored): number {
  return KIND_WEIGHT[c.kind] + 3 * (c.mends - 1) + c.regularity;
}

/** The most specific kind among the explanations found for one repair. */
export function bestKind(kinds: readonly CauseKind[]): CauseKind {
  const order: CauseKind[] = ["formula-range", "transposition", "operands", "base", "copied", "digit", "balance"];
  return order.find((k) => kinds.includes(k)) ?? "balance";
}

export interface Ranked<T> {
  readonly cause?: T;
  readonly high: boolean;
  readonly candidates: readonly T[];
}

const HIGH_MIN_SCORE = 3;
const HIGH_MIN_MARGIN = 2;
const MAX_CANDIDATES = 8;
/** With no evidence at all, a handful of repairs is still worth listing (8 ≠ 10 + 0: D or E?); dozens are not. */
const MAX_PLAIN = 3;

/**
 * `plain`: further repairs with no evidence at all that were counted but not tried one by one (big tables):
 * they compete with score 0.
 */
export function rank<T extends Scored>(pool: readonly T[], plain = 0): Ranked<T> {
  if (pool.length === 0) return { high: false, candidates: [] };
  if (pool.length === 1 && plain === 0) return { cause: pool[0], high: true, candidates: [] };
  const sorted = [...pool].sort((a, b) => score(b) - score(a));
  const top = score(sorted[0]);
  const second = Math.max(sorted.length > 1 ? score(sorted[1]) : -Infinity, plain > 0 ? 0 : -Infinity);
  const withEvidence = sorted.filter((c) => score(c) > 0).slice(0, MAX_CANDIDATES);
  if (top > second) {
    if (top >= HIGH_MIN_SCORE && top - second >= HIGH_MIN_MARGIN) return { cause: sorted[0], high: true, candidates: [] };
    // The others worth naming are those with some evidence too; evidence-free repairs are not a list to read.
    return { cause: sorted[0], high: false, candidates: withEvidence.length > 1 ? withEvidence : [] };
  }
  if (top <= 0) return { high: false, candidates: pool.length + plain <= MAX_PLAIN ? sorted : [] };
  return { high: false, candidates: withEvidence.filter((c) => score(c) >= top - 1) };
}

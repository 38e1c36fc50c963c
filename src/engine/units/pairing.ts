/**
 * Pairs the units of two lists (a report's rows and its reference's rows, a summary's rows and the units'
 * files). Exact names pair first, in list order (so two "Chi bộ thôn 1" under different groups pair in
 * turn); then near names, only where the candidate is the only near one on both sides; whatever is left
 * gets its closest doubtful candidate, listed for the user and never used.
 */
import { compareNames, nameDistance, parseUnitName, type MatchLevel, type UnitName } from "./names";

export interface NamedItem<T> {
  readonly name: string;
  readonly item: T;
}

export interface Pairing<A, B> {
  readonly left: NamedItem<A>;
  readonly right: NamedItem<B>;
  readonly match: MatchLevel;
}

export interface PairingResult<A, B> {
  /** Every pairing made, in the left list's order: exact and near ones are used, doubtful ones only shown. */
  readonly pairings: Pairing<A, B>[];
  /** Left items with no exact or near partner (a doubtful pairing does not count). */
  readonly leftOnly: NamedItem<A>[];
  /** Right items with no exact or near partner. */
  readonly rightOnly: NamedItem<B>[];
}

/** Past this many remaining comparisons, near and doubtful candidates are not searched (huge lists). */
const MAX_FUZZY_COMPARISONS = 400_000;

export function pairUnits<A, B>(left: readonly NamedItem<A>[], right: readonly NamedItem<B>[]): PairingResult<A, B> {
  const L = left.map((x) => parseUnitName(x.name));
  const R = right.map((x) => parseUnitName(x.name));
  const partnerOfLeft = new Map<number, { j: number; match: MatchLevel }>();
  const rightTaken = new Set<number>();

  // Exact: one key lookup per name, so even long lists cost nothing.
  const byKey = new Map<string, number[]>();
  R.forEach((r, j) => {
    if (r.words.length === 0) return;
    const list = byKey.get(r.exactKey) ?? [];
    list.push(j);
    byKey.set(r.exactKey, list);
  });
  L.forEach((l, i) => {
    const list = byKey.get(l.exactKey);
    const j = list?.find((k) => !rightTaken.has(k));
    if (j === undefined || l.words.length === 0) return;
    partnerOfLeft.set(i, { j, match: "exact" });
    rightTaken.add(j);
  });

  const openLeft = L.map((_, i) => i).filter((i) => !partnerOfLeft.has(i) && L[i].words.length > 0);
  const openRight = R.map((_, j) => j).filter((j) => !rightTaken.has(j) && R[j].words.length > 0);
  const doubtful = new Map<number, number>();
  if (openLeft.length * openRight.length <= MAX_FUZZY_COMPARISONS) {
    const levels = new Map<number, Map<number, MatchLevel>>();
    for (const i of openLeft) {
      const row = new Map<number, MatchLevel>();
      for (const j of openRight) {
        const m = compareNames(L[i], R[j]);
        if (m) row.set(j, m);
      }
      levels.set(i, row);
    }
    const nearOf = (i: number) => openRight.filter((j) => levels.get(i)?.get(j) === "near");
    const nearOfRight = (j: number) => openLeft.filter((i) => levels.get(i)?.get(j) === "near");
    for (const i of openLeft) {
      const cands = nearOf(i);
      if (cands.length === 1 && nearOfRight(cands[0]).length === 1) {
        partnerOfLeft.set(i, { j: cands[0], match: "near" });
        rightTaken.add(cands[0]);
      }
    }
    // Doubtful: the closest remaining candidate (an ambiguous near one included), each right item once.
    const usedForDoubt = new Set<number>();
    for (const i of openLeft) {
      if (partnerOfLeft.has(i)) continue;
      const row = levels.get(i) as Map<number, MatchLevel>;
      const cands = openRight.filter((j) => !rightTaken.has(j) && !usedForDoubt.has(j) && row.has(j));
      if (cands.length === 0) continue;
      const best = cands.reduce((a, b) => (closeness(L[i], R[b], row.get(b)) < closeness(L[i], R[a], row.get(a)) ? b : a));
      doubtful.set(i, best);
      usedForDoubt.add(best);
    }
  }

  const pairings: Pairing<A, B>[] = [];
  L.forEach((_, i) => {
    const p = partnerOfLeft.get(i);
    if (p) pairings.push({ left: left[i], right: right[p.j], match: p.match });
    else if (doubtful.has(i)) pairings.push({ left: left[i], right: right[doubtful.get(i) as number], match: "doubtful" });
  });
  return {
    pairings,
    leftOnly: left.filter((_, i) => !partnerOfLeft.has(i)),
    rightOnly: right.filter((_, j) => !rightTaken.has(j)),
  };
}

function closeness(a: UnitName, b: UnitName, level: MatchLevel | undefined): number {
  return (level === "near" ? 0 : 1000) + nameDistance(a, b);
}

/**
 * The one name among `candidates` that a free text (a caption line, a sheet name, a file name) names:
 * the text's words hold the candidate's words in a row, or the text as a whole matches it exactly or nearly.
 * The longest such candidate wins; a tie is no answer.
 */
export function findNameIn(text: string, candidates: readonly string[]): { index: number; match: MatchLevel } | undefined {
  const t = parseUnitName(text);
  if (t.words.length === 0) return undefined;
  let best: { index: number; match: MatchLevel; length: number } | undefined;
  let tie = false;
  candidates.forEach((c, index) => {
    const u = parseUnitName(c);
    if (u.words.length === 0) return;
    const whole = compareNames(t, u);
    let match: MatchLevel | undefined = whole === "exact" || whole === "near" ? whole : undefined;
    let length = u.loose.length;
    if (!match) {
      // Inside a longer text: the name with its kind of place, or its core when that is distinctive (2+ words).
      if (holdsRun(t.loose, u.loose)) match = "near";
      else if (u.core.length >= 2 && holdsCoreOfKind(t.loose, u)) {
        match = "near";
        length = u.core.length;
      }
    }
    if (!match) return;
    if (!best || length > best.length) {
      best = { index, match, length };
      tie = false;
    } else if (length === best.length) tie = true;
  });
  return best && !tie ? { index: best.index, match: best.match } : undefined;
}

function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** Loose words of each kind of place, as they come in front of a place name in running text. */
const KIND_WORDS: { readonly [key: string]: readonly string[] } = {
  tp: ["thanh", "pho"],
  tx: ["thi", "xa"],
  tt: ["thi", "tran"],
  h: ["huien"],
  q: ["quan"],
  p: ["phuong"],
  x: ["xa"],
  t: ["tinh"],
};

/** The name's core in the text, not preceded by a different kind of place ("tỉnh Hưng Yên" is not "TP Hưng Yên"). */
function holdsCoreOfKind(words: readonly string[], u: { readonly core: readonly string[]; readonly kind: string | null }): boolean {
  const run = u.core;
  for (let i = 0; i + run.length <= words.length; i++) {
    if (!run.every((w, k) => words[i + k] === w)) continue;
    const other = Object.keys(KIND_WORDS).find((k) => {
      const kw = KIND_WORDS[k];
      return i >= kw.length && kw.every((w, n) => words[i - kw.length + n] === w);
    });
    if (other === undefined || u.kind === null || other === u.kind) return true;
  }
  return false;
}

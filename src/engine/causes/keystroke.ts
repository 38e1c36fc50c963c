/**
 * One keystroke between what was typed and what was meant (Scholtus 2009, "Automatic correction of simple
 * typing errors in numerical data with balance edits"; R deductive::correct_typos): two adjacent digits
 * swapped, one digit wrong, one digit missing or doubled — restricted Damerau–Levenshtein distance 1 on
 * the digit strings. Numbers are compared as they are shown: 67,4 and 64,7 at one decimal are "674" and
 * "647", a transposition.
 */

export type Keystroke = "transposition" | "digit";

/** The digits a number shows at `decimals` decimals, without sign or decimal point ("64.70" → "6470"). */
export function digitsOf(x: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  return Math.abs(x).toFixed(d).replace(".", "");
}

/** How `typed` is one keystroke from `truth`, or undefined when it is not (or they are equal). */
export function keystroke(typed: number, truth: number, decimals: number): Keystroke | undefined {
  if (!Number.isFinite(typed) || !Number.isFinite(truth)) return undefined;
  // A slip of the minus key is not a digit slip.
  if (typed < 0 !== truth < 0 && typed !== 0 && truth !== 0) return undefined;
  return keystrokeOfDigits(digitsOf(typed, decimals), digitsOf(truth, decimals));
}

export function keystrokeOfDigits(a: string, b: string): Keystroke | undefined {
  if (a === b) return undefined;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return "digit";
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return "transposition";
    return undefined;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return undefined;
  // One digit left out (235 → 25) or typed twice (235 → 2335): deleting one digit of the longer gives the shorter.
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i) ? "digit" : undefined;
}

/**
 * Every non-negative value one keystroke from `x` at `decimals` decimals: what the user may have meant.
 * About 20 values a digit; the caller keeps those that make the equations hold.
 */
export function keystrokeNeighbours(x: number, decimals: number): number[] {
  if (!Number.isFinite(x) || x < 0) return [];
  const s = digitsOf(x, decimals);
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.add(s.slice(0, i) + d + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.add(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    out.add(s.slice(0, i) + s.slice(i + 1));
  }
  for (let i = 0; i <= s.length; i++) for (let d = 0; d <= 9; d++) out.add(s.slice(0, i) + d + s.slice(i));
  const scale = Math.pow(10, Math.max(0, Math.min(decimals, 10)));
  const values: number[] = [];
  for (const t of out) {
    if (t === "" || t === s) continue;
    const v = Number(t) / scale;
    if (Number.isFinite(v) && v !== x) values.push(v);
  }
  return values;
}

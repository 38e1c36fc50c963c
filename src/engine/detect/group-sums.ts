/** Whether a group row adds up its members: the one test every kind of sub-total detection shares. */
import { type Scan, cellAt } from "./scan";

/** The group row's values equal the sums of its members' in at least half the columns both fill. */
export function confirmsSum(s: Scan, row: number, members: readonly number[], cols: readonly number[]): boolean {
  if (members.length === 0) return false;
  let compared = 0;
  let equal = 0;
  for (const c of cols) {
    const v = cellAt(s, row, c);
    if (v.kind !== "number" && v.kind !== "text-number") continue;
    let sum = 0;
    for (const m of members) {
      const x = cellAt(s, m, c);
      if (x.kind === "number" || x.kind === "text-number") sum += x.value;
    }
    compared++;
    if (Math.abs(sum - v.value) <= 1e-9 * Math.max(1, Math.abs(sum))) equal++;
  }
  return compared > 0 && equal > 0 && equal * 2 >= compared;
}

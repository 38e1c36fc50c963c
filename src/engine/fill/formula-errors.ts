/**
 * A formula over a range that holds an error value (#REF!, #DIV/0! typed or left as a constant) computes
 * that error in any spreadsheet: SUM(C2:C11) with a #REF! in C5 is #REF!, not the sum of the others. The
 * plan must show and cache what the spreadsheet will show, never a number made up by skipping the error.
 */
import { type CellError, isCellError, parseA1 } from "../grid";
import type { WorkingSheet } from "./working";

const REF = /(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/g;

/** The first error value among the cells `formula` reads (through its A1 references), if any. */
export function errorInReferences(formula: string, work: WorkingSheet): CellError | undefined {
  // Text in quotes ("") is not a reference.
  const code = formula.replace(/"[^"]*"/g, "");
  for (const m of code.matchAll(REF)) {
    const a = parseA1(m[1].replace(/\$/g, ""));
    const b = m[2] ? parseA1(m[2].replace(/\$/g, "")) : a;
    if (!a || !b) continue;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        const v = work.value(r, c);
        if (isCellError(v)) return v;
      }
    }
  }
  return undefined;
}

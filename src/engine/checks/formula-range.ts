/**
 * Reads simple total formulas — "=SUM(C13:C23)", "=SUM(C13:C17,C19:C23)", "=C13+C14+C15", "=SUM(C12;C20)" —
 * into the rows they add up in one column. Anything else (other functions, other sheets, other columns)
 * gives undefined: the check then says nothing rather than guess.
 */
import { columnIndex } from "../grid";
import { pushAll } from "../arrays";

const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

export function sumFormulaRows(formula: string, col: number): number[] | undefined {
  const body = formula.trim().replace(/^=/, "").replace(/\s+/g, "");
  if (body === "") return undefined;
  const rows: number[] = [];
  for (const term of body.split("+")) {
    const m = /^SUM\((.*)\)$/i.exec(term);
    const args = m ? m[1].split(/[,;]/) : [term];
    for (const arg of args) {
      const got = refRows(arg, col);
      if (!got) return undefined;
      pushAll(rows, got);
    }
  }
  return rows;
}

function refRows(arg: string, col: number): number[] | undefined {
  const [a, b, extra] = arg.split(":");
  if (extra !== undefined) return undefined;
  const start = REF.exec(a);
  const end = REF.exec(b ?? a);
  if (!start || !end) return undefined;
  if (columnIndex(start[1]) !== col || columnIndex(end[1]) !== col) return undefined;
  const r1 = Number(start[2]) - 1;
  const r2 = Number(end[2]) - 1;
  const out: number[] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) out.push(r);
  return out;
}

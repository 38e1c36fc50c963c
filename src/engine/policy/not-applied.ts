/**
 * A configured rule that applies to no table of the run is not skipped in silence: it becomes one warning,
 * RULE_NOT_APPLIED, saying why — no table in its scope, no column fits one of its references, or several
 * fit (each named by letter and header, so the user can write the reference more precisely or use a letter).
 *
 * The run is every sheet the front end checked: all files of a command line run, the active sheet in the
 * pane. The warning is a sheet-level issue of the first sheet the rule was looked for on (its first sheet
 * in scope), pointing at the first candidate column's header, or at the first table's top-left cell.
 */
import { columnLetter } from "../grid";
import { SEVERITY, type Issue, type SheetAnalysis, type Table, type TableAnalysis } from "../model";
import { columnTitle, headerCellRow } from "./columns";
import { ruleColumns, ruleStatus } from "./index";
import type { ColumnRef, PolicyRule } from "./types";

/** How many candidate columns are named before "…": the rest add nothing the user can act on. */
const MAX_NAMED_COLUMNS = 6;

function refText(ref: ColumnRef): string {
  return "letter" in ref ? ref.letter : ref.header.join(" / ");
}

function namedColumns(table: Table, cols: readonly number[]): string {
  const named = cols.slice(0, MAX_NAMED_COLUMNS).map((c) => `${columnLetter(c)} "${columnTitle(table, c)}"`);
  return cols.length > MAX_NAMED_COLUMNS ? `${named.join(", ")}, …` : named.join(", ");
}

interface Placed {
  readonly sheetIndex: number;
  readonly issue: Issue;
}

/** The RULE_NOT_APPLIED warning for `rule` (its 1-based `number` in the list), or null when a table applies it. */
function notApplied(sheets: readonly SheetAnalysis[], rule: PolicyRule, number: number): Placed | null {
  let ambiguous: { sheetIndex: number; ta: TableAnalysis; role: string; candidates: readonly number[] } | undefined;
  let notFound: { sheetIndex: number; ta: TableAnalysis; role: string } | undefined;
  for (let si = 0; si < sheets.length; si++) {
    const tables = sheets[si].tables;
    for (let ti = 0; ti < tables.length; ti++) {
      const status = ruleStatus(tables[ti], rule, ti);
      if (status.state === "applied") return null;
      if (status.state !== "unresolved") continue;
      if (status.resolution.reason === "ambiguous") ambiguous ??= { sheetIndex: si, ta: tables[ti], role: status.role, candidates: status.resolution.candidates };
      else notFound ??= { sheetIndex: si, ta: tables[ti], role: status.role };
    }
  }
  // The rule itself travels as JSON so the report can describe it in the reader's language.
  const base = { rule: number, ruleJson: JSON.stringify(rule) };
  const refOf = (role: string) => refText(ruleColumns(rule).find((c) => c.role === role)?.ref ?? { header: [] });
  if (ambiguous) {
    const { ta, candidates } = ambiguous;
    const col = candidates[0];
    return {
      sheetIndex: ambiguous.sheetIndex,
      issue: {
        code: "RULE_NOT_APPLIED",
        severity: SEVERITY.RULE_NOT_APPLIED,
        row: headerCellRow(ta.table, col),
        col,
        params: { ...base, variant: "ambiguous", ref: refOf(ambiguous.role), count: candidates.length, columns: namedColumns(ta.table, candidates) },
      },
    };
  }
  if (notFound) {
    const { table } = notFound.ta;
    return {
      sheetIndex: notFound.sheetIndex,
      issue: {
        code: "RULE_NOT_APPLIED",
        severity: SEVERITY.RULE_NOT_APPLIED,
        row: table.top,
        col: table.left,
        params: { ...base, variant: "notFound", ref: refOf(notFound.role) },
      },
    };
  }
  // No table in scope (or no table at all): the first table of the run, or A1 of the first sheet.
  const first = sheets.findIndex((s) => s.tables.length > 0);
  const at = first >= 0 ? sheets[first].tables[0].table : undefined;
  return {
    sheetIndex: Math.max(0, first),
    issue: {
      code: "RULE_NOT_APPLIED",
      severity: SEVERITY.RULE_NOT_APPLIED,
      row: at?.top ?? 0,
      col: at?.left ?? 0,
      params: { ...base, variant: at ? "outOfScope" : "noTable" },
    },
  };
}

/**
 * The sheets with one RULE_NOT_APPLIED warning added for each rule that no table of any of them applies.
 * `sheets` is the whole run, in order; nothing changes when every rule applies somewhere (or there are none).
 */
export function withUnappliedRules(
  sheets: readonly SheetAnalysis[],
  rules: readonly PolicyRule[],
  options: { readonly columnProblemsOnly?: boolean } = {},
): SheetAnalysis[] {
  const out = sheets.slice();
  if (out.length === 0) return out;
  rules.forEach((rule, i) => {
    const placed = notApplied(sheets, rule, i + 1);
    if (!placed) return;
    // The pane checks one sheet of a workbook whose rules may be meant for another: there only a rule
    // whose columns cannot be told apart (or found) on this sheet's tables is worth a warning.
    const variant = placed.issue.params?.variant;
    if (options.columnProblemsOnly && variant !== "ambiguous" && variant !== "notFound") return;
    const s = out[placed.sheetIndex];
    out[placed.sheetIndex] = { ...s, issues: [...s.issues, placed.issue] };
  });
  return out;
}

/**
 * Relations that hold across a row: parts (PARTS_MISMATCH from the header tree, ROW_RELATION_MISMATCH
 * from the data), percents (PERCENT_MISMATCH, or PERCENT_TRUNCATED when cut off instead of rounded),
 * shares of the total row, and shortfalls. A row whose inputs are already reported wrong is skipped, so
 * one wrong figure is reported once.
 */
import { columnLetter } from "../grid";
import type { Relation, Table } from "../model";
import type { TableValues } from "../relations/values";
import { judgePartsRow, judgeRatio, judgeShortfall, type RatioVerdict } from "../relations/agree";
import { roundShown } from "../rounding";
import type { IssueCollector } from "./collector";

export function checkRowRelations(table: Table, v: TableValues, relations: readonly Relation[], out: IssueCollector): void {
  const name = (col: number) => v.column(col)?.header || columnLetter(col);
  // The rows each total or sub-total row adds up; such rows are judged after the rows they cover.
  const covers = new Map<number, readonly number[]>();
  for (const r of relations) if (r.kind === "column-total") covers.set(r.row, r.rows);
  const coveredFirst = [...v.rows.filter((r) => !covers.has(r)), ...v.rows.filter((r) => covers.has(r))];
  relations.forEach((rel, index) => {
    switch (rel.kind) {
      case "parts": {
        const text = `${name(rel.whole)} = ${rel.parts.map(name).join(" + ")}`;
        // What each reported row is off by: a total row off by exactly what its rows are off by only
        // repeats their mistake (its columns add up right), so one wrong figure is reported once.
        const gaps = new Map<number, number>();
        for (const row of coveredFirst) {
          if (out.isWrong(row, rel.whole) || rel.parts.some((p) => out.isWrong(row, p))) continue;
          const verdict = judgePartsRow(v, row, rel.whole, rel.parts);
          if (!verdict || verdict.ok) continue;
          const gap = verdict.expected - verdict.actual;
          const below = covers.get(row);
          const inherited = below ? below.reduce((s, r) => s + (gaps.get(r) ?? 0), 0) : 0;
          if (inherited !== 0 && Math.abs(gap - inherited) <= 1e-9 * Math.max(1, Math.abs(gap))) continue;
          gaps.set(row, gap);
          out.add({
            code: rel.source === "header" ? "PARTS_MISMATCH" : "ROW_RELATION_MISMATCH",
            row,
            col: rel.whole,
            expected: verdict.expected,
            actual: verdict.actual,
            relation: index,
            params: { parts: rel.parts.map(name).join(" + "), relation: text },
          });
        }
        return;
      }
      case "percent":
        for (const row of v.rows) {
          if (out.isWrong(row, rel.numerator) || out.isWrong(row, rel.denominator)) continue;
          const num = v.value(row, rel.numerator);
          const den = v.value(row, rel.denominator);
          const j = judgeRatio(v.value(row, rel.col), v.decimals(row, rel.col), num, den, rel.scale);
          if (j) reportRatio(row, rel.col, j, index, num, den, out);
        }
        return;
      case "share": {
        const total = v.value(rel.totalRow, rel.of);
        if (out.isWrong(rel.totalRow, rel.of)) return;
        for (const row of table.dataRows) {
          if (out.isWrong(row, rel.of)) continue;
          const part = v.value(row, rel.of);
          const j = judgeRatio(v.value(row, rel.col), v.decimals(row, rel.col), part, total, rel.scale);
          if (j) reportRatio(row, rel.col, j, index, part, total, out);
        }
        return;
      }
      case "shortfall": {
        const text = `${name(rel.col)} = max(0; ${name(rel.target)} − ${name(rel.achieved)})`;
        // A total or sub-total row that sums this column is judged as a sum (checkColumnTotals), not here.
        const summed = new Set(relations.flatMap((r) => (r.kind === "column-total" && r.cols.includes(rel.col) ? [r.row] : [])));
        for (const row of v.rows) {
          if (summed.has(row)) continue;
          if (out.isWrong(row, rel.target) || out.isWrong(row, rel.achieved)) continue;
          const verdict = judgeShortfall(v.value(row, rel.col), v.value(row, rel.target), v.value(row, rel.achieved));
          if (!verdict || verdict.ok) continue;
          out.add({
            code: "ROW_RELATION_MISMATCH",
            row,
            col: rel.col,
            expected: verdict.expected,
            actual: verdict.actual,
            relation: index,
            params: { relation: text },
          });
        }
        return;
      }
      case "column-total":
        return;
    }
  });
}

function reportRatio(row: number, col: number, j: RatioVerdict, relation: number, numerator: number, denominator: number, out: IssueCollector): void {
  if (j.verdict === "consistent") return;
  out.add({
    code: j.verdict === "truncated" ? "PERCENT_TRUNCATED" : "PERCENT_MISMATCH",
    row,
    col,
    expected: roundShown(j.exact, j.decimals),
    actual: j.shown,
    relation,
    params: { numerator, denominator },
  });
}

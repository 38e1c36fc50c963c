/**
 * Checks of the row tree's relations (issue 9): a "Chia ra" partition that does not add up to its row
 * (PARTS_MISMATCH at the row), a "Trong đó" subset larger than its row (SUBSET_EXCEEDS_WHOLE at the
 * subset), and percent cells against their resolved base (PERCENT_MISMATCH / PERCENT_TRUNCATED). Cells
 * already found wrong are not used as inputs, so one wrong figure is reported once.
 */
import type { Relation, Table } from "../model";
import type { TableValues } from "../relations/values";
import { judgeRatio, judgeSum } from "../relations/agree";
import { roundShown } from "../rounding";
import type { IssueCollector } from "./collector";
import { rowList } from "./collector";

export function checkTreeSums(table: Table, v: TableValues, relations: readonly Relation[], out: IssueCollector): void {
  relations.forEach((rel, index) => {
    if (rel.kind === "row-parts") {
      for (const col of rel.cols) {
        if (out.isWrong(rel.row, col) || out.anyWrong(rel.rows, col)) continue;
        const verdict = judgeSum(
          v.value(rel.row, col),
          v.decimals(rel.row, col),
          rel.rows.map((r) => ({ value: v.value(r, col), decimals: v.decimals(r, col) })),
        );
        if (!verdict || verdict.ok) continue;
        out.add({
          code: "PARTS_MISMATCH",
          row: rel.row,
          col,
          expected: verdict.expected,
          actual: verdict.actual,
          relation: index,
          params: { parts: `${rowList(rel.rows)}`, relation: `${rel.row + 1} = ${rowList(rel.rows)}` },
        });
      }
    } else if (rel.kind === "subset") {
      const base = labelOf(table, v, rel.row);
      for (const col of rel.cols) {
        const whole = v.value(rel.row, col);
        if (Number.isNaN(whole) || out.isWrong(rel.row, col)) continue;
        for (const r of rel.rows) {
          const x = v.value(r, col);
          if (Number.isNaN(x) || out.isWrong(r, col) || x <= whole + 1e-9 * Math.max(1, Math.abs(whole))) continue;
          out.add({ code: "SUBSET_EXCEEDS_WHOLE", row: r, col, actual: x, relation: index, params: { whole, base } });
        }
      }
    }
  });
}

export function checkRatios(v: TableValues, relations: readonly Relation[], out: IssueCollector): void {
  relations.forEach((rel, index) => {
    if (rel.kind !== "ratio") return;
    const { at, numerator, denominator } = rel;
    if (out.isWrong(numerator.row, numerator.col)) return;
    if (!("value" in denominator) && out.isWrong(denominator.row, denominator.col)) return;
    const num = v.value(numerator.row, numerator.col);
    const den = "value" in denominator ? denominator.value : v.value(denominator.row, denominator.col);
    const j = judgeRatio(v.value(at.row, at.col), v.decimals(at.row, at.col), num, den, rel.scale);
    if (!j || j.verdict === "consistent") return;
    out.add({
      code: j.verdict === "truncated" ? "PERCENT_TRUNCATED" : "PERCENT_MISMATCH",
      row: at.row,
      col: at.col,
      expected: roundShown(j.exact, j.decimals),
      actual: j.shown,
      relation: index,
      params: { numerator: num, denominator: den },
    });
  });
}

function labelOf(table: Table, v: TableValues, row: number): string {
  const parts: string[] = [];
  for (const c of table.labelCols) {
    const cell = v.reading(row, c);
    if (cell.kind === "text") parts.push(cell.text);
  }
  return parts.join(" ") || String(row + 1);
}

/**
 * Every relation in words (issue 9): "D9 = C9 / C7 × 100, so với \"Số đảng viên đã kết nạp\"". Returns a
 * catalogue key and its params, so each front end renders it in the user's language (src/i18n); the
 * report, the text output and the task pane show it with each finding.
 */
import { a1 } from "./grid";
import type { Relation, Table } from "./model";

export interface RelationWords {
  readonly key: string;
  readonly params: { readonly [name: string]: string | number };
  /** A nested phrase (the base of a ratio), rendered first and passed as param `base`. */
  readonly base?: { readonly key: string; readonly params: { readonly [name: string]: string | number } };
}

/** Cells named for a row: "C7"; a column run: "C7:C12". */
function cells(rows: readonly number[], col: number): string {
  const sorted = [...rows].sort((x, y) => x - y);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 1) return `${a1(sorted[0], col)}:${a1(sorted[sorted.length - 1], col)}`;
  return sorted.map((r) => a1(r, col)).join(" + ");
}

/**
 * The relation as it applies at one cell (`at`), or to its first cell when none is given. `label` reads a
 * row's label for the base of a ratio or a subset ("Số đảng viên đã kết nạp").
 */
export function describeRelation(rel: Relation, table?: Table, at?: { row: number; col: number }, label?: (row: number) => string): RelationWords {
  switch (rel.kind) {
    case "column-total": {
      const col = at && rel.cols.includes(at.col) ? at.col : rel.cols[0];
      return { key: "relation.column-total", params: { cell: a1(rel.row, col), rows: cells(rel.rows, col) } };
    }
    case "parts": {
      const row = at?.row ?? table?.dataRows[0] ?? 0;
      return { key: "relation.parts", params: { cell: a1(row, rel.whole), parts: rel.parts.map((p) => a1(row, p)).join(" + ") } };
    }
    case "percent": {
      const row = at?.row ?? table?.dataRows[0] ?? 0;
      return {
        key: "relation.percent",
        params: { cell: a1(row, rel.col), numerator: a1(row, rel.numerator), denominator: a1(row, rel.denominator), scale: rel.scale },
      };
    }
    case "share": {
      const row = at?.row ?? table?.dataRows[0] ?? 0;
      return {
        key: "relation.share",
        params: { cell: a1(row, rel.col), numerator: a1(row, rel.of), denominator: a1(rel.totalRow, rel.of), scale: rel.scale },
      };
    }
    case "shortfall": {
      const row = at?.row ?? table?.dataRows[0] ?? 0;
      return { key: "relation.shortfall", params: { cell: a1(row, rel.col), target: a1(row, rel.target), achieved: a1(row, rel.achieved) } };
    }
    case "row-parts": {
      const col = at && rel.cols.includes(at.col) ? at.col : rel.cols[0];
      return { key: "relation.row-parts", params: { cell: a1(rel.row, col), parts: cells(rel.rows, col) } };
    }
    case "subset": {
      const col = at && rel.cols.includes(at.col) ? at.col : rel.cols[0];
      const row = at && rel.rows.includes(at.row) ? at.row : rel.rows[0];
      return { key: "relation.subset", params: { cell: a1(row, col), whole: a1(rel.row, col), base: label?.(rel.row) || rel.baseLabel || String(rel.row + 1) } };
    }
    case "ratio": {
      const den = rel.denominator;
      const base: RelationWords["base"] =
        "value" in den
          ? den.rows
            ? { key: "relation.base.sum", params: { value: den.value } }
            : { key: "relation.base.value", params: { value: den.value } }
          : rel.basis === "total"
            ? { key: "relation.base.total", params: {} }
            : { key: "relation.base.row", params: { label: label?.(den.row) || rel.baseLabel || String(den.row + 1) } };
      return {
        key: "relation.ratio",
        params: {
          cell: a1(rel.at.row, rel.at.col),
          numerator: a1(rel.numerator.row, rel.numerator.col),
          denominator: "value" in den ? String(den.value) : a1(den.row, den.col),
          scale: rel.scale,
        },
        base,
      };
    }
  }
}

/**
 * A table continued on the next sheet (issue 9): "Trang 1" on one sheet, "Trang 2" with the same header
 * on the next, and one total on the last page that adds up every page. Each sheet is analysed alone, so
 * the last page's total looks wrong against its own rows; this pass, given the workbook's sheets in order,
 * links such pages and judges the total against the rows of every page. The total's column-total
 * relation gets `earlierPages`; its TOTAL_MISMATCH findings are redone; the earlier pages lose their
 * TOTAL_MISSING note.
 */
import { a1, type Grid } from "./grid";
import { readCell } from "./cells";
import { SEVERITY, type Issue, type Relation, type SheetAnalysis, type TableAnalysis } from "./model";
import { foldKey } from "./text";
import { rowList } from "./checks/collector";

type ColumnTotal = Extract<Relation, { kind: "column-total" }>;

function signature(t: TableAnalysis): string {
  return t.table.columns.map((c) => `${c.role}:${foldKey(c.header)}`).join("|");
}

function numberAt(grid: Grid, row: number, col: number): number {
  const r = readCell(grid, row, col);
  return r.kind === "number" || r.kind === "text-number" ? r.value : NaN;
}

function sum(grid: Grid, rows: readonly number[], col: number): number {
  let s = 0;
  for (const r of rows) {
    const x = numberAt(grid, r, col);
    if (!Number.isNaN(x)) s += x;
  }
  return s;
}

export function linkContinuedSheets(grids: readonly Grid[], sheets: readonly SheetAnalysis[]): SheetAnalysis[] {
  const out = [...sheets];
  for (let i = 1; i < out.length; i++) {
    const current = out[i].tables[0];
    if (!current || current.table.totalRows.length === 0) continue;
    // The pages before: each sheet's last table with the same columns and no total of its own.
    const pages: { sheet: number; table: TableAnalysis }[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const tables = out[j].tables;
      const last = tables[tables.length - 1];
      if (!last || last.table.totalRows.length > 0 || signature(last) !== signature(current)) break;
      pages.unshift({ sheet: j, table: last });
      if (tables.length > 1) break;
    }
    if (pages.length === 0) continue;
    const linked = linkTotal(grids[i], current, pages.map((p) => ({ grid: grids[p.sheet], rows: p.table.table.dataRows })));
    if (!linked) continue;
    out[i] = { ...out[i], tables: [linked, ...out[i].tables.slice(1)] };
    for (const p of pages) {
      const s = out[p.sheet];
      out[p.sheet] = {
        ...s,
        tables: s.tables.map((t) => (t === p.table ? { ...t, issues: t.issues.filter((x) => x.code !== "TOTAL_MISSING") } : t)),
      };
    }
  }
  return out;
}

/** The table with its grand total judged over every page, or undefined when the earlier pages do not explain it. */
function linkTotal(grid: Grid, t: TableAnalysis, earlier: readonly { grid: Grid; rows: readonly number[] }[]): TableAnalysis | undefined {
  const totals = new Set(t.table.totalRows);
  const index = t.relations.findIndex((r) => r.kind === "column-total" && totals.has(r.row));
  if (index < 0) return undefined;
  const rel = t.relations[index] as ColumnTotal;
  let alone = 0;
  let together = 0;
  const expected = new Map<number, number>();
  for (const col of rel.cols) {
    const actual = numberAt(grid, rel.row, col);
    if (Number.isNaN(actual)) continue;
    const own = sum(grid, rel.rows, col);
    const all = own + earlier.reduce((s, p) => s + sum(p.grid, p.rows, col), 0);
    expected.set(col, all);
    if (own === actual) alone++;
    if (all === actual) together++;
  }
  // Linked only when the pages explain the total better than its own rows, in at least half its columns.
  if (together <= alone || together * 2 < expected.size) return undefined;
  const relation: ColumnTotal = { ...rel, earlierPages: earlier.map((p) => ({ sheet: p.grid.sheet, rows: [...p.rows] })) };
  const relations = t.relations.map((r, k) => (k === index ? relation : r));
  const kept = t.issues.filter((x) => !(x.relation === index && x.code === "TOTAL_MISMATCH"));
  const added: Issue[] = [];
  for (const [col, all] of expected) {
    const actual = numberAt(grid, rel.row, col);
    if (all === actual) continue;
    added.push({
      code: "TOTAL_MISMATCH",
      severity: SEVERITY.TOTAL_MISMATCH,
      row: rel.row,
      col,
      expected: all,
      actual,
      relation: index,
      params: { cell: a1(rel.row, col), header: t.table.columns.find((c) => c.col === col)?.header ?? "", rows: rowList(rel.rows), expected: all, actual },
    });
  }
  return { ...t, relations, issues: [...added, ...kept] };
}

/**
 * Issue 12, point 5: metamorphic relations on every clean table of the fixtures and samples (no error found,
 * at least one total or parts relation). Adding 1 to one count cell a total or parts relation covers must
 * give an error on that row or on its total; putting the unit rows in another order must change no finding.
 * The expected outcomes follow from the relations themselves, not from the code under test.
 */
import { readdirSync } from "fs";
import * as path from "path";
import { analyzeGrid } from "../../src/engine/analyze";
import type { CellValue, Grid } from "../../src/engine/grid";
import type { Issue, TableAnalysis } from "../../src/engine/model";
import { loadWorkbook } from "../../src/cli/read-xlsx";
import { FIXTURES_DIR, SAMPLES_DIR } from "../helpers/fixtures";

interface Case {
  readonly name: string;
  readonly grid: Grid;
  readonly ta: TableAnalysis;
}

async function cleanTables(): Promise<Case[]> {
  const files = [
    ...readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES_DIR, f)),
    ...readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES_DIR, f)),
  ];
  const out: Case[] = [];
  for (const file of files) {
    let grids: Grid[];
    try {
      grids = (await loadWorkbook(file)).sheets;
    } catch {
      continue; // the bad-* fixtures that cannot be read
    }
    for (const grid of grids) {
      analyzeGrid(grid).tables.forEach((ta, i) => {
        const clean = ta.issues.every((x) => x.severity !== "error");
        const related = ta.relations.some((r) => r.kind === "column-total" || r.kind === "parts");
        if (clean && related) out.push({ name: `${path.basename(file)} ${grid.sheet} #${i + 1}`, grid, ta });
      });
    }
  }
  return out;
}

function withValue(grid: Grid, row: number, col: number, value: CellValue): Grid {
  const values = grid.values.map((r) => r.slice());
  values[row - grid.top][col - grid.left] = value;
  return { ...grid, values };
}

const isPlainNumber = (g: Grid, row: number, col: number) =>
  typeof g.values[row - g.top]?.[col - g.left] === "number" && g.formulas[row - g.top][col - g.left] === null;

let cases: Case[] = [];
beforeAll(async () => {
  cases = await cleanTables();
});

test("there are clean tables with relations (seed 000, the samples)", () => {
  expect(cases.length).toBeGreaterThanOrEqual(3);
});

test("+1 on a count cell under a total or parts relation: an error on that row or its total", () => {
  let tried = 0;
  for (const { name, grid, ta } of cases) {
    for (const rel of ta.relations) {
      let target: { row: number; col: number; totals: number[] } | undefined;
      if (rel.kind === "column-total") {
        const row = rel.rows.find((r) => rel.cols.some((c) => isPlainNumber(grid, r, c)));
        const col = row === undefined ? undefined : rel.cols.find((c) => isPlainNumber(grid, row, c));
        if (row !== undefined && col !== undefined) target = { row, col, totals: [rel.row] };
      } else if (rel.kind === "parts") {
        const row = ta.table.dataRows.find((r) => rel.parts.some((c) => isPlainNumber(grid, r, c)));
        const col = row === undefined ? undefined : rel.parts.find((c) => isPlainNumber(grid, row, c));
        if (row !== undefined && col !== undefined) target = { row, col, totals: [...ta.table.totalRows, ...ta.table.subtotals.map((s) => s.row)] };
      }
      if (!target) continue;
      tried++;
      const { row, col, totals } = target;
      const changed = withValue(grid, row, col, (grid.values[row - grid.top][col - grid.left] as number) + 1);
      const errors = analyzeGrid(changed).tables.flatMap((t) => t.issues).filter((i: Issue) => i.severity === "error");
      const named = errors.filter((i) => i.row === row || totals.includes(i.row));
      expect({ name, relation: rel.kind, cell: [row, col], named: named.length > 0 }).toEqual({ name, relation: rel.kind, cell: [row, col], named: true });
    }
  }
  expect(tried).toBeGreaterThanOrEqual(3);
});

test("the unit rows in reverse order: the same findings (row numbers and STT stay where they are)", () => {
  let tried = 0;
  for (const { name, grid, ta } of cases) {
    const { table } = ta;
    // Groups would be broken up by a reorder; a plain list of units is what can be permuted freely.
    if (table.subtotals.length > 0 || (table.groupHeadingRows?.length ?? 0) > 0 || table.shape !== "units") continue;
    const rows = table.dataRows;
    const keep = new Set(table.sttCol === null ? [] : [table.sttCol]);
    const values = grid.values.map((r) => r.slice());
    const formulas = grid.formulas.map((r) => r.slice());
    // The baseline drops the same unit-row formulas, so only the order differs between the two.
    const formats = grid.numberFormats.map((r) => r.slice());
    rows.forEach((to, k) => {
      const from = rows[rows.length - 1 - k];
      for (let c = table.left; c <= table.right; c++) {
        if (keep.has(c)) continue;
        const [ti, fi, ci] = [to - grid.top, from - grid.top, c - grid.left];
        values[ti][ci] = grid.values[fi][ci];
        // A formula of a unit row points at its own row: moved with its values it would read the wrong
        // row, so the moved cells keep their values only (what a paste of values does).
        formulas[ti][ci] = null;
        formats[ti][ci] = grid.numberFormats[fi][ci];
      }
    });
    const base = { ...grid, formulas: grid.formulas.map((r, ri) => r.map((f, ci) => (rows.includes(ri + grid.top) && !keep.has(ci + grid.left) ? null : f))) };
    const permuted: Grid = { ...grid, values, formulas, numberFormats: formats };
    const key = (g: Grid) =>
      analyzeGrid(g)
        .tables.flatMap((t) => t.issues)
        .map((i) => `${i.code}|${i.col}|${i.expected ?? ""}|${i.actual ?? ""}|${totalsOrUnit(i.row, rows)}`)
        .sort();
    tried++;
    expect({ name, findings: key(permuted) }).toEqual({ name, findings: key(base) });
  }
  // Seed 000's appendix, its text variant and the samples give several.
  expect(tried).toBeGreaterThanOrEqual(3);
});

/** A finding on a unit row is compared without its row (the units moved); one on any other row with it. */
function totalsOrUnit(row: number, unitRows: readonly number[]): string {
  return unitRows.includes(row) ? "unit" : String(row);
}

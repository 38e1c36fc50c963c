/**
 * Property: on random well-formed appendix tables with random errors injected (wrong totals, a parent
 * column that is not the sum of its parts, wrong or truncated percents, a missing total row), filling,
 * recalculating with HyperFormula and checking again leaves no TOTAL/PARTS/PERCENT mismatch; undo gives
 * the original back; a second fill plans nothing.
 */
import fc from "fast-check";
import { runChecks } from "../../../src/engine/checks";
import { applyPlanToGrid, planFill } from "../../../src/engine/fill";
import { type CellValue, gridFromRows } from "../../../src/engine/grid";
import type { Column, Relation, Table } from "../../../src/engine/model";
import { invertPlan, isEmptyPlan } from "../../../src/engine/plan";
import { evaluateGrid } from "./evaluate";
import { gridDifferences } from "./grid-compare";

// A STT, B unit, C quota, D youth-union, E trade-union, F total = D + E, G percent = F / C × 100, H pool.
const [STT, NAME, QUOTA, YOUTH, UNION, TOTAL, PERCENT, POOL] = [0, 1, 2, 3, 4, 5, 6, 7];
const HEADERS = ["STT", "Đơn vị", "Chỉ tiêu", "Đoàn viên thanh niên", "Đoàn viên công đoàn", "Tổng cộng", "Tỷ lệ %", "Nguồn"];
const SUMMED = [QUOTA, YOUTH, UNION, TOTAL, POOL];

const unit = fc.record({
  quota: fc.integer({ min: 0, max: 60 }),
  youth: fc.integer({ min: 0, max: 40 }),
  union: fc.integer({ min: 0, max: 20 }),
  pool: fc.integer({ min: 0, max: 30 }),
});

const error = fc.oneof(
  fc.record({ kind: fc.constant("total" as const), col: fc.constantFrom(...SUMMED), delta: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant("parts" as const), unit: fc.nat(), delta: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant("percent" as const), unit: fc.nat(), delta: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("truncate" as const), unit: fc.nat() }),
);

const scenario = fc.record({
  units: fc.array(unit, { minLength: 1, maxLength: 12 }),
  errors: fc.array(error, { maxLength: 6 }),
  missingTotal: fc.boolean(),
});

const round2 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const rows: CellValue[][] = [[...HEADERS]];
  s.units.forEach((u, i) => {
    const total = u.youth + u.union;
    rows.push([i + 1, `Đơn vị ${i + 1}`, u.quota, u.youth, u.union, total, u.quota === 0 ? null : round2((total / u.quota) * 100), u.pool]);
  });
  const dataRows = s.units.map((_, i) => i + 1);
  const totalRow = dataRows.length + 1;
  const sum = (col: number) => dataRows.reduce((acc, r) => acc + (rows[r][col] as number), 0);
  const totalLine: CellValue[] = [null, "Tổng cộng", ...[QUOTA, YOUTH, UNION, TOTAL].map(sum), null, sum(POOL)];
  totalLine[PERCENT] = sum(QUOTA) === 0 ? null : round2((sum(TOTAL) / sum(QUOTA)) * 100);
  rows.push(totalLine);

  for (const e of s.errors) {
    const r = dataRows[("unit" in e ? e.unit : 0) % dataRows.length];
    if (e.kind === "total") rows[totalRow][e.col] = (rows[totalRow][e.col] as number) + e.delta;
    else if (e.kind === "parts") rows[r][TOTAL] = (rows[r][TOTAL] as number) + e.delta;
    else if (e.kind === "percent" && rows[r][PERCENT] !== null) rows[r][PERCENT] = round2((rows[r][PERCENT] as number) + e.delta / 100);
    else if (e.kind === "truncate" && rows[r][PERCENT] !== null) rows[r][PERCENT] = Math.trunc((rows[r][PERCENT] as number) * 100) / 100;
  }
  if (s.missingTotal) rows.pop();

  const columns: Column[] = HEADERS.map((header, col) => ({
    col,
    header,
    path: [header],
    role: col === STT ? "stt" : col === NAME ? "label" : col === PERCENT ? "percent" : "count",
    ...(col === PERCENT ? { decimals: 2, percentForm: "points" as const } : {}),
  }));
  const tableFor = (withTotal: boolean): Table => ({
    sheet: "S",
    top: 0,
    left: 0,
    bottom: withTotal ? totalRow : totalRow - 1,
    right: POOL,
    headerTop: 0,
    headerBottom: 0,
    numberingRow: null,
    repeatedHeaderRows: [],
    dataRows,
    totalRows: withTotal ? [totalRow] : [],
    subtotals: [],
    sttCol: STT,
    labelCols: [NAME],
    columns,
    headerTree: HEADERS.map((label, c) => ({ label, top: 0, bottom: 0, left: c, right: c, children: [] })),
    shape: "units",
    captions: [],
  });
  const relationsFor = (withTotal: boolean): Relation[] => [
    ...(withTotal ? [{ kind: "column-total" as const, row: totalRow, rows: dataRows, cols: SUMMED }] : []),
    { kind: "parts", whole: TOTAL, parts: [YOUTH, UNION], source: "header" },
    { kind: "percent", col: PERCENT, numerator: TOTAL, denominator: QUOTA, scale: 100, decimals: 2 },
  ];
  return { grid: gridFromRows("S", rows), before: { table: tableFor(!s.missingTotal), relations: relationsFor(!s.missingTotal) }, after: { table: tableFor(true), relations: relationsFor(true) } };
}

const REPAIRED = new Set(["TOTAL_MISMATCH", "PARTS_MISMATCH", "PERCENT_MISMATCH"]);

test("fill → recalculate → check: no mismatch of the kinds the fill repairs", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { grid, before, after } = build(s);
      const plan = planFill(grid, { ...before, issues: [] });
      const filled = evaluateGrid(applyPlanToGrid(grid, plan));
      const left = runChecks(filled, after.table, after.relations).filter((i) => REPAIRED.has(i.code));
      expect(left).toEqual([]);
      // The fill's own arithmetic agrees with the formula engine's.
      for (const e of plan.edits) {
        const v = filled.values[e.row - filled.top][e.col - filled.left];
        expect(typeof e.after.value === "number" ? Math.abs((v as number) - e.after.value) < 1e-9 : (v ?? "") === (e.after.value ?? "")).toBe(true);
      }
      expect(gridDifferences(applyPlanToGrid(applyPlanToGrid(grid, plan), invertPlan(plan)), grid)).toEqual([]);
      expect(isEmptyPlan(planFill(filled, { ...after, issues: [] }))).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test("the checks do see the injected errors before the fill (the property is not vacuous)", () => {
  const s = { units: [{ quota: 7, youth: 2, union: 1, pool: 0 }, { quota: 3, youth: 3, union: 0, pool: 1 }], errors: [{ kind: "total" as const, col: QUOTA, delta: 1 }, { kind: "parts" as const, unit: 0, delta: 2 }], missingTotal: false };
  const { grid, before } = build(s);
  const codes = runChecks(grid, before.table, before.relations).map((i) => i.code);
  expect(codes).toEqual(expect.arrayContaining(["TOTAL_MISMATCH", "PARTS_MISMATCH"]));
});

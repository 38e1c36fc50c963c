/**
 * Issue 12, point 5: the engine over random sheets (random-grids.ts) — detection, relations, checks, policy
 * discovery, the report and the fill plan — throws nothing, takes under 2 s a sheet, and gives the same
 * output twice. `npm test` runs 2,000 sheets; `npm run fuzz` runs 100,000 (FUZZ_RUNS), FUZZ_SEED replays one.
 */
import fc from "fast-check";
import { analyzeGrid } from "../../src/engine/analyze";
import { buildReport } from "../../src/engine/report";
import { planFillSheet } from "../../src/engine/fill";
import type { Grid } from "../../src/engine/grid";
import { gridArb } from "./random-grids";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

function everything(grid: Grid): string {
  const analysis = analyzeGrid(grid, { policy: { rules: [], discover: true } });
  const report = buildReport([{ file: "fuzz.xlsx", sheets: [analysis] }], { lang: "vi" });
  const plan = planFillSheet(grid, analysis.tables, {});
  return JSON.stringify({ report, plan });
}

test(`${RUNS} random sheets: no exception, none over 2 s, the same output twice`, () => {
  let slowest = 0;
  fc.assert(
    fc.property(gridArb, (grid) => {
      const start = Date.now();
      const first = everything(grid);
      const elapsed = Date.now() - start;
      slowest = Math.max(slowest, elapsed);
      expect(elapsed).toBeLessThan(2000);
      expect(everything(grid)).toBe(first);
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
  expect(slowest).toBeLessThan(2000);
}, 3_600_000);

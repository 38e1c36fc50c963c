/**
 * The breakdown corpus (scripts/fixture-breakdowns.ts, issue 9): each fixture workbook, read by the
 * command line's reader, must draw exactly its expected errors and warnings (the planted slip, nothing on
 * a clean table), its expected info findings, and at least one relation in every table found.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { a1 } from "../../../src/engine/grid";
import { loadFixture } from "../../helpers/fixtures";
import { linkContinuedSheets } from "../../../src/engine/pages";
import { BREAKDOWN_FIXTURES } from "../../../scripts/fixture-breakdowns";

describe.each(BREAKDOWN_FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  it(fixture.slip ? `finds the planted slip: ${fixture.slip}` : "draws no error or warning on the clean table", async () => {
    const grids = await loadFixture(`bd-${fixture.name}`);
    const found: string[] = [];
    const infos: string[] = [];
    const multi = grids.length > 1;
    // As the command line does: a table continued on the next sheet is judged over all its pages.
    const analyses = linkContinuedSheets(grids, grids.map((g) => analyzeGrid(g)));
    for (const [k, grid] of grids.entries()) {
      const analysis = analyses[k];
      expect(analysis.tables.length).toBeGreaterThan(0);
      for (const t of analysis.tables) {
        expect({ table: `${grid.sheet}!${a1(t.table.top, t.table.left)}`, relations: t.relations.length > 0 }).toEqual({
          table: `${grid.sheet}!${a1(t.table.top, t.table.left)}`,
          relations: true,
        });
        for (const i of t.issues) {
          const key = `${i.code} ${multi ? `${grid.sheet}!` : ""}${a1(i.row, i.col)}`;
          (i.severity === "info" ? infos : found).push(key);
        }
      }
    }
    const key = (x: { code: string; cell: string; sheet?: string }) => `${x.code} ${x.sheet ? `${x.sheet}!` : ""}${x.cell}`;
    expect(found.sort()).toEqual(fixture.expect.map(key).sort());
    for (const i of fixture.info ?? []) expect(infos).toContain(key(i));
  });
});

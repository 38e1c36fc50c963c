/**
 * Test access to the committed fixture workbooks (test/fixtures/*.xlsx, built by scripts/build-fixtures.ts
 * from ../shared/seeds). Tests read them through the same reader the command line uses, and name cells
 * with the layout constants re-exported here.
 */
import * as path from "path";
import type { Grid } from "../../src/engine/grid";
import { loadWorkbook } from "../../src/cli/read-xlsx";

export * from "./fixture-layout";

export const FIXTURES_DIR = path.resolve(__dirname, "..", "fixtures");
export const SAMPLES_DIR = path.resolve(__dirname, "..", "..", "samples");

/** The path of test/fixtures/NAME.xlsx. */
export function fixturePath(name: string): string {
  return path.join(FIXTURES_DIR, `${name}.xlsx`);
}

/** Every worksheet of test/fixtures/NAME.xlsx as a Grid ("seed-001", "seed-004-text", "bad-ref-total" …). */
export async function loadFixture(name: string): Promise<Grid[]> {
  return (await loadWorkbook(fixturePath(name))).sheets;
}

/** The one worksheet of a fixture called `sheet` (throws when it is missing, so a typo fails loudly). */
export async function loadFixtureSheet(name: string, sheet: string): Promise<Grid> {
  const grid = (await loadFixture(name)).find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`fixture ${name} has no sheet "${sheet}"`);
  return grid;
}

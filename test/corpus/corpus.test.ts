/**
 * The corpus ratchet (test/corpus/README.md): every case listed in met.json — the cases the engine met when
 * the list was last regenerated with `npm run corpus:score -- --update` — must still be met. Cases not listed
 * are the engine's open work and do not fail this test; when one starts to pass, regenerate the list so it
 * cannot slip back.
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS } from "../../scripts/corpus/index";
import { allCases, caseName, scoreCase } from "../../scripts/corpus/score";
import { resolveCell, withSlip } from "../../scripts/corpus/layout";
import type { CellInput, CorpusTable } from "../../scripts/corpus/types";

const DIR = path.resolve(__dirname, "..", "fixtures", "corpus");
const MET: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, "met.json"), "utf8"));
const CASES = allCases(CORPUS);

/** The value a spec types at "key:COL" (a formula's cached value). */
function specValue(table: CorpusTable, name: string): CellInput {
  const at = resolveCell(table, name);
  const key = name.replace(/^.*!/, "").replace(/:[A-Z]+$/, "");
  for (const sheet of table.sheets)
    for (const block of sheet.blocks)
      for (const line of block.lines) if (typeof line !== "string" && line.key === key && sheet.name === at.sheet) return line.cells[at.col - 1] ?? null;
  throw new Error(`${name} not found`);
}
const numeric = (v: CellInput) => (v !== null && typeof v === "object" ? v.v : v);

describe("corpus specs", () => {
  it("every case has its committed workbook and every met.json entry is a case", () => {
    const names = CASES.map(caseName);
    for (const n of names) expect(fs.existsSync(path.join(DIR, `${n}.xlsx`))).toBe(true);
    expect(MET.filter((n) => !names.includes(n))).toEqual([]);
  });

  it("every planted slip changes the published value, and a cause at the slipped cell names that published value", () => {
    for (const t of CORPUS.filter((x) => x.slip)) {
      const slip = t.slip!;
      const published = numeric(specValue(t, slip.at));
      expect([t.name, numeric(specValue(withSlip(t), slip.at))]).not.toEqual([t.name, published]);
      const cause = slip.finding.cause;
      if (cause && cause.cell === slip.at) expect([t.name, cause.value]).toEqual([t.name, published]);
    }
  });
});

describe("corpus ratchet: cases the engine met stay met", () => {
  const met = CASES.filter((c) => MET.includes(caseName(c)));
  it.each(met.map((c) => [caseName(c), c] as const))("%s", async (_name, c) => {
    const score = await scoreCase(c, DIR);
    // The whole score in the failure message says what regressed (a finding lost, a false error, no relation).
    expect({ met: score.met, score }).toMatchObject({ met: true });
  });
});

describe("the scorer can fail", () => {
  it("a clean expectation scored on the slipped workbook is not met (the slip shows as a false finding)", async () => {
    const table = CORPUS.find((t) => t.name === "hung-yen-2024-tong-dau")!;
    const score = await scoreCase({ table, variant: "base" }, DIR, path.join(DIR, "hung-yen-2024-tong-dau-slip.xlsx"));
    expect(score.met).toBe(false);
    expect(score.falseFindings.length).toBeGreaterThan(0);
  });

  it("a slip expectation scored on the clean workbook is not met (the slip is not found)", async () => {
    const table = CORPUS.find((t) => t.name === "hung-yen-2024-tong-dau")!;
    const score = await scoreCase({ table, variant: "slip" }, DIR, path.join(DIR, "hung-yen-2024-tong-dau.xlsx"));
    expect(score.met).toBe(false);
    expect(score.findings.some((f) => !f.found)).toBe(true);
  });
});

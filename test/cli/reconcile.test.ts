/**
 * `quota-check --reference` on issue 11's fixture: a results report against seed 000's assigned quotas.
 * Expected findings come from the reference workbook's own cells (read with the reader, not the code under
 * test) and the differences planted by scripts/fixture-reconcile.ts (RECONCILE).
 */
import * as path from "path";
import { main } from "../../src/cli/main";
import { a1, valueAt } from "../../src/engine/grid";
import type { Report, ReportIssue, ReportTable } from "../../src/engine/report";
import { FIXTURES_DIR, SEED_000, fixturePath, loadFixtureSheet } from "../helpers/fixtures";
import { RECONCILE } from "../helpers/fixture-reconcile-layout";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const REPORT = path.join(FIXTURES_DIR, RECONCILE.dir, `${RECONCILE.report.file}.xlsx`);
const SAME = path.join(FIXTURES_DIR, RECONCILE.dir, `${RECONCILE.sameWorkbook.file}.xlsx`);
const R = RECONCILE.report;
/** Report rows in order: seed 000's units without the dropped one. */
let reportNames: string[];
let seedNames: string[];

const reconciled = (report: Report): ReportTable => {
  const t = report.files[0].sheets.flatMap((s) => s.tables).find((x) => x.pairings !== undefined);
  if (!t) throw new Error("no table was reconciled");
  return t;
};
const ofCodes = (issues: readonly ReportIssue[], codes: string[]) => issues.filter((i) => codes.includes(i.code));
const CODES = ["REFERENCE_MISMATCH", "UNIT_MISSING", "UNIT_NOT_IN_REFERENCE"];

beforeAll(async () => {
  const ref = await loadFixtureSheet("seed-000", SEED_000.sheet);
  seedNames = [];
  for (let r = SEED_000.firstDataRow; r <= SEED_000.lastDataRow; r++) seedNames.push(String(valueAt(ref, r, SEED_000.cols.label)));
  reportNames = seedNames.filter((n) => !R.dropped.includes(n)).map((n) => R.renamed[n] ?? n);
});

/** The findings the planted differences must give, from the reference's cells. */
async function expectedFindings(): Promise<{ code: string; cell: string; expected: number | null; actual: number | null }[]> {
  const ref = await loadFixtureSheet("seed-000", SEED_000.sheet);
  const refRow = (name: string) => SEED_000.firstDataRow + seedNames.indexOf(name);
  const repRow = (name: string) => R.firstDataRow + reportNames.indexOf(R.renamed[name] ?? name);
  const out: { code: string; cell: string; expected: number | null; actual: number | null }[] = [];
  for (const [name, actual] of Object.entries(R.members)) {
    out.push({ code: "REFERENCE_MISMATCH", cell: a1(repRow(name), R.cols.members), expected: valueAt(ref, refRow(name), SEED_000.cols.members) as number, actual });
  }
  for (const [name, actual] of Object.entries(R.quota)) {
    out.push({ code: "REFERENCE_MISMATCH", cell: a1(repRow(name), R.cols.quota), expected: valueAt(ref, refRow(name), SEED_000.cols.quotaNew) as number, actual });
  }
  // Kim Đông (typo) is only a doubtful pairing: Kim Động counts as missing and "Kim Đông" as not in the reference.
  for (const name of [...R.dropped, "Kim Động"]) out.push({ code: "UNIT_MISSING", cell: a1(refRow(name), SEED_000.cols.label), expected: null, actual: null });
  out.push({ code: "UNIT_NOT_IN_REFERENCE", cell: a1(repRow("Kim Động"), R.cols.label), expected: null, actual: null });
  return out;
}

const pick = (i: ReportIssue) => ({ code: i.code, cell: i.cell, expected: i.expected, actual: i.actual });
const byCell = (a: { code: string; cell: string }, b: { code: string; cell: string }) => (a.code + a.cell < b.code + b.cell ? -1 : 1);

describe("quota-check --reference", () => {
  it("reports every planted difference and nothing else, exit 1", async () => {
    const { code, out } = await run("--reference", fixturePath("seed-000"), "--compare", RECONCILE.compare, REPORT, "--json");
    const table = reconciled(JSON.parse(out) as Report);
    expect(ofCodes(table.issues, CODES).map(pick).sort(byCell)).toEqual((await expectedFindings()).sort(byCell));
    // The report's own arithmetic is consistent: no other error.
    expect(table.issues.filter((i) => i.severity === "error" && !CODES.includes(i.code))).toEqual([]);
    expect(code).toBe(1);
  });

  it("lists every name pairing: renamed units exact or near, the typo doubtful (shown, not used)", async () => {
    const { out } = await run("--reference", fixturePath("seed-000"), "--compare", RECONCILE.compare, REPORT, "--json");
    const table = reconciled(JSON.parse(out) as Report);
    const expected = reportNames.map((unit, i) => {
      const seedName = seedNames.find((n) => (R.renamed[n] ?? n) === unit) as string;
      const match = unit === seedName ? "exact" : unit === "Kim Đông" ? "doubtful" : ["Van Giang", "Đảng ủy Khối Cơ quan - Doanh nghiệp"].includes(unit) ? "near" : "exact";
      return { unit, row: R.firstDataRow + i + 1, reference: seedName, referenceRow: SEED_000.firstDataRow + seedNames.indexOf(seedName) + 1, match };
    });
    expect(table.pairings).toEqual(expected);
  });

  it("says which columns were compared and how", async () => {
    const { out } = await run("--reference", fixturePath("seed-000"), "--compare", RECONCILE.compare, REPORT, "--json");
    const table = reconciled(JSON.parse(out) as Report);
    expect(table.reconciliation?.columns.map((c) => [c.col, c.referenceCol, c.source])).toEqual([
      ["C", "C", "header"],
      ["D", "E", "compare"],
    ]);
  });

  it("without --compare the renamed quota column still pairs, by its values (source \"values\"), with the same findings", async () => {
    const { out } = await run("--reference", fixturePath("seed-000"), REPORT, "--json");
    const table = reconciled(JSON.parse(out) as Report);
    expect(table.reconciliation?.columns.map((c) => [c.col, c.referenceCol, c.source])).toEqual([
      ["C", "C", "header"],
      ["D", "E", "values"],
    ]);
    expect(ofCodes(table.issues, CODES).map(pick).sort(byCell)).toEqual((await expectedFindings()).sort(byCell));
  });

  it("the reference may be another sheet of the same workbook (#Sheet)", async () => {
    const { code, out } = await run("--reference", `#${RECONCILE.sameWorkbook.referenceSheet}`, "--compare", RECONCILE.compare, SAME, "--json");
    const report = JSON.parse(out) as Report;
    // The reference sheet is not itself compared: only the report's sheet carries pairings.
    expect(report.files[0].sheets.filter((s) => s.tables.some((t) => t.pairings))).toHaveLength(1);
    expect(ofCodes(reconciled(report).issues, CODES).map(pick).sort(byCell)).toEqual((await expectedFindings()).sort(byCell));
    expect(code).toBe(1);
  });

  it("the text report names the reference file and shows the pairings", async () => {
    const { out } = await run("--lang", "en", "--reference", fixturePath("seed-000"), "--compare", RECONCILE.compare, REPORT);
    expect(out).toContain("not the 330 assigned in seed-000.xlsx#Phụ lục");
    expect(out).toContain('"Kim Đông" ↔ row 13 "Kim Động" (doubtful — to confirm, not used)');
    expect(out).toContain('The unit "Phù Cừ" is in seed-000.xlsx#Phụ lục');
  });

  it("bad --compare and a missing reference sheet are argument errors (exit 2)", async () => {
    expect((await run("--reference", fixturePath("seed-000"), "--compare", "Chỉ tiêu", REPORT)).code).toBe(2);
    const missing = await run("--reference", `${fixturePath("seed-000")}#Không có`, REPORT);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không có");
    expect((await run("--reference", fixturePath("khong-co-tep"), REPORT)).code).toBe(2);
  });
});

describe("--compare without --reference", () => {
  it("is an argument error (exit 2), said in the user's language", async () => {
    const r = await run("--lang", "en", "--compare", "A = B", REPORT);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--reference");
  });
});

describe("a reference about other units", () => {
  it("compares nothing and says so on stderr; the report is the plain check", async () => {
    const r = await run("--lang", "en", "--reference", fixturePath("seed-004"), REPORT, "--json");
    const report = JSON.parse(r.out) as Report;
    expect(report.files[0].sheets.flatMap((s) => s.tables).some((t) => t.pairings)).toBe(false);
    expect(r.err).toContain("nothing was compared");
    expect(r.code).toBe(0);
  });
});

/**
 * Scores the engine on one corpus workbook: the CLI's own path (src/cli/check.ts reads the file with
 * src/cli/read-xlsx.ts and analyses every sheet as `quota-check --json` does, src/engine/report.ts builds the
 * JSON report), then the report is compared with the spec's expectation.
 *
 * A case is MET when: at least one table is found, every table found has at least one relation, every
 * expected finding is reported (an error or warning with one of its codes at one of its cells), and no other
 * error or warning is reported (the codes the spec tolerates aside). Whether the likely cause is named
 * (`cause` / `candidates`, issue 10) is shown but not required: the field may not exist yet.
 */
import * as path from "path";
import { checkFile } from "../../src/cli/check";
import { buildReport, type Report, type ReportIssue } from "../../src/engine/report";
import type { CorpusTable, ExpectedFinding } from "./types";
import { resolveCell, withSlip } from "./layout";

export type Variant = "base" | "slip";

export interface CaseId {
  readonly table: CorpusTable;
  readonly variant: Variant;
}

export interface FindingScore {
  readonly why: string;
  readonly found: boolean;
  /** "named": a cause with the slipped cell and its value; "listed": among the candidates; "no"; "n/a": nothing to name. */
  readonly cause: "named" | "listed" | "no" | "n/a";
}

export interface CaseScore {
  readonly name: string;
  readonly shape: string;
  readonly variant: Variant;
  readonly tables: number;
  readonly relations: number;
  readonly tablesWithoutRelations: number;
  readonly findings: readonly FindingScore[];
  /** Errors and warnings the expectation does not account for: "A1 CODE". */
  readonly falseFindings: readonly string[];
  readonly met: boolean;
  readonly readError?: string;
}

export function caseName(c: CaseId): string {
  return c.variant === "slip" ? `${c.table.name}-slip` : c.table.name;
}

export function allCases(tables: readonly CorpusTable[]): CaseId[] {
  return tables.flatMap((table) => [{ table, variant: "base" as const }, ...(table.slip ? [{ table, variant: "slip" as const }] : [])]);
}

/** The findings a correct checker must report on this case. */
export function expectedFindings(c: CaseId): ExpectedFinding[] {
  const real = c.table.realSlips ?? [];
  return c.variant === "slip" && c.table.slip ? [...real, c.table.slip.finding] : [...real];
}

type LocatedIssue = ReportIssue & { readonly sheet: string };

function issuesOf(report: Report): LocatedIssue[] {
  return report.files.flatMap((f) =>
    f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((t) => t.issues)].map((i) => ({ ...(i as LocatedIssue), sheet: s.sheet }))),
  );
}

const near = (a: number | undefined, b: number) => typeof a === "number" && Math.abs(a - b) <= 0.0051 * Math.max(1, Math.abs(b) / 100);

function causeOf(issues: readonly LocatedIssue[], table: CorpusTable, f: ExpectedFinding): FindingScore["cause"] {
  if (!f.cause) return "n/a";
  const at = resolveCell(table, f.cause.cell);
  const value = f.cause.value;
  const same = (c: { cell?: string; value?: number } | undefined) => c?.cell === at.a1 && near(c.value, value);
  if (issues.some((i) => same(i.cause))) return "named";
  if (issues.some((i) => (i.candidates ?? []).some(same))) return "listed";
  return "no";
}

export function scoreReport(c: CaseId, report: Report): CaseScore {
  const table = c.variant === "slip" ? withSlip(c.table) : c.table;
  const sheets = report.files.flatMap((f) => f.sheets);
  const tables = sheets.flatMap((s) => s.tables);
  const issues = issuesOf(report);
  const serious = issues.filter((i) => i.severity === "error" || i.severity === "warning");
  const expected = expectedFindings(c);
  const accounted = new Set<LocatedIssue>();
  const findings = expected.map((f) => {
    const cells = f.cells.map((n) => resolveCell(table, n));
    const hits = serious.filter((i) => f.codes.includes(i.code) && cells.some((x) => x.sheet === i.sheet && x.a1 === i.cell));
    hits.forEach((h) => accounted.add(h));
    return { why: f.why, found: hits.length > 0, cause: causeOf(issues, table, f) };
  });
  const tolerate = new Set(table.tolerate ?? []);
  const falseFindings = serious
    .filter((i) => !accounted.has(i) && !tolerate.has(i.code))
    .map((i) => `${table.sheets.length > 1 ? `${i.sheet}!` : ""}${i.cell} ${i.code}`);
  const relations = tables.reduce((n, t) => n + t.relations.length, 0);
  const tablesWithoutRelations = tables.filter((t) => t.relations.length === 0).length;
  const readError = report.files.find((f) => f.error)?.error?.code;
  const met =
    !readError && tables.length > 0 && tablesWithoutRelations === 0 && findings.every((f) => f.found) && falseFindings.length === 0;
  return {
    name: caseName(c),
    shape: c.table.shape,
    variant: c.variant,
    tables: tables.length,
    relations,
    tablesWithoutRelations,
    findings,
    falseFindings,
    met,
    ...(readError ? { readError } : {}),
  };
}

/** Runs the command line's check on test/fixtures/corpus/NAME.xlsx (or `file`) and scores it against case `c`. */
export async function scoreCase(c: CaseId, corpusDir: string, file = path.join(corpusDir, `${caseName(c)}.xlsx`)): Promise<CaseScore> {
  const checked = await checkFile(file, { sheets: [], rules: [], discover: false });
  const report = buildReport([checked], { lang: "vi" });
  return scoreReport(c, report);
}

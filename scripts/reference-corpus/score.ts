/**
 * Judges one JSON report of `quota-check --reference …` / `quota-check consolidate … --summary …` against a
 * case of the reference corpus, reading only what issue 11's contract promises: issues `{ code, severity,
 * cell, expected, actual }` wherever they sit in the report, and `pairings: [{ unit, row, reference,
 * referenceRow, match }]` on the tables compared. Pure: the runner (scripts/reference-score.ts) runs the CLI,
 * the Jest test feeds it reports built by hand.
 *
 * A case is MET when: the exit status is the expected one; every expected finding is reported (its code at its
 * cell, and its expected / actual values when the spec gives them); no other error or warning is reported
 * (the spec's tolerated ones aside); every expected pairing is listed with an allowed `match`; and no pairing
 * is listed that the spec does not expect (a "doubtful" one between units the spec leaves unpaired is fine:
 * it is listed, not used; so is the report's total row paired with the reference's).
 */
import { caseName, expectedExit, locate, type Case } from "./cases";

export interface FoundIssue {
  readonly code: string;
  readonly severity: string;
  readonly cell: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly message: string;
}

export interface FoundPairing {
  readonly unit?: unknown;
  readonly row: number;
  readonly reference?: unknown;
  readonly referenceRow: number;
  readonly match: string;
}

export interface FindingResult {
  readonly code: string;
  /** "Sheet!A1" of the expected cell. */
  readonly where: string;
  readonly found: boolean;
  /** Why not, when the code was reported at the cell with other values. */
  readonly detail?: string;
}

export interface CaseResult {
  readonly name: string;
  readonly kind: Case["kind"];
  readonly status: "met" | "missed" | "not supported";
  readonly exit: number;
  readonly expectedExit: number;
  readonly findings: readonly FindingResult[];
  /** Errors and warnings nobody expected: "Sheet!A1 CODE" (or just "A1 CODE"). */
  readonly falseFindings: readonly string[];
  readonly pairings: { readonly expected: number; readonly found: number; readonly missing: readonly string[]; readonly wrong: readonly string[] };
  /** For "not supported": what the CLI said. */
  readonly note?: string;
  /** Extra checks (consolidate -o), each "ok" or why not. */
  readonly extra?: readonly string[];
}

/** Every issue and pairing anywhere in the report. */
export function collect(report: unknown): { issues: FoundIssue[]; pairings: FoundPairing[] } {
  const issues: FoundIssue[] = [];
  const pairings: FoundPairing[] = [];
  const walk = (v: unknown, key: string): void => {
    if (Array.isArray(v)) {
      for (const x of v) {
        if (key === "pairings" && x && typeof x === "object" && typeof (x as FoundPairing).row === "number" && typeof (x as FoundPairing).referenceRow === "number")
          pairings.push(x as FoundPairing);
        walk(x, "");
      }
      return;
    }
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.code === "string" && typeof o.severity === "string" && typeof o.cell === "string")
      issues.push({ code: o.code, severity: o.severity, cell: o.cell, expected: o.expected, actual: o.actual, message: String(o.message ?? "") });
    for (const [k, x] of Object.entries(o)) walk(x, k);
  };
  walk(report, "");
  return { issues, pairings };
}

/** "B7", "Sheet!B7", "'Sheet 1'!$B$7", "[file.xlsx]Sheet!B7" → the sheet it names (if any) and the A1. */
export function splitCell(cell: string): { sheet?: string; a1: string } {
  const bang = cell.lastIndexOf("!");
  const a1 = cell.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  if (bang < 0) return { a1 };
  const sheet = cell.slice(0, bang).replace(/^.*\]/, "").replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, a1 };
}

const sameNumber = (got: unknown, want: number) => {
  const n = typeof got === "number" ? got : typeof got === "string" ? Number(got.replace(",", ".")) : NaN;
  return Math.abs(n - want) < 1e-9;
};

function atCell(issue: FoundIssue, place: { sheet: string; a1: string }): boolean {
  const c = splitCell(issue.cell);
  return c.a1 === place.a1 && (c.sheet === undefined || c.sheet === place.sheet);
}

export function scoreCaseReport(c: Case, report: unknown, exit: number): CaseResult {
  const spec = c.kind === "pair" ? c.pair : c.folder;
  const { issues, pairings } = collect(report);
  const serious = issues.filter((i) => i.severity === "error" || i.severity === "warning");
  const accounted = new Set<FoundIssue>();

  const findings = spec.findings.map((f): FindingResult => {
    const place = locate(c, f.at);
    const where = `${place.sheet}!${place.a1}`;
    const hits = serious.filter((i) => i.code === f.code && atCell(i, place));
    hits.forEach((h) => accounted.add(h));
    const right = hits.filter((i) => (f.expected === undefined || sameNumber(i.expected, f.expected)) && (f.actual === undefined || sameNumber(i.actual, f.actual)));
    if (right.length > 0) return { code: f.code, where, found: true };
    const detail = hits.length > 0 ? `reported with expected=${JSON.stringify(hits[0].expected)} actual=${JSON.stringify(hits[0].actual)}, want ${f.expected} / ${f.actual}` : undefined;
    return { code: f.code, where, found: false, ...(detail ? { detail } : {}) };
  });
  for (const t of spec.tolerated ?? []) {
    const place = locate(c, t.at);
    serious.filter((i) => i.code === t.code && atCell(i, place)).forEach((i) => accounted.add(i));
  }
  const falseFindings = serious.filter((i) => !accounted.has(i)).map((i) => `${i.cell} ${i.code}`);

  const pairingScore = scorePairings(c, pairings);
  const wantExit = expectedExit(c);
  const met =
    exit === wantExit && findings.every((f) => f.found) && falseFindings.length === 0 && pairingScore.missing.length === 0 && pairingScore.wrong.length === 0;
  return { name: caseName(c), kind: c.kind, status: met ? "met" : "missed", exit, expectedExit: wantExit, findings, falseFindings, pairings: pairingScore };
}

function scorePairings(c: Case, listed: readonly FoundPairing[]): CaseResult["pairings"] {
  if (c.kind !== "pair") return { expected: 0, found: 0, missing: [], wrong: [] };
  const want = c.pair.pairings.map((p) => ({
    spec: p,
    row: locate(c, { side: "report", cell: `${p.report}:B` }).row,
    referenceRow: locate(c, { side: "reference", cell: `${p.reference}:B` }).row,
  }));
  const pairedRows = new Set(want.map((w) => w.row));
  const pairedRefRows = new Set(want.map((w) => w.referenceRow));
  const missing: string[] = [];
  const used = new Set<FoundPairing>();
  for (const w of want) {
    const same = listed.filter((l) => l.row === w.row && l.referenceRow === w.referenceRow);
    same.forEach((l) => used.add(l));
    const ok = same.some((l) => (w.spec.match as readonly string[]).includes(l.match));
    if (!ok)
      missing.push(
        `row ${w.row} ↔ reference row ${w.referenceRow} (${w.spec.match.join("|")})${same.length > 0 ? `: listed as "${same[0].match}"` : ""}`,
      );
  }
  // The two total rows listed as a pairing claim nothing wrong: the contract pairs units, but a tool may show it.
  const totalRow = (side: string) => {
    try {
      return locate(c, { side, cell: "total:B" }).row;
    } catch {
      return -1;
    }
  };
  const totals = { row: totalRow("report"), referenceRow: totalRow("reference") };
  const wrong = listed
    .filter((l) => !used.has(l))
    .filter((l) => !(l.match === "doubtful" && !pairedRows.has(l.row) && !pairedRefRows.has(l.referenceRow)))
    .filter((l) => !(l.row === totals.row && l.referenceRow === totals.referenceRow))
    .map((l) => `row ${l.row} ↔ reference row ${l.referenceRow} "${String(l.unit ?? "")}" = "${String(l.reference ?? "")}" (${l.match})`);
  return { expected: want.length, found: want.length - missing.length, missing, wrong };
}

/** The verdict when the CLI does not know the flags (the feature is not on this branch). */
export function notSupported(c: Case, exit: number, stderr: string): CaseResult {
  return {
    name: caseName(c),
    kind: c.kind,
    status: "not supported",
    exit,
    expectedExit: expectedExit(c),
    findings: [],
    falseFindings: [],
    pairings: { expected: c.kind === "pair" ? c.pair.pairings.length : 0, found: 0, missing: [], wrong: [] },
    note: stderr.split("\n").find((l) => l.trim() !== "")?.trim() ?? `exit ${exit}, no JSON report`,
  };
}

/**
 * Reads the CLI's output: the JSON report, or null when there is none — the CLI rejected the arguments
 * (exit 2 with a message on stderr, as for an unknown option) or printed something else.
 */
export function parseReport(stdout: string): unknown | null {
  const text = stdout.trim();
  if (!text.startsWith("{")) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

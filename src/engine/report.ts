/**
 * The report of DESIGN.md ("Report"): what the command line prints with --json and what the task pane
 * shows, built from SheetAnalysis values. Addresses become A1 (columns as letters, rows 1-based) and every
 * issue gets its message rendered from the catalogue in the chosen language; the analysis itself is untouched.
 *
 * One addition to DESIGN.md's shape: each sheet also has `issues`, the sheet-level issues that belong to no
 * table (SheetAnalysis.issues), always present so the shape does not depend on the findings.
 */
import { a1, a1Range, columnLetter } from "./grid";
import type { Cause, CauseKind, Issue, Relation, Severity, SheetAnalysis, Table, TableAnalysis } from "./model";
import { causeSentence } from "./causes/describe";
import { t, type Lang, type Params } from "../i18n/index";
import { describeRule } from "./policy/describe";
import { describeRelation } from "./relation-text";
import type { PolicyRule, TableFoundRule } from "./policy/types";
import { maxOf, minOf } from "./arrays";
import type { ComparedColumn, UnitPairing } from "./reconcile/types";

export const TOOL = "quota-check";
export const DEFAULT_VERSION = "0.1.0";

export interface ReportIssue {
  readonly code: string;
  readonly severity: Severity;
  readonly cell: string;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
  readonly message: string;
  /** The relation that produced the issue, in words ("D9 = C9 / C7 × 100, so với …"); absent when none did. */
  readonly relation?: string;
  /** The likely cause (issue 10): present only when one was found. */
  readonly cause?: ReportCause;
  /** Explanations that fit (about) equally well, none certain. */
  readonly candidates?: ReportCause[];
}

/** DESIGN.md "Report": `{ cell, value, kind, confidence, because }` (+ `formula` for a SUM over the wrong rows). */
export interface ReportCause {
  readonly cell: string;
  readonly value: number;
  readonly kind: CauseKind;
  readonly confidence: "high" | "low";
  readonly because: string;
  readonly formula?: string;
}

export type ReportRelation =
  | { readonly kind: "column-total"; readonly cols: string[]; readonly row: number }
  | { readonly kind: "parts"; readonly whole: string; readonly parts: string[] }
  | { readonly kind: "percent"; readonly col: string; readonly numerator: string; readonly denominator: string; readonly scale: number; readonly decimals: number }
  | { readonly kind: "share"; readonly col: string; readonly of: string; readonly totalRow: number; readonly scale: number; readonly decimals: number }
  | { readonly kind: "shortfall"; readonly col: string; readonly target: string; readonly achieved: string }
  | { readonly kind: "row-parts" | "subset"; readonly row: number; readonly rows: number[]; readonly cols: string[] }
  | { readonly kind: "ratio"; readonly cell: string; readonly numerator: string; readonly denominator: string | number; readonly scale: number; readonly decimals: number; readonly basis: string };

/** A rule stated in the table's captions (issue 6): shown with its sentence, checked only when `applied`. */
export interface ReportFoundRule {
  /** The rule in words, in the report's language. */
  readonly description: string;
  /** The caption sentence it was read from, as written. */
  readonly source: string;
  readonly confidence: "high" | "medium";
  /** Checked on this table (--discover, or the same rule is in the --policy file) and its columns were found. */
  readonly applied: boolean;
  /** Asked for (--discover, or in the --policy file): when not applied, its columns were not found. */
  readonly requested: boolean;
  /** The --policy file already holds the same rule. */
  readonly configured: boolean;
  /** The rule in the policy file's format, ready to copy into one. */
  readonly rule: PolicyRule;
}

export interface ReportTable {
  readonly range: string;
  /** [first, last] 1-based rows of the header band. */
  readonly headerRows: [number, number];
  /** [first, last] 1-based rows of the data rows; [] when the table has none. */
  readonly dataRows: [number, number] | [];
  readonly totalRows: number[];
  readonly subtotalRows: number[];
  readonly columns: { readonly col: string; readonly header: string; readonly role: string }[];
  readonly relations: ReportRelation[];
  readonly issues: ReportIssue[];
  /** Rules found in the captions; [] when none were found or the analysis had no policy. */
  readonly foundRules: ReportFoundRule[];
  /** Issue 11, only on a table compared with a reference: every name pairing made (doubtful ones not used). */
  readonly pairings?: UnitPairing[];
  /** Issue 11: the columns compared with the reference's, and the reference's sheet. */
  readonly reconciliation?: { readonly reference: string; readonly columns: ComparedColumn[]; readonly unresolved: string[] };
}

export interface ReportSheet {
  readonly sheet: string;
  readonly tables: ReportTable[];
  /** Sheet-level issues (belonging to no table). */
  readonly issues: ReportIssue[];
}

export interface ReportFile {
  readonly file: string;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly sheets: ReportSheet[];
}

export interface ReportSummary {
  readonly files: number;
  readonly tables: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface Report {
  readonly tool: string;
  readonly version: string;
  readonly files: ReportFile[];
  readonly summary: ReportSummary;
}

/** One file's input to the report: its analysed sheets, or why it could not be read. */
export interface FileAnalysis {
  readonly file: string;
  /** A read failure: its code and the catalogue key (and placeholders) of its message. */
  readonly error?: { readonly code: string; readonly messageKey: string; readonly params?: Params } | null;
  readonly sheets: readonly SheetAnalysis[];
}

export interface ReportOptions {
  readonly lang: Lang;
  readonly version?: string;
}

const row1 = (row: number) => row + 1;

/**
 * The message of an issue in `lang`, from "issue.<CODE>". The checks put the placeholders in `params`;
 * the basic ones (cell, expected, actual, header, range, row) are filled in here when a check left them out
 * (the unit name needs the grid, so only the checks can give it).
 */
export function issueMessage(issue: Issue, table: Table | undefined, lang: Lang): string {
  const header = table?.columns.find((c) => c.col === issue.col)?.header;
  const params: Record<string, string | number | undefined> = {
    code: issue.code,
    cell: a1(issue.row, issue.col),
    expected: issue.expected,
    actual: issue.actual,
    header,
    range: table ? a1Range(table.top, table.left, table.bottom, table.right) : undefined,
    row: String(row1(issue.row)),
    ...issue.params,
  };
  // A rule travels as JSON (policy/not-applied.ts): described here, in the reader's language.
  if (typeof issue.params?.ruleJson === "string") params.description = describeRule(JSON.parse(issue.params.ruleJson) as PolicyRule, lang);
  const variant = issue.params?.variant;
  try {
    const text = t(typeof variant === "string" ? `issue.${issue.code}.${variant}` : `issue.${issue.code}`, lang, params);
    // Issue 11: a unit left unpaired next to a doubtful pairing says which name it might be.
    return issue.params?.candidate !== undefined ? `${text} ${t("reconcile.candidate", lang, params)}` : text;
  } catch {
    // A code the catalogue does not know yet still gets a readable line rather than no report at all.
    return t("cli.issue.generic", lang, params);
  }
}

export function reportIssue(issue: Issue, table: Table | undefined, lang: Lang, relations: readonly Relation[] = []): ReportIssue {
  const rel = issue.relation !== undefined ? relations[issue.relation] : undefined;
  return {
    code: issue.code,
    severity: issue.severity,
    cell: a1(issue.row, issue.col),
    expected: issue.expected ?? null,
    actual: issue.actual ?? null,
    message: issueMessage(issue, table, lang),
    ...(rel ? { relation: relationSentence(rel, table, issue, lang) } : {}),
    ...(issue.cause ? { cause: reportCause(issue.cause, lang) } : {}),
    ...(issue.candidates && issue.candidates.length > 0 ? { candidates: issue.candidates.map((c) => reportCause(c, lang)) } : {}),
  };
}

export function reportCause(cause: Cause, lang: Lang): ReportCause {
  return {
    cell: a1(cause.row, cause.col),
    value: cause.value,
    kind: cause.kind,
    confidence: cause.confidence,
    because: causeSentence(cause, lang),
    ...(cause.formula ? { formula: cause.formula } : {}),
  };
}

/** A relation in words in `lang`, as it applies at `at` (issue 9, src/engine/relation-text.ts). */
export function relationSentence(rel: Relation, table: Table | undefined, at: { row: number; col: number } | undefined, lang: Lang): string {
  const words = describeRelation(rel, table, at);
  const base = words.base ? t(words.base.key, lang, words.base.params) : undefined;
  return t(words.key, lang, { ...words.params, ...(base !== undefined ? { base } : {}) });
}

export function reportRelation(rel: Relation): ReportRelation {
  const L = columnLetter;
  switch (rel.kind) {
    case "column-total":
      return { kind: rel.kind, cols: rel.cols.map(L), row: row1(rel.row) };
    case "parts":
      return { kind: rel.kind, whole: L(rel.whole), parts: rel.parts.map(L) };
    case "percent":
      return {
        kind: rel.kind,
        col: L(rel.col),
        numerator: L(rel.numerator),
        denominator: L(rel.denominator),
        scale: rel.scale,
        decimals: rel.decimals,
      };
    case "share":
      return { kind: rel.kind, col: L(rel.col), of: L(rel.of), totalRow: row1(rel.totalRow), scale: rel.scale, decimals: rel.decimals };
    case "shortfall":
      return { kind: rel.kind, col: L(rel.col), target: L(rel.target), achieved: L(rel.achieved) };
    case "row-parts":
    case "subset":
      return { kind: rel.kind, row: row1(rel.row), rows: rel.rows.map(row1), cols: rel.cols.map(L) };
    case "ratio": {
      const den = rel.denominator;
      return {
        kind: rel.kind,
        cell: a1(rel.at.row, rel.at.col),
        numerator: a1(rel.numerator.row, rel.numerator.col),
        denominator: "value" in den ? den.value : a1(den.row, den.col),
        scale: rel.scale,
        decimals: rel.decimals,
        basis: rel.basis,
      };
    }
  }
}

export function reportTable(analysis: TableAnalysis, lang: Lang): ReportTable {
  const { table } = analysis;
  const data = table.dataRows;
  return {
    range: a1Range(table.top, table.left, table.bottom, table.right),
    headerRows: [row1(table.headerTop), row1(table.headerBottom)],
    dataRows: data.length > 0 ? [row1(minOf(data)), row1(maxOf(data))] : [],
    totalRows: table.totalRows.map(row1),
    subtotalRows: table.subtotals.map((s) => row1(s.row)),
    columns: table.columns.map((c) => ({ col: columnLetter(c.col), header: c.header, role: c.role })),
    relations: analysis.relations.map(reportRelation),
    issues: analysis.issues.map((i) => reportIssue(i, table, lang, analysis.relations)),
    foundRules: (analysis.foundRules ?? []).map((f) => reportFoundRule(f, lang)),
    ...reportReconciliation(analysis),
  };
}

function reportReconciliation(analysis: TableAnalysis): Pick<ReportTable, "pairings" | "reconciliation"> {
  const r = analysis.reconciliation;
  if (!r) return {};
  return {
    pairings: [...r.pairings],
    reconciliation: { reference: r.reference, columns: [...r.columns], unresolved: [...r.unresolved] },
  };
}

export function reportFoundRule(found: TableFoundRule, lang: Lang): ReportFoundRule {
  return {
    description: describeRule(found.rule, lang),
    source: found.sourceText,
    confidence: found.confidence,
    applied: found.applied,
    requested: found.requested,
    configured: found.configured,
    rule: found.rule,
  };
}

export function reportSheet(sheet: SheetAnalysis, lang: Lang): ReportSheet {
  return {
    sheet: sheet.sheet,
    tables: sheet.tables.map((tbl) => reportTable(tbl, lang)),
    issues: sheet.issues.map((i) => reportIssue(i, undefined, lang)),
  };
}

function allIssues(files: readonly ReportFile[]): ReportIssue[] {
  return files.flatMap((f) => f.sheets.flatMap((s) => [...s.issues, ...s.tables.flatMap((tb) => tb.issues)]));
}

export function summarize(files: readonly ReportFile[]): ReportSummary {
  const issues = allIssues(files);
  const count = (sev: Severity) => issues.filter((i) => i.severity === sev).length;
  return {
    files: files.length,
    tables: files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.tables.length, 0), 0),
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  };
}

/** The whole report for a run over several files. */
export function buildReport(inputs: readonly FileAnalysis[], options: ReportOptions): Report {
  const { lang } = options;
  const files: ReportFile[] = inputs.map((f) => ({
    file: f.file,
    error: f.error ? { code: f.error.code, message: t(f.error.messageKey, lang, { file: f.file, ...f.error.params }) } : null,
    sheets: f.error ? [] : f.sheets.map((s) => reportSheet(s, lang)),
  }));
  return { tool: TOOL, version: options.version ?? DEFAULT_VERSION, files, summary: summarize(files) };
}

/** 0 no errors, 1 errors found, 2 a file could not be read (DESIGN.md "Exit status"). */
export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.error !== null)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

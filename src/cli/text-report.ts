/**
 * The readable report: a view of the JSON report (never computed separately), one block per file, sheet
 * and table, one line per issue: cell, severity, message, expected vs actual. Then the summary line.
 */
import { formatNumber, t, type Lang } from "../i18n/index";
import type { Report, ReportFoundRule, ReportIssue, ReportTable } from "../engine/report";
import { listWithColumnRuns } from "../engine/column-runs";
import { candidatesSentence } from "../engine/causes/describe";
import { pushAll } from "../engine/arrays";
import { reconciliationLines } from "./reconcile-text";

const show = (v: number | string, lang: Lang) => (typeof v === "number" ? formatNumber(v, lang, 4) : v);

/** "C60    LỖI       message (cần: 281, đang ghi: 280)": where, how bad, what. */
function line(indent: string, where: string, severity: ReportIssue["severity"], message: string, lang: Lang): string {
  return `${indent}${[where.padEnd(6), t(`cli.severity.${severity}`, lang).padEnd(9), message].join(" ")}`;
}

function issueLine(issue: ReportIssue, lang: Lang, indent: string): string {
  const values =
    issue.expected !== null && issue.actual !== null
      ? ` ${t("cli.report.expectedActual", lang, { expected: show(issue.expected, lang), actual: show(issue.actual, lang) })}`
      : "";
  const because = issue.relation ? ` ${t("cli.report.because", lang, { relation: issue.relation })}` : "";
  return line(indent, issue.cell, issue.severity, issue.message + values + because, lang);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; within a severity, sheet order (as the checks found them). */
function sorted(issues: readonly ReportIssue[]): ReportIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}

const columnOf = (cell: string) => (/^[A-Z]+/.exec(cell) ?? [""])[0];

/** The likely cause under its finding (issue 10): "→ Nguyên nhân có thể: Có thể ô E18 gõ nhầm …". */
function causeLines(issue: ReportIssue, lang: Lang, indent: string): string[] {
  const pad = `${indent}${" ".repeat(7)}→ `;
  if (issue.cause) return [`${pad}${t(`cause.label.${issue.cause.confidence}`, lang)}: ${issue.cause.because}`];
  if (issue.candidates && issue.candidates.length > 0) return [`${pad}${candidatesSentence(issue.candidates, lang)}`];
  return [];
}

/** One line per issue; a column's run of numbers stored as text is one line (engine/column-runs.ts). */
function issueLines(issues: readonly ReportIssue[], lang: Lang, indent: string): string[] {
  return listWithColumnRuns(issues, (i) => columnOf(i.cell)).flatMap(({ item, run }) => {
    if (!run) return [issueLine(item, lang, indent), ...causeLines(item, lang, indent)];
    const cells = `${item.cell}…${run[run.length - 1].cell}`;
    const message = t("cli.report.numberAsTextRun", lang, {
      count: run.length,
      column: columnOf(item.cell),
      example: item.cell,
      text: item.actual === null ? "" : show(item.actual, lang),
    });
    return line(indent, cells, item.severity, message, lang);
  });
}

function tableLines(table: ReportTable, lang: Lang): string[] {
  const lines =
    table.dataRows.length === 2
      ? [t("cli.report.table", lang, { range: table.range, first: String(table.dataRows[0]), last: String(table.dataRows[1]), relations: table.relations.length })]
      : [t("cli.report.tableNoData", lang, { range: table.range })];
  if (table.issues.length === 0) lines.push(t("cli.report.noIssues", lang));
  pushAll(lines, issueLines(sorted(table.issues), lang, "      "));
  if (table.foundRules.length > 0) {
    lines.push(`      ${t("policy.found.list.heading", lang)}`);
    for (const found of table.foundRules) pushAll(lines, foundLines(found, lang));
  }
  pushAll(lines, reconciliationLines(table, lang));
  return lines;
}

function foundLines(found: ReportFoundRule, lang: Lang): string[] {
  const state = found.applied ? "applied" : found.requested ? "unresolved" : "notApplied";
  const item = t("policy.found.item", lang, {
    state: t(`policy.found.state.${state}`, lang),
    rule: found.description,
    confidence: t(`policy.confidence.${found.confidence}`, lang),
  });
  return [`        ${item}`, `          ${t("policy.found.source", lang, { source: found.source })}`];
}

export function formatTextReport(report: Report, lang: Lang): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (lines.length > 0) lines.push("");
    lines.push(t("cli.report.file", lang, { file: file.file }));
    if (file.error) {
      lines.push(t("cli.report.fileError", lang, { code: file.error.code, message: file.error.message }));
      continue;
    }
    for (const sheet of file.sheets) {
      lines.push(t("cli.report.sheet", lang, { sheet: sheet.sheet }));
      if (sheet.tables.length === 0) lines.push(t("cli.report.noTable", lang));
      for (const table of sheet.tables) pushAll(lines, tableLines(table, lang));
      if (sheet.issues.length > 0) {
        lines.push(t("cli.report.sheetIssues", lang));
        pushAll(lines, issueLines(sorted(sheet.issues), lang, "      "));
      }
    }
  }
  lines.push("");
  lines.push(t("cli.report.summary", lang, { ...report.summary }));
  const unreadable = report.files.filter((f) => f.error !== null).length;
  if (unreadable > 0) lines.push(t("cli.report.unreadable", lang, { count: unreadable }));
  return `${lines.join("\n")}\n`;
}

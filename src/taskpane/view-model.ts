/**
 * What the pane lists, derived from a SheetAnalysis: issues grouped by table and severity, each with its
 * address, message, expected/actual and the relation that produced it, in the user's language. Pure, so
 * the grouping and wording are tested without a DOM.
 */
import { a1, a1Range, columnLetter } from "../engine/grid";
import type { Issue, Relation, Severity, SheetAnalysis, Table } from "../engine/model";
import { issueMessage, relationSentence } from "../engine/report";
import { listWithColumnRuns } from "../engine/column-runs";
import { formatNumber, t, type Lang } from "../i18n/index";
import { basisOf, groupByCell, type FindingBasis } from "./cell-groups";
import { candidatesSentence, causeSentence } from "../engine/causes/describe";
import { maxOf, minOf } from "../engine/arrays";

export interface IssueItem {
  /** Stable within one analysis: "table/index". */
  readonly key: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly because?: string;
  /** Whether "Sửa" can fill this cell (issues a relation produced). */
  readonly fixable: boolean;
  /** Index of its table in the analysis, -1 for sheet-level issues. */
  readonly table: number;
  /** The table's own arithmetic, or a plan's promise (cell-groups.ts): a plan's figure is a target, not a fix. */
  readonly basis: FindingBasis;
  /** The expected value alone, formatted ("281"), for sentences that compare findings. */
  readonly expectedValue?: string;
  /** Other findings on the same cell (cell-groups.ts), shown inside this one's card. */
  readonly related?: readonly IssueItem[];
  /** How this finding and the related ones relate, in a sentence. */
  readonly cellNote?: string;
  /** The likely cause (issue 10): its sentence and the cell it names; clicking it selects that cell. */
  readonly cause?: CauseView;
}

export interface CauseView {
  /** "Có thể ô E18 gõ nhầm 235 thành 253 …", or the list of candidates when none is certain. */
  readonly text: string;
  readonly confidence: "high" | "low";
  /** The cell to select; absent when only candidates are listed. */
  readonly address?: string;
  readonly row?: number;
  readonly col?: number;
}

/** The cause line of an issue: the cause's sentence, else the candidates' sentence. */
export function causeView(issue: Issue, lang: Lang): CauseView | undefined {
  if (issue.cause) {
    const c = issue.cause;
    return { text: `${t(`cause.label.${c.confidence}`, lang)}: ${causeSentence(c, lang)}`, confidence: c.confidence, address: a1(c.row, c.col), row: c.row, col: c.col };
  }
  if (issue.candidates && issue.candidates.length > 0) return { text: candidatesSentence(issue.candidates, lang), confidence: "low" };
  return undefined;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly items: readonly IssueItem[];
}

export interface TableGroup {
  readonly title: string;
  readonly groups: readonly SeverityGroup[];
}

export interface Summary {
  readonly tables: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly text: string;
}

export interface IssueView {
  readonly summary: Summary;
  readonly tables: readonly TableGroup[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function show(v: number | string | undefined, lang: Lang): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === "number" ? formatNumber(v, lang, 4) : v;
}

/** "Because: …" for a relation, with columns as letters and rows 1-based. */
export function relationText(rel: Relation, lang: Lang): string {
  const L = columnLetter;
  switch (rel.kind) {
    case "column-total":
      return t("pane.relation.column-total", lang, {
        row: String(rel.row + 1),
        first: String(minOf(rel.rows) + 1),
        last: String(maxOf(rel.rows) + 1),
        cols: rel.cols.map(L).join(", "),
      });
    case "parts":
      return t("pane.relation.parts", lang, { whole: L(rel.whole), parts: rel.parts.map(L).join(" + ") });
    case "percent":
      return t("pane.relation.percent", lang, {
        col: L(rel.col),
        numerator: L(rel.numerator),
        denominator: L(rel.denominator),
        scale: String(rel.scale),
        decimals: String(rel.decimals),
      });
    case "share":
      return t("pane.relation.share", lang, { col: L(rel.col), of: L(rel.of), row: String(rel.totalRow + 1), scale: String(rel.scale) });
    case "shortfall":
      return t("pane.relation.shortfall", lang, { col: L(rel.col), target: L(rel.target), achieved: L(rel.achieved) });
    default:
      // Issue 9's row-tree relations say what they are at their own cells.
      return t("pane.relation.because", lang, { relation: relationSentence(rel, undefined, undefined, lang) });
  }
}

/** Issue 9's row-tree relations are said at the finding's own cell ("Vì: D7 = C7 / C5 × 100, so với …"). */
function becauseText(rel: Relation, table: Table | undefined, issue: Issue, lang: Lang): string {
  if (rel.kind === "row-parts" || rel.kind === "subset" || rel.kind === "ratio") {
    return t("pane.relation.because", lang, { relation: relationSentence(rel, table, issue, lang) });
  }
  return relationText(rel, lang);
}

function item(issue: Issue, index: number, tableIndex: number, sheet: string, table: Table | undefined, relations: readonly Relation[], lang: Lang): IssueItem {
  const rel = issue.relation !== undefined ? relations[issue.relation] : undefined;
  const expected = show(issue.expected, lang);
  const actual = show(issue.actual, lang);
  const basis = basisOf(issue.code);
  // A plan's figure is what was promised, and the "actual" what the table adds up to: not "should be" / "is".
  const labels = basis === "plan" ? (["pane.plan.expected", "pane.plan.actual"] as const) : (["pane.expected", "pane.actual"] as const);
  const cause = causeView(issue, lang);
  return {
    key: `${tableIndex}/${index}`,
    sheet,
    row: issue.row,
    col: issue.col,
    address: a1(issue.row, issue.col),
    code: issue.code,
    severity: issue.severity,
    message: issueMessage(issue, table, lang),
    expected: expected === undefined ? undefined : t(labels[0], lang, { value: expected }),
    actual: actual === undefined ? undefined : t(labels[1], lang, { value: actual }),
    because: rel ? becauseText(rel, table, issue, lang) : undefined,
    fixable: rel !== undefined && issue.expected !== undefined,
    table: tableIndex,
    basis,
    expectedValue: expected,
    ...(cause ? { cause } : {}),
  };
}

/** An issue with the item that shows it (the item's texts are formatted; the issue keeps the raw values). */
interface Shown {
  readonly code: string;
  readonly issue: Issue;
  readonly item: IssueItem;
}

/**
 * A column's run of numbers stored as text is one item at its first cell (engine/column-runs.ts):
 * selecting it goes there, "Điền tất cả" converts them all, the marks still cover every cell.
 */
function collapseTextNumbers(shown: readonly Shown[], lang: Lang): IssueItem[] {
  return listWithColumnRuns(shown, (s) => s.item.col).map(({ item: { issue, item }, run }) => {
    if (!run) return item;
    return {
      ...item,
      key: `${item.key}+${run.length - 1}`,
      message: t("pane.numberAsTextRun", lang, {
        count: run.length,
        column: columnLetter(item.col),
        first: item.address,
        last: run[run.length - 1].item.address,
        text: issue.actual === undefined ? "" : String(issue.actual),
      }),
      expected: undefined,
      actual: undefined,
      fixable: false,
    };
  });
}

/** One card per cell (a cell's other findings inside it), under the severity of its most severe finding. */
function bySeverity(items: readonly IssueItem[], lang: Lang): SeverityGroup[] {
  const cards = groupByCell(items, lang);
  return SEVERITIES.map((severity) => ({
    severity,
    title: t(`pane.severity.${severity}`, lang),
    // Sheet order inside a group: top to bottom, left to right.
    items: cards.filter((i) => i.severity === severity).sort((a, b) => a.row - b.row || a.col - b.col),
  })).filter((g) => g.items.length > 0);
}

export function buildIssueView(analysis: SheetAnalysis, lang: Lang): IssueView {
  const tables: TableGroup[] = analysis.tables.map((ta, ti) => ({
    title: t("pane.table.title", lang, { range: a1Range(ta.table.top, ta.table.left, ta.table.bottom, ta.table.right) }),
    groups: bySeverity(
      collapseTextNumbers(
        ta.issues.map((issue, k) => ({ code: issue.code, issue, item: item(issue, k, ti, analysis.sheet, ta.table, ta.relations, lang) })),
        lang,
      ),
      lang,
    ),
  }));
  if (analysis.issues.length > 0) {
    tables.push({
      title: t("pane.sheetIssues", lang),
      groups: bySeverity(
        analysis.issues.map((issue, k) => item(issue, k, -1, analysis.sheet, undefined, [], lang)),
        lang,
      ),
    });
  }
  const all = [...analysis.tables.flatMap((x) => x.issues), ...analysis.issues];
  const counts = {
    tables: analysis.tables.length,
    errors: all.filter((i) => i.severity === "error").length,
    warnings: all.filter((i) => i.severity === "warning").length,
    infos: all.filter((i) => i.severity === "info").length,
  };
  return { summary: { ...counts, text: t("pane.summary", lang, counts) }, tables };
}

/** The item a key of this view names (keys are stable within one analysis). */
export function findIssueItem(view: IssueView | undefined, key: string): IssueItem | undefined {
  for (const table of view?.tables ?? [])
    for (const g of table.groups)
      for (const i of g.items) for (const x of [i, ...(i.related ?? [])]) if (x.key === key) return x;
  return undefined;
}

/**
 * One card per cell (issue 13): when several findings land on one cell — the total row's C60 is 280 where its
 * units add up to 281 (the table's arithmetic) and the plan promised 1,000 (a policy rule) — the pane shows them
 * together, the table's arithmetic first and the plan's figure as context, with a sentence saying how they relate,
 * instead of two cards with two contradictory "should be" values. Pure: tested without a DOM.
 */
import type { IssueCode, Severity } from "../engine/model";
import { t, type Lang } from "../i18n/index";
import type { IssueItem } from "./view-model";

/**
 * Findings about the plan's promises (src/engine/policy) rather than the table's own arithmetic. Their expected
 * value is a target to compare with, not a number to write in the cell. (Codes other branches add for plans or a
 * reference table belong here too.)
 */
const PLAN_CODES: ReadonlySet<string> = new Set<IssueCode>(["PLAN_TOTAL_MISMATCH", "SHARE_BELOW_TARGET", "BELOW_MIN_RATE"]);

export type FindingBasis = "table" | "plan";

export function basisOf(code: string): FindingBasis {
  return PLAN_CODES.has(code) ? "plan" : "table";
}

const SEVERITY_RANK: { readonly [S in Severity]: number } = { error: 0, warning: 1, info: 2 };

/** Most severe first; at equal severity the table's arithmetic before the plan; then sheet order. */
function compare(a: IssueItem, b: IssueItem): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    Number(a.basis === "plan") - Number(b.basis === "plan") ||
    a.row - b.row ||
    a.col - b.col
  );
}

/** How the findings of one cell relate, in a sentence. */
function relationNote(head: IssueItem, rest: readonly IssueItem[], lang: Lang): string {
  const plan = rest.filter((r) => r.basis === "plan")[0];
  if (head.basis === "table" && plan && head.expectedValue !== undefined && plan.expectedValue !== undefined) {
    return t("pane.cell.tableThenPlan", lang, { cell: head.address, table: head.expectedValue, plan: plan.expectedValue });
  }
  return t("pane.cell.several", lang, { cell: head.address, count: rest.length + 1 });
}

/**
 * The items of one table (or of the sheet outside tables), one per cell: the first of a cell's findings in
 * `compare` order carries the others in `related` and a `cellNote`. Cells keep sheet order within a severity.
 */
export function groupByCell(items: readonly IssueItem[], lang: Lang): IssueItem[] {
  const byCell = new Map<string, IssueItem[]>();
  for (const item of [...items].sort(compare)) {
    const key = `${item.sheet}!${item.row},${item.col}`;
    const list = byCell.get(key);
    if (list) list.push(item);
    else byCell.set(key, [item]);
  }
  const cards: IssueItem[] = [];
  byCell.forEach(([head, ...rest]) => {
    cards.push(rest.length === 0 ? head : { ...head, related: rest, cellNote: relationNote(head, rest, lang) });
  });
  return cards.sort(compare);
}

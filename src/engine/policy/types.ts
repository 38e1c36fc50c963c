/**
 * Policy rules: what a plan's text promises about its appendix table, in a form the engine can check.
 * Three kinds, matching the three promises the seed plans make:
 *  - minRate:   each unit's quota is at least R % of its members ("tối thiểu bằng 3% tổng số đảng viên");
 *  - minShare:  a part (youth-union members) makes up at least S % of its whole ("từ 70% trở lên");
 *  - planTotal: a column's allocations add up to the plan's stated total ("mỗi năm kết nạp 240 đảng viên mới").
 * Rules are plain JSON-compatible data: the same shape is read from a --policy file and saved in the
 * workbook's document settings by the task pane.
 */

/**
 * Names a column of a table. `letter` is an explicit sheet column ("E"). `header` lists words that must all
 * appear (diacritics- and case-insensitive) in the column's header path, e.g. ["Năm 2024", "Tổng cộng"];
 * a word may offer alternatives separated by "|" ("tổng cộng|tổng số").
 */
export type ColumnRef = { readonly letter: string } | { readonly header: readonly string[] };

/** Limits a rule to one sheet and/or one table (1-based, top to bottom on the sheet). */
export interface RuleScope {
  readonly sheet?: string;
  readonly table?: number;
}

interface RuleBase {
  /** A short name the user gave the rule; shown in findings. */
  readonly label?: string;
  readonly scope?: RuleScope;
}

/**
 * How the minimum of a minRate rule is rounded to a whole number of members: "up" for "tối thiểu" (at
 * least: 3 % of 7,715 = 231.45 → 232), "nearest" as Excel ROUND does (half away from zero), "none" to
 * compare with the exact product.
 */
export type RateRounding = "up" | "nearest" | "none";

export interface MinRateRule extends RuleBase {
  readonly kind: "minRate";
  readonly quota: ColumnRef;
  readonly members: ColumnRef;
  /** Percent points: 3.5 means 3.5 %. */
  readonly percent: number;
  readonly rounding: RateRounding;
}

/**
 * Where a minShare rule is measured: "table" compares the part column's sum with the whole column's sum
 * over the unit rows (the plan's promise for the year); "row" checks every unit row on its own.
 */
export type ShareBasis = "table" | "row";

export interface MinShareRule extends RuleBase {
  readonly kind: "minShare";
  readonly part: ColumnRef;
  readonly whole: ColumnRef;
  /** Percent points: 70 means 70 %. */
  readonly percent: number;
  readonly per: ShareBasis;
}

/** "equal": the allocations must add up to exactly the plan total; "atLeast": to the plan total or more. */
export type PlanComparison = "equal" | "atLeast";

export interface PlanTotalRule extends RuleBase {
  readonly kind: "planTotal";
  readonly column: ColumnRef;
  readonly total: number;
  readonly comparison: PlanComparison;
}

export type PolicyRule = MinRateRule | MinShareRule | PlanTotalRule;
export type PolicyRuleKind = PolicyRule["kind"];

/**
 * A rule found in text. It is only a proposal: it is shown with the sentence it came from, and checked
 * only when the user (or the --discover flag) passes it to checkPolicies.
 */
export interface FoundRule {
  readonly rule: PolicyRule;
  /** The sentence the rule was read from, as written. */
  readonly sourceText: string;
  /** "high": every number and column comes from the sentence; "medium": the columns are a guess. */
  readonly confidence: "high" | "medium";
}

/** A rule found in a table's captions, with what became of it in one analysis (for the reports and the pane). */
export interface TableFoundRule extends FoundRule {
  /** Checked on this table: applied with --discover, or the same rule is configured, and its columns were found. */
  readonly applied: boolean;
  /** Asked for: --discover, or the same rule is configured (applied is false only if its columns were not found). */
  readonly requested: boolean;
  /** The user's configured rules already hold the same rule (same kind, columns and numbers; label and scope aside). */
  readonly configured: boolean;
}

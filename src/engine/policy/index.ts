/**
 * Policy rules (issue 6): the plan's promises about a quota table — a minimum rate of members, a minimum
 * share of a group, a stated plan total — checked as warnings beside the table's own arithmetic.
 *
 * Wiring: `analysis = policyIssues(grid, analyzeGrid(grid), rules)` gives the same SheetAnalysis with each
 * table's policy findings appended to its issues. Rules come from a --policy file (loadPolicyFile), the
 * pane's document setting (parsePolicyJson) and, only when the user asks, from discoverRules.
 */
import type { Grid } from "../grid";
import type { Issue, SheetAnalysis, TableAnalysis } from "../model";
import { checkRule } from "./check";
import { type ColumnResolution, inScope, resolveColumn } from "./columns";
import { discoverRules } from "./discover";
import { ruleKey } from "./same";
import type { ColumnRef, FoundRule, PolicyRule, TableFoundRule } from "./types";

export type {
  ColumnRef,
  FoundRule,
  MinRateRule,
  MinShareRule,
  PlanComparison,
  PlanTotalRule,
  PolicyRule,
  PolicyRuleKind,
  RateRounding,
  RuleScope,
  ShareBasis,
  TableFoundRule,
} from "./types";
import { pushAll } from "../arrays";
export { ruleKey, sameRule } from "./same";
export { discoverRules } from "./discover";
export { parsePolicyJson, serializePolicy, POLICY_FORMAT_VERSION } from "./parse";
export type { PolicyParseResult, PolicyProblem } from "./parse";
export { minimumQuota, sharePercent } from "./check";
export { resolveColumn } from "./columns";
export type { ColumnResolution } from "./columns";
export { describeRule, describeFoundRule, describeProblem } from "./describe";

/**
 * The policy findings for one table. `tableIndex` is the table's 0-based position on its sheet (rules may
 * be scoped to "table 2"). Rules out of scope, or whose columns this table does not have, give nothing
 * here; ruleStatus says why.
 */
export function checkPolicies(grid: Grid, analysis: TableAnalysis, rules: readonly PolicyRule[], tableIndex = 0): Issue[] {
  const issues: Issue[] = [];
  for (const rule of rules) {
    if (!inScope(rule.scope, analysis.table, tableIndex)) continue;
    pushAll(issues, checkRule(grid, analysis.table, analysis.relations, rule));
  }
  return issues;
}

/** The sheet's analysis with every table's policy findings appended to that table's issues. */
export function policyIssues(grid: Grid, analysis: SheetAnalysis, rules: readonly PolicyRule[]): SheetAnalysis {
  if (rules.length === 0) return analysis;
  return {
    ...analysis,
    tables: analysis.tables.map((t, i) => ({ ...t, issues: [...t.issues, ...checkPolicies(grid, t, rules, i)] })),
  };
}

export interface PolicyOptions {
  /** Rules the user configured (--policy FILE, the pane's settings): always applied. */
  readonly rules?: readonly PolicyRule[];
  /** Also apply the rules found in each table's captions (--discover). Found rules are listed either way. */
  readonly discover?: boolean;
}

export interface PolicyAnalysis {
  readonly analysis: SheetAnalysis;
  /** Per table (same order as analysis.tables): the rules its captions state, for display with their sentences. */
  readonly found: readonly (readonly FoundRule[])[];
}

/**
 * Everything the front ends need in one call: configured rules applied to every table in scope, caption
 * rules found per table and, only with `discover`, applied to the table whose captions state them. Each
 * table also carries its found rules (`foundRules`), marked applied / already configured.
 */
export function analyzePolicies(grid: Grid, analysis: SheetAnalysis, options: PolicyOptions): PolicyAnalysis {
  const found = analysis.tables.map((t) => discoverRules(t.table.captions));
  const configured = options.rules ?? [];
  const tables = analysis.tables.map((t, i) => {
    const all = [
      ...checkPolicies(grid, t, configured, i),
      ...(options.discover ? checkPolicies(grid, t, found[i].map((f) => f.rule), i) : []),
    ];
    // A found rule the user also configured must not report the same cell twice.
    const seen = new Set<string>();
    const extra = all.filter((issue) => {
      const key = `${issue.code}@${issue.row},${issue.col}=${issue.expected}`;
      return !seen.has(key) && !!seen.add(key);
    });
    const foundRules = found[i].map((f) => foundStatus(t, f, configured, options.discover === true, i));
    return { ...t, issues: extra.length === 0 ? t.issues : [...t.issues, ...extra], foundRules };
  });
  return { analysis: { ...analysis, tables }, found };
}

function foundStatus(t: TableAnalysis, f: FoundRule, configured: readonly PolicyRule[], discover: boolean, tableIndex: number): TableFoundRule {
  const key = ruleKey(f.rule);
  const same = configured.filter((r) => ruleKey(r) === key);
  // What was checked: the found rule itself with --discover, else the user's copies of it (their scope counts).
  const checked = discover ? [f.rule] : same;
  const applied = checked.some((r) => ruleStatus(t, r, tableIndex).state === "applied");
  return { ...f, applied, requested: checked.length > 0, configured: same.length > 0 };
}

/** The column references of a rule, by role, in the order the rule names them. */
export function ruleColumns(rule: PolicyRule): { readonly role: string; readonly ref: ColumnRef }[] {
  switch (rule.kind) {
    case "minRate":
      return [
        { role: "quota", ref: rule.quota },
        { role: "members", ref: rule.members },
      ];
    case "minShare":
      return [
        { role: "part", ref: rule.part },
        { role: "whole", ref: rule.whole },
      ];
    case "planTotal":
      return [{ role: "column", ref: rule.column }];
  }
}

export type RuleStatus =
  | { readonly state: "applied"; readonly cols: readonly number[] }
  | { readonly state: "out-of-scope" }
  | { readonly state: "unresolved"; readonly role: string; readonly resolution: Exclude<ColumnResolution, { ok: true }> };

/** Whether a rule applies to a table and, if not, which column could not be found (or was ambiguous). */
export function ruleStatus(analysis: TableAnalysis, rule: PolicyRule, tableIndex = 0): RuleStatus {
  if (!inScope(rule.scope, analysis.table, tableIndex)) return { state: "out-of-scope" };
  const cols: number[] = [];
  for (const { role, ref } of ruleColumns(rule)) {
    const r = resolveColumn(analysis.table, ref, analysis.relations);
    if (!r.ok) return { state: "unresolved", role, resolution: r };
    cols.push(r.col);
  }
  return { state: "applied", cols };
}

/**
 * The pane's rule form ↔ policy rules (issue 6). The form holds what the user typed, as text, so a half-
 * typed rule survives a redraw; formToRule turns it into the same PolicyRule a policy file gives, or says
 * which field is wrong. Pure: tested without a DOM.
 *
 * A column is typed as header words separated by "/" ("Năm 2024 / Tổng cộng", each word may offer
 * alternatives with "|") or as a sheet column letter ("E", or "cột e" / "column e" in any case). Numbers
 * are typed the Vietnamese or the English way ("3,5" or "3.5"; "6.095", "6,095" or "6095").
 */
import type { ColumnRef, PlanComparison, PolicyRule, PolicyRuleKind, RateRounding, RuleScope, ShareBasis } from "../engine/policy/index";
import type { Lang } from "../i18n/index";

export type RuleFormField = "first" | "second" | "amount" | "option";

export interface RuleForm {
  readonly kind: PolicyRuleKind;
  readonly label: string;
  /** minRate: the quota column; minShare: the part column; planTotal: the column to add up. */
  readonly first: string;
  /** minRate: the members column; minShare: the whole column; unused by planTotal. */
  readonly second: string;
  /** minRate / minShare: the percent; planTotal: the plan total. */
  readonly amount: string;
  /** minRate: rounding; minShare: per table or row; planTotal: equal or at least. */
  readonly option: string;
  /** Kept from the rule being edited (the form has no scope fields), so editing never widens a rule. */
  readonly scope?: RuleScope;
}

export interface RuleFormError {
  readonly field: RuleFormField;
  /** A "pane.rules.error.*" catalogue key. */
  readonly key: string;
}

export type RuleFormResult = { readonly ok: true; readonly rule: PolicyRule } | { readonly ok: false; readonly errors: readonly RuleFormError[] };

/** Each kind's option values, the default first. */
export const RULE_OPTIONS: { readonly [K in PolicyRuleKind]: readonly string[] } = {
  minRate: ["up", "nearest", "none"],
  minShare: ["table", "row"],
  planTotal: ["equal", "atLeast"],
};

export const RULE_KINDS: readonly PolicyRuleKind[] = ["planTotal", "minShare", "minRate"];

export function emptyRuleForm(kind: PolicyRuleKind = "planTotal"): RuleForm {
  return { kind, label: "", first: "", second: "", amount: "", option: RULE_OPTIONS[kind][0] };
}

/** The same form for another kind: what was typed is kept, an option the new kind lacks is reset. */
export function switchKind(form: RuleForm, kind: PolicyRuleKind): RuleForm {
  const option = RULE_OPTIONS[kind].indexOf(form.option) >= 0 ? form.option : RULE_OPTIONS[kind][0];
  return { ...form, kind, option };
}

const LETTER = /^[A-Z]{1,3}$/;
const NAMED_LETTER = /^(?:cột|cot|column|col)\s+([a-z]{1,3})$/i;

/** A typed column: a letter, or header words; undefined when nothing usable was typed. */
export function parseColumnText(text: string): ColumnRef | undefined {
  const s = text.replace(/\s+/g, " ").trim();
  if (s === "") return undefined;
  if (LETTER.test(s)) return { letter: s };
  const named = NAMED_LETTER.exec(s);
  if (named) return { letter: named[1].toUpperCase() };
  const header = s
    .split("/")
    .map((w) =>
      w
        .split("|")
        .map((a) => a.trim())
        .filter((a) => a !== "")
        .join("|"),
    )
    .filter((w) => w !== "");
  return header.length > 0 ? { header } : undefined;
}

export function columnText(ref: ColumnRef): string {
  return "letter" in ref ? ref.letter : ref.header.join(" / ");
}

/** "3,5", "3.5", "3,5 %" → 3.5. */
export function parsePercentText(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0]+/g, "").replace(/%$/, "");
  if (!/^\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(",", "."));
}

/** A whole number of members: "240", "6.095", "6,095", "6 095". */
export function parseCountText(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0]+/g, "");
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ""));
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

function percentText(n: number, lang: Lang): string {
  return lang === "vi" ? String(n).replace(".", ",") : String(n);
}

export function ruleToForm(rule: PolicyRule, lang: Lang): RuleForm {
  const base = { kind: rule.kind, label: rule.label ?? "", ...(rule.scope ? { scope: rule.scope } : {}) };
  switch (rule.kind) {
    case "minRate":
      return { ...base, first: columnText(rule.quota), second: columnText(rule.members), amount: percentText(rule.percent, lang), option: rule.rounding };
    case "minShare":
      return { ...base, first: columnText(rule.part), second: columnText(rule.whole), amount: percentText(rule.percent, lang), option: rule.per };
    case "planTotal":
      return { ...base, first: columnText(rule.column), second: "", amount: String(rule.total), option: rule.comparison };
  }
}

export function formToRule(form: RuleForm): RuleFormResult {
  const errors: RuleFormError[] = [];
  const first = parseColumnText(form.first);
  if (!first) errors.push({ field: "first", key: "pane.rules.error.column" });
  const second = form.kind === "planTotal" ? undefined : parseColumnText(form.second);
  if (form.kind !== "planTotal" && !second) errors.push({ field: "second", key: "pane.rules.error.column" });
  let amount: number | undefined;
  if (form.kind === "planTotal") {
    amount = parseCountText(form.amount);
    if (amount === undefined) errors.push({ field: "amount", key: "pane.rules.error.total" });
  } else {
    amount = parsePercentText(form.amount);
    if (amount === undefined || amount <= 0 || amount > 100) errors.push({ field: "amount", key: "pane.rules.error.percent" });
  }
  if (RULE_OPTIONS[form.kind].indexOf(form.option) < 0) errors.push({ field: "option", key: "pane.rules.error.option" });
  if (errors.length > 0 || !first || amount === undefined) return { ok: false, errors };

  const label = form.label.trim();
  const base = { ...(label !== "" ? { label } : {}), ...(form.scope ? { scope: form.scope } : {}) };
  switch (form.kind) {
    case "minRate":
      return { ok: true, rule: { kind: "minRate", ...base, quota: first, members: second as ColumnRef, percent: amount, rounding: form.option as RateRounding } };
    case "minShare":
      return { ok: true, rule: { kind: "minShare", ...base, part: first, whole: second as ColumnRef, percent: amount, per: form.option as ShareBasis } };
    case "planTotal":
      return { ok: true, rule: { kind: "planTotal", ...base, column: first, total: amount, comparison: form.option as PlanComparison } };
  }
}

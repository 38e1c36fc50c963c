/** The saved rule list after each edit the "Quy định" section offers. Pure: the controller persists the result. */
import { sameRule, type PolicyRule } from "../engine/policy/index";
import type { Lang } from "../i18n/index";
import { emptyRuleForm, ruleToForm, type RuleForm } from "./rule-form";

/** The form for a new rule (no index, or one that is not there) or for saved rule `index`. */
export function formFor(rules: readonly PolicyRule[], index: number | undefined, lang: Lang): { readonly index: number | null; readonly form: RuleForm } {
  const rule = index === undefined ? undefined : rules[index];
  return rule ? { index: index as number, form: ruleToForm(rule, lang) } : { index: null, form: emptyRuleForm() };
}

/** `rule` saved from the form: in place of the rule edited (`index`), else added at the end. */
export function withSavedRule(rules: readonly PolicyRule[], index: number | null, rule: PolicyRule): PolicyRule[] {
  const next = rules.slice();
  if (index !== null && index >= 0 && index < next.length) next[index] = rule;
  else next.push(rule);
  return next;
}

/** The list without rule `index`; undefined when there is no such rule. */
export function withoutRule(rules: readonly PolicyRule[], index: number): PolicyRule[] | undefined {
  return index >= 0 && index < rules.length ? rules.filter((_, i) => i !== index) : undefined;
}

/** The list with a rule found in the captions added; undefined when the same rule is saved already. */
export function withAdoptedRule(rules: readonly PolicyRule[], rule: PolicyRule): PolicyRule[] | undefined {
  return rules.some((r) => sameRule(r, rule)) ? undefined : [...rules, rule];
}

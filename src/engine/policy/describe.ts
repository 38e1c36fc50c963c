/**
 * Policy rules and problems in words, for the pane's rule list, the found-rule display and the command
 * line. All text comes from the "policy.*" keys of the message catalogue.
 */
import { type Lang, t } from "../../i18n/index";
import type { FoundRule } from "./types";
import type { PolicyProblem } from "./parse";
import type { ColumnRef, PolicyRule } from "./types";

function describeColumn(ref: ColumnRef, lang: Lang): string {
  if ("letter" in ref) return t("policy.column.letter", lang, { letter: ref.letter });
  const or = ` ${t("policy.word.or", lang)} `;
  const words = ref.header.map((w) => w.split("|").map((a) => a.trim()).join(or)).join(" / ");
  return t("policy.column.header", lang, { words });
}

function describeScope(rule: PolicyRule, lang: Lang): string {
  const s = rule.scope;
  if (!s) return "";
  if (s.sheet !== undefined && s.table !== undefined) return t("policy.scope.sheetTable", lang, { sheet: s.sheet, table: s.table });
  if (s.sheet !== undefined) return t("policy.scope.sheet", lang, { sheet: s.sheet });
  if (s.table !== undefined) return t("policy.scope.table", lang, { table: s.table });
  return "";
}

/** One line that says what a rule requires: "Cột “Năm 2024” cộng lại bằng 240". */
export function describeRule(rule: PolicyRule, lang: Lang): string {
  let text: string;
  switch (rule.kind) {
    case "minRate":
      text = t("policy.rule.minRate", lang, {
        quota: describeColumn(rule.quota, lang),
        members: describeColumn(rule.members, lang),
        percent: rule.percent,
        rounding: t(`policy.rounding.${rule.rounding}`, lang),
      });
      break;
    case "minShare":
      text = t(`policy.rule.minShare.${rule.per}`, lang, {
        part: describeColumn(rule.part, lang),
        whole: describeColumn(rule.whole, lang),
        percent: rule.percent,
      });
      break;
    case "planTotal":
      text = t(`policy.rule.planTotal.${rule.comparison}`, lang, { column: describeColumn(rule.column, lang), total: rule.total });
      break;
  }
  const label = rule.label ? `${rule.label}: ` : "";
  return `${label}${text}${describeScope(rule, lang)}`;
}

/** A found rule as shown to the user: what it requires, how sure the reading is, and the sentence. */
export function describeFoundRule(found: FoundRule, lang: Lang): string {
  return t("policy.found", lang, {
    rule: describeRule(found.rule, lang),
    confidence: t(`policy.confidence.${found.confidence}`, lang),
    source: found.sourceText,
  });
}

/** A policy file problem as a message naming the bad field: "rules[1].percent: phải là một số". */
export function describeProblem(problem: PolicyProblem, lang: Lang): string {
  return t(problem.key, lang, problem.params);
}

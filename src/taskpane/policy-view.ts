/**
 * What the pane's "Quy định" section lists (issue 6): the saved rules in words, and the rules found in
 * each table's captions with the sentence they came from and whether they are saved already. Pure.
 */
import { a1Range } from "../engine/grid";
import type { SheetAnalysis } from "../engine/model";
import { describeRule, type PolicyRule } from "../engine/policy/index";
import { t, type Lang } from "../i18n/index";

export interface SavedRuleItem {
  readonly index: number;
  readonly text: string;
}

export interface FoundRuleItem {
  /** "table/index" within one analysis: what "Thêm vào quy định" names. */
  readonly key: string;
  readonly table: string;
  readonly text: string;
  /** "theo câu: “…”". */
  readonly source: string;
  readonly confidence: string;
  /** Already among the saved rules: shown as such, not offered again. */
  readonly saved: boolean;
  readonly applied: boolean;
}

export function savedRuleItems(rules: readonly PolicyRule[], lang: Lang): SavedRuleItem[] {
  return rules.map((rule, index) => ({ index, text: describeRule(rule, lang) }));
}

export function foundRuleItems(analysis: SheetAnalysis | undefined, lang: Lang): FoundRuleItem[] {
  const items: FoundRuleItem[] = [];
  (analysis?.tables ?? []).forEach((ta, ti) => {
    const table = t("pane.table.title", lang, { range: a1Range(ta.table.top, ta.table.left, ta.table.bottom, ta.table.right) });
    (ta.foundRules ?? []).forEach((f, i) => {
      items.push({
        key: `${ti}/${i}`,
        table,
        text: describeRule(f.rule, lang),
        source: t("policy.found.source", lang, { source: f.sourceText }),
        confidence: t(`policy.confidence.${f.confidence}`, lang),
        saved: f.configured,
        applied: f.applied,
      });
    });
  });
  return items;
}

/** The found rule a "key" of foundRuleItems names. */
export function foundRuleAt(analysis: SheetAnalysis | undefined, key: string): PolicyRule | undefined {
  const [ti, i] = key.split("/").map(Number);
  return analysis?.tables[ti]?.foundRules?.[i]?.rule;
}

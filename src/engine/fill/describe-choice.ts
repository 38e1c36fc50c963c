/**
 * A fill choice in words (issue 10), the same sentence in `quota-check fix` and the pane's preview:
 * what the plan did at a finding whose cause may be another cell, why, and the other repairs.
 */
import { a1 } from "../grid";
import type { FillChoice, FillOption } from "../plan";
import { t, type Lang } from "../../i18n/index";

export function optionText(o: FillOption, lang: Lang): string {
  const cell = a1(o.row, o.col);
  if (o.kind === "recompute") return t("fill.choice.recompute", lang, { cell, value: o.value });
  return t("fill.choice.option", lang, { cell, value: o.value, kind: t(`cause.kind.${o.kind}`, lang) });
}

export function choiceSentence(choice: FillChoice, lang: Lang): string {
  const chosen = choice.options[choice.chosen];
  const others = choice.options.filter((_, i) => i !== choice.chosen).map((o) => optionText(o, lang)).join("; ");
  const recompute = choice.options.find((o) => o.kind === "recompute");
  const typed = recompute?.typed;
  return t(`fill.choice.${choice.by}`, lang, {
    cell: a1(choice.row, choice.col),
    typed: typed === undefined ? "" : typed,
    option: chosen ? optionText(chosen, lang) : "",
    others,
  });
}

/** "E18=235": how `--pick` names an option. */
export function pickText(o: FillOption): string {
  return `${a1(o.row, o.col)}=${o.value}`;
}

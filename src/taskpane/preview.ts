/**
 * The preview of a fill: every cell the plan writes, old → new, so nothing is written unseen. Pure.
 */
import { a1, isCellError, type CellValue } from "../engine/grid";
import type { CellState, EditPlan } from "../engine/plan";
import { formatNumber, t, type Lang } from "../i18n/index";
import { choiceSentence, optionText } from "../engine/fill/describe-choice";

export interface PreviewLine {
  readonly address: string;
  readonly before: string;
  readonly after: string;
  /** The formula written, where one is. */
  readonly formula?: string;
  readonly reason: string;
  readonly changesDisplayedValue: boolean;
}

function showValue(v: CellValue, lang: Lang): string {
  if (v === null || v === "") return t("pane.blank", lang);
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return formatNumber(v, lang, 4);
  return String(v);
}

function showState(s: CellState, lang: Lang): string {
  return showValue(s.value, lang);
}

export function previewLines(plan: EditPlan, lang: Lang): PreviewLine[] {
  return plan.edits.map((e) => ({
    address: a1(e.row, e.col),
    before: showState(e.before, lang),
    after: showState(e.after, lang),
    formula: e.after.formula ?? undefined,
    reason: t(`pane.reason.${e.reason}`, lang),
    changesDisplayedValue: e.changesDisplayedValue,
  }));
}

/** A finding whose cause may be another cell (issue 10): what the plan does there and the repairs to pick from. */
export interface PreviewChoice {
  readonly text: string;
  /** True while nothing is written for it: the user must pick. */
  readonly waiting: boolean;
  readonly options: readonly { readonly label: string; readonly chosen: boolean }[];
}

export function previewChoices(plan: EditPlan, lang: Lang): PreviewChoice[] {
  return (plan.choices ?? []).map((c) => ({
    text: choiceSentence(c, lang),
    waiting: c.chosen < 0,
    options: c.options.map((o, i) => ({ label: optionText(o, lang), chosen: i === c.chosen })),
  }));
}

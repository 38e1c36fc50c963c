/**
 * The preview of a fill: every cell the plan writes, old → new, so nothing is written unseen. Pure.
 */
import { a1, isCellError, type CellValue } from "../engine/grid";
import type { CellState, EditPlan } from "../engine/plan";
import { formatNumber, t, type Lang } from "../i18n/index";

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

/**
 * The printed plan of `quota-check fix`. Cells whose displayed value changes get a line each
 * ("C60 *: 280 → =SUM(C6:C59) = 281"); cells that only turn a right constant into a formula are grouped
 * per column ("G6:G59 (54): …"), unless --verbose asks for every cell.
 */
import { a1 } from "../engine/grid";
import type { CellValue } from "../engine/grid";
import type { CellEdit, CellState, EditPlan } from "../engine/plan";
import { type Lang, formatNumber, t } from "../i18n";
import { choiceSentence, pickText } from "../engine/fill/describe-choice";
import { pushAll } from "../engine/arrays";

function showValue(v: CellValue, lang: Lang): string {
  if (v === null || v === "") return t("fill.cli.blank", lang);
  if (typeof v === "number") return formatNumber(v, lang, 4);
  if (typeof v === "object") return v.error;
  return String(v);
}

function showState(s: CellState, lang: Lang, withFormula: boolean): string {
  if (withFormula && s.formula) return `${s.formula} = ${showValue(s.value, lang)}`;
  return s.formula ? `${s.formula} (${showValue(s.value, lang)})` : showValue(s.value, lang);
}

function editLine(e: CellEdit, lang: Lang): string {
  return t("fill.cli.editLine", lang, {
    cell: a1(e.row, e.col) + (e.changesDisplayedValue ? " *" : ""),
    before: showState(e.before, lang, false),
    after: showState(e.after, lang, true),
    reason: t(`fill.reason.${e.reason}`, lang),
  });
}

function groupLine(range: string, g: readonly CellEdit[], lang: Lang): string {
  const key = g[0].reason === "number" ? "fill.cli.groupLineNumber" : "fill.cli.groupLine";
  return t(key, lang, { range, count: g.length, reason: t(`fill.reason.${g[0].reason}`, lang) });
}

/** Same-value edits of one column and reason as row runs: "G6:G59", "D10:D25, D29:D48". */
function groupLines(edits: readonly CellEdit[], lang: Lang): string[] {
  const groups = new Map<string, CellEdit[]>();
  for (const e of edits) {
    const k = `${e.reason}|${e.col}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  // A total row's cells are one per column: list them together ("D60, E60, F60").
  const singles = [...groups.values()].filter((g) => g.length === 1).map((g) => g[0]);
  const lines: string[] = [];
  const byRow = new Map<string, CellEdit[]>();
  for (const e of singles) byRow.set(`${e.reason}|${e.row}`, [...(byRow.get(`${e.reason}|${e.row}`) ?? []), e]);
  for (const g of byRow.values()) {
    const range = g.map((e) => a1(e.row, e.col)).join(", ");
    lines.push(groupLine(range, g, lang));
  }
  return lines.concat([...groups.values()].filter((g) => g.length > 1).map((g) => {
    const rows = g.map((e) => e.row).sort((x, y) => x - y);
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    const col = g[0].col;
    const range = runs.map(([a, b]) => (a === b ? a1(a, col) : `${a1(a, col)}:${a1(b, col)}`)).join(", ");
    return groupLine(range, g, lang);
  }));
}

/** A cell the fill creates (blank before): a new total row, a new column. */
export function isNewCell(e: CellEdit): boolean {
  return (e.before.value === null || e.before.value === "") && e.before.formula === null;
}

/** New cells down one column (a new shortfall or status column) are shown as one line with an example. */
function newColumnGroups(edits: readonly CellEdit[]): CellEdit[][] {
  const byCol = new Map<string, CellEdit[]>();
  for (const e of edits) byCol.set(`${e.reason}|${e.col}`, [...(byCol.get(`${e.reason}|${e.col}`) ?? []), e]);
  return [...byCol.values()].filter((g) => g.length > 2).map((g) => [...g].sort((x, y) => x.row - y.row));
}

/** What the fix did where a finding's likely cause is another cell, and what else it could do (issue 10). */
function choiceLines(plans: readonly EditPlan[], lang: Lang): string[] {
  const choices = plans.flatMap((p) => p.choices ?? []);
  if (choices.length === 0) return [];
  const lines = [t("fill.cli.choicesHeader", lang), ...choices.map((c) => `  ${choiceSentence(c, lang)}`)];
  const waiting = choices.find((c) => c.chosen < 0);
  // The recompute option is the one every finding has: the example that always applies.
  if (waiting) lines.push(t("fill.cli.pickHint", lang, { example: pickText(waiting.options[waiting.options.length - 1]) }));
  return lines;
}

export function formatPlan(plans: readonly EditPlan[], lang: Lang, verbose = false): string {
  const lines: string[] = [];
  let count = 0;
  let changed = 0;
  for (const plan of plans) {
    // Style-only cells of a new row or column (blank before and after) are not worth a line.
    const shown = plan.edits.filter((e) => e.after.value !== null || e.after.formula !== null || e.before.value !== null);
    if (shown.length === 0 && plan.addMerges.length === 0) continue;
    lines.push(t("fill.cli.sheetHeader", lang, { sheet: plan.sheet, count: shown.length }));
    const same = shown.filter((e) => !e.changesDisplayedValue && !isNewCell(e));
    const added = newColumnGroups(shown.filter(isNewCell));
    const individual = verbose ? shown : shown.filter((e) => !same.includes(e) && !added.some((g) => g.includes(e)));
    pushAll(lines, individual.map((e) => editLine(e, lang)));
    if (!verbose) {
      for (const g of added) {
        lines.push(t("fill.cli.newGroupLine", lang, { range: `${a1(g[0].row, g[0].col)}:${a1(g[g.length - 1].row, g[0].col)}`, count: g.length, example: editLine(g[0], lang).trim() }));
      }
      pushAll(lines, groupLines(same, lang));
    }
    for (const m of plan.addMerges) lines.push(t("fill.cli.mergeLine", lang, { range: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}` }));
    count += shown.length;
    changed += plan.edits.filter((e) => e.changesDisplayedValue).length;
  }
  lines.push(count === 0 ? t("fill.cli.nothing", lang) : t("fill.cli.summary", lang, { count, changed }));
  lines.push(...choiceLines(plans, lang));
  return lines.join("\n");
}

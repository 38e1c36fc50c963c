/**
 * What the fill adds to a table: a "Tổng cộng" row under a table that has none, and on request a
 * "Còn thiếu" (shortfall) column and a status column on its right. New cells take the number format and
 * style of their neighbours (the last unit row, the rightmost column) so the table still looks like one.
 */
import { t } from "../../i18n";
import { type MergedArea, a1, mergeAt } from "../grid";
import type { Relation, Table } from "../model";
import type { NewCellStyle, PlanBuilder } from "./builder";
import { isSameFormula } from "./equivalent";
import { type StatusWords, statusFormula } from "./formulas";
import { planPercent, planShortfall } from "./rates";
import { numberRows } from "./rows";
import { planColumnTotal, planShortfallTotals } from "./sums";
import { arithmeticValue, isBlank } from "./working";
import { maxOf, minOf } from "../arrays";

const SUMMED_ROLES = new Set(["count", "number"]);

function rowIsEmpty(b: PlanBuilder, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!b.work.isEmpty(row, c)) return false;
  return true;
}

/** Adds the missing total row; returns its row, or null when the table has one or there is no room. */
export function planMissingTotalRow(b: PlanBuilder, table: Table, relations: readonly Relation[]): number | null {
  if (!b.options.addMissingTotal || table.shape !== "units" || table.totalRows.length > 0 || table.dataRows.length === 0) return null;
  const row = table.bottom + 1;
  if (!rowIsEmpty(b, row, table.left, table.right)) return null;
  const last = maxOf(table.dataRows);
  const style: NewCellStyle = (r, c) => (r === row ? { numberFormat: b.work.numberFormat(last, c), styleFrom: { row: last, col: c } } : undefined);
  // "Tổng cộng" goes where users put it: from the STT column across the unit-name column(s), merged.
  const labelRight = table.labelCols.length > 0 ? maxOf(table.labelCols) : table.left + 1;
  const labelCol = table.sttCol ?? (table.labelCols.length > 0 ? minOf(table.labelCols) : table.left);
  b.plan({ row, col: labelCol, reason: "total", formula: null, value: t("fill.cell.totalLabel", b.options.lang), ...style(row, labelCol) });
  if (b.wanted(row, labelCol)) b.addMerge({ top: row, bottom: row, left: labelCol, right: labelRight });

  // A shortfall column is summed like the counts (its unit rows are planned before this row).
  const percentCols = new Set(relations.flatMap((r) => (r.kind === "percent" || r.kind === "share" ? [r.col] : [])));
  const summed = table.columns
    .filter((c) => SUMMED_ROLES.has(c.role) && !percentCols.has(c.col) && !table.labelCols.includes(c.col) && c.col !== table.sttCol)
    .map((c) => c.col);
  const groupMembers = new Set(table.subtotals.flatMap((g) => g.members));
  const rows = [...table.subtotals.map((g) => g.row), ...table.dataRows.filter((r) => !groupMembers.has(r))].sort((x, y) => x - y);
  planColumnTotal(b, table, { kind: "column-total", row, rows, cols: summed }, [row], style);
  for (const rel of relations) if (rel.kind === "percent") planPercent(b, table, rel, [row], style);
  if (b.wanted(row, labelCol)) {
    // The rest of the row (STT, text columns, columns without numbers) gets the row's borders and format.
    for (let c = table.left; c <= table.right; c++) {
      if (!b.isPlanned(row, c)) b.plan({ row, col: c, reason: "total", formula: null, value: null, ...style(row, c) });
    }
  }
  return row;
}

/** The header band's rows for one header (the first band, or a band repeated after a page break). */
function headerBands(table: Table): { top: number; bottom: number; numbering: number | null }[] {
  const height = table.headerBottom - table.headerTop + 1;
  const numberingOffset = table.numberingRow !== null ? table.numberingRow - table.headerTop : null;
  const tops = [table.headerTop];
  const repeated = [...table.repeatedHeaderRows].sort((x, y) => x - y);
  repeated.forEach((r, i) => {
    if (i === 0 || repeated[i - 1] !== r - 1) tops.push(r);
  });
  return tops.map((top) => {
    let bottom = top;
    while (bottom + 1 < top + height && (top === table.headerTop || repeated.includes(bottom + 1))) bottom++;
    const numbering = numberingOffset !== null && top + numberingOffset <= bottom ? top + numberingOffset : null;
    return { top, bottom, numbering };
  });
}

/** A new column's header: text on top, merged down the band like its neighbour's, numbering continued. */
function planHeaderColumn(b: PlanBuilder, table: Table, col: number, offset: number, text: string): void {
  const neighbour = table.right;
  for (const band of headerBands(table)) {
    const titleBottom = band.numbering !== null ? band.numbering - 1 : band.bottom;
    const leaf = mergeAt(b.grid, titleBottom, neighbour);
    const headerStyle = { row: leaf ? leaf.top : titleBottom, col: leaf ? leaf.left : neighbour };
    for (let r = band.top; r <= titleBottom; r++) {
      b.plan({
        row: r,
        col,
        reason: "header",
        formula: null,
        value: r === band.top ? text : null,
        numberFormat: b.work.numberFormat(headerStyle.row, headerStyle.col),
        styleFrom: headerStyle,
      });
    }
    b.addMerge({ top: band.top, bottom: titleBottom, left: col, right: col } satisfies MergedArea);
    if (band.numbering !== null) {
      const n = b.work.value(band.numbering, neighbour);
      b.plan({
        row: band.numbering,
        col,
        reason: "header",
        formula: null,
        value: typeof n === "number" ? n + offset : null,
        numberFormat: b.work.numberFormat(band.numbering, neighbour),
        styleFrom: { row: band.numbering, col: neighbour },
      });
    }
  }
}

function statusValue(target: number, achieved: number, words: StatusWords): string {
  if (target === 0) return "";
  if (achieved > target) return words.exceeded;
  return achieved === target ? words.met : words.behind;
}

/** Còn thiếu and Đánh giá columns right of the table, from its first percent relation (target = denominator). */
export function planShortfallColumns(b: PlanBuilder, table: Table, relations: readonly Relation[], extraTotals: readonly number[]): void {
  if (!b.options.addShortfall || relations.some((r) => r.kind === "shortfall")) return;
  const rate = relations.find((r): r is Extract<Relation, { kind: "percent" }> => r.kind === "percent");
  if (!rate) return;
  const [shortCol, statusCol] = [table.right + 1, table.right + 2];
  const bottom = Math.max(table.bottom, ...extraTotals);
  for (let r = table.headerTop; r <= bottom; r++) if (!b.work.isEmpty(r, shortCol) || !b.work.isEmpty(r, statusCol)) return;

  const lang = b.options.lang;
  planHeaderColumn(b, table, shortCol, 1, t("fill.cell.shortfallHeader", lang));
  planHeaderColumn(b, table, statusCol, 2, t("fill.cell.statusHeader", lang));
  const style: NewCellStyle = (r) => ({ numberFormat: b.work.numberFormat(r, rate.denominator), styleFrom: { row: r, col: table.right } });
  const shortfall = { kind: "shortfall", col: shortCol, target: rate.denominator, achieved: rate.numerator } as const;
  planShortfall(b, shortfall, table.dataRows, style);
  planShortfallTotals(b, table, shortfall, extraTotals, style);

  const words: StatusWords = {
    met: t("fill.cell.statusMet", lang),
    exceeded: t("fill.cell.statusExceeded", lang),
    behind: t("fill.cell.statusBehind", lang),
  };
  for (const row of numberRows(table, extraTotals)) {
    const tV = b.work.value(row, rate.denominator);
    const aV = b.work.value(row, rate.numerator);
    const target = arithmeticValue(tV);
    const achieved = arithmeticValue(aV);
    if ((isBlank(tV) && isBlank(aV)) || target === undefined || achieved === undefined) continue;
    const formula = statusFormula(a1(row, rate.denominator), a1(row, rate.numerator), words, b.options.functions);
    b.plan({
      row,
      col: statusCol,
      reason: "status",
      formula,
      value: statusValue(target, achieved, words),
      alreadyRight: (f) => isSameFormula(f, formula),
      numberFormat: null,
      styleFrom: { row, col: table.right },
    });
  }
}

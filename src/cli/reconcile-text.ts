/**
 * The readable lines of a table's reconciliation (issue 11): the reference, the columns compared and
 * every name pairing made, doubtful ones marked as not used, so that the user can see what was compared
 * with what.
 */
import { t, type Lang } from "../i18n/index";
import type { ReportTable } from "../engine/report";

export function reconciliationLines(table: ReportTable, lang: Lang, indent = "      "): string[] {
  const r = table.reconciliation;
  if (!r) return [];
  const pairings = table.pairings ?? [];
  const lines = [`${indent}${t("reconcile.report.heading", lang, { reference: r.reference, count: pairings.length })}`];
  lines.push(
    `${indent}  ${
      r.columns.length > 0
        ? t("reconcile.report.columns", lang, { columns: r.columns.map((c) => `${c.col} "${c.header}" = ${c.referenceCol} "${c.referenceHeader}"`).join("; ") })
        : t("reconcile.report.noColumns", lang)
    }`,
  );
  for (const pair of r.unresolved) lines.push(`${indent}  ${t("reconcile.report.unresolved", lang, { pair })}`);
  for (const p of pairings) {
    lines.push(
      `${indent}  ${t("reconcile.report.pairing", lang, {
        row: String(p.row),
        unit: p.unit,
        referenceRow: String(p.referenceRow),
        reference: p.reference,
        match: t(`reconcile.match.${p.match}`, lang),
      })}`,
    );
  }
  return lines;
}

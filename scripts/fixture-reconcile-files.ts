/** Writes issue 11's fixture workbooks (layouts in fixture-reconcile.ts) into test/fixtures and samples/. */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { SeedTables } from "./fixture-seeds";
import { consolidateSummaryWorkbook, consolidateUnitWorkbook, reconcileResultsSheet } from "./fixture-reconcile";
import { CONSOLIDATE, RECONCILE } from "../test/helpers/fixture-reconcile-layout";
import { SEED_000 } from "../test/helpers/fixture-layout";

export async function buildReconcileFixtures(
  fixtures: string,
  samples: string,
  seeds: SeedTables,
  newWorkbook: () => ExcelJS.Workbook,
  seed000: () => Promise<ExcelJS.Workbook>,
): Promise<void> {
  const dir = path.join(fixtures, RECONCILE.dir);
  fs.mkdirSync(dir, { recursive: true });
  const report = newWorkbook();
  reconcileResultsSheet(report.addWorksheet(RECONCILE.report.sheet), seeds);
  await report.xlsx.writeFile(path.join(dir, `${RECONCILE.report.file}.xlsx`));
  // The same report as a sample: the README's --reference example checks it against samples/hung-yen-kl733.xlsx.
  await report.xlsx.writeFile(path.join(samples, "hung-yen-ket-qua-2024.xlsx"));

  // One workbook: the report first, then the quotas it answers to on their own sheet.
  const both = await seed000();
  both.getWorksheet(SEED_000.sheet)!.name = RECONCILE.sameWorkbook.referenceSheet;
  reconcileResultsSheet(both.addWorksheet(RECONCILE.report.sheet), seeds);
  await both.xlsx.writeFile(path.join(dir, `${RECONCILE.sameWorkbook.file}.xlsx`));

  const cdir = path.join(fixtures, CONSOLIDATE.dir);
  const sdir = path.join(samples, CONSOLIDATE.sampleDir);
  fs.mkdirSync(cdir, { recursive: true });
  fs.mkdirSync(sdir, { recursive: true });
  for (const u of CONSOLIDATE.units) {
    const wb = newWorkbook();
    consolidateUnitWorkbook(wb, seeds, u);
    await wb.xlsx.writeFile(path.join(cdir, u.file));
    await wb.xlsx.writeFile(path.join(sdir, u.file));
  }
  const summary = newWorkbook();
  consolidateSummaryWorkbook(summary, seeds);
  await summary.xlsx.writeFile(path.join(cdir, CONSOLIDATE.summary.file));
}

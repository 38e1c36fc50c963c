/**
 * Builds test/fixtures/*.xlsx and samples/*.xlsx from the published seed tables in ../shared/seeds.
 * The output is committed so CI never needs ../shared; rerun after changing the layout:
 *
 *   npm run build:fixtures
 *
 * (compiles this script with tsc into build/fixtures-script and runs it with node).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSeedTables, type SeedTables } from "./fixture-seeds";
import { seed000Sheet, seed001Notes, seed001Sheet, seed004Sheet, type NumberStorage } from "./fixture-sheets";
import { buildBadFixtures, buildFormulasFixture } from "./fixture-extras";
import { buildBreakdownFixtures } from "./fixture-breakdowns-build";
import { SEED_000, SEED_001, SEED_004 } from "../test/helpers/fixture-layout";
import { buildReconcileFixtures } from "./fixture-reconcile-files";

/** The repository root: this file runs from build/fixtures-script/scripts/. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the repository root (package.json)");
    dir = up;
  }
  return dir;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "QuotaCheck fixtures";
  // A fixed date keeps the document properties stable from one build to the next.
  wb.created = new Date(Date.UTC(2024, 2, 6));
  wb.modified = wb.created;
  return wb;
}

async function seedWorkbook(seeds: SeedTables, which: "000" | "001" | "004", storage: NumberStorage): Promise<ExcelJS.Workbook> {
  const wb = newWorkbook();
  if (which === "000") seed000Sheet(wb.addWorksheet(SEED_000.sheet), seeds, storage);
  if (which === "001") {
    seed001Sheet(wb.addWorksheet(SEED_001.sheet), seeds, storage);
    seed001Notes(wb.addWorksheet(SEED_001.notesSheet));
  }
  if (which === "004") seed004Sheet(wb.addWorksheet(SEED_004.sheet), seeds, storage);
  return wb;
}

/**
 * The plan's own sentence, as Kế hoạch 104-KH/ĐUK (seed 004, section "1. Chỉ tiêu") states it. The Bình Định
 * sample carries it as a caption line above the table, so `--discover` has a rule to show (issue 13); the
 * fixture seed-004.xlsx keeps the table as published, without it.
 */
const SEED_004_STATED_RULE =
  "Chỉ tiêu: Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240 đảng viên mới. Trong đó, tỷ lệ đảng viên mới là đoàn viên thanh niên phần đầu đạt từ 70% trở lên.";

function withStatedRule(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.getWorksheet(SEED_004.sheet);
  if (!ws) throw new Error(`seed 004 has no sheet ${SEED_004.sheet}`);
  // The blank line between "(Kèm theo Kế hoạch …)" and the header band (Excel row 6), left-aligned as a body line.
  const cell = ws.getCell(6, 1);
  cell.value = SEED_004_STATED_RULE;
  cell.font = { italic: true };
  return wb;
}

/** The sample files users try first (ASCII-safe names), the same workbooks as the base fixtures. */
const SAMPLES: Record<"000" | "001" | "004", string> = {
  "000": "hung-yen-kl733.xlsx",
  "001": "vinh-bao-9-thang-2023.xlsx",
  "004": "binh-dinh-kh104.xlsx",
};

async function main(): Promise<void> {
  const root = repoRoot();
  const seedDir = path.resolve(root, "..", "shared", "seeds");
  const fixtures = path.join(root, "test", "fixtures");
  const samples = path.join(root, "samples");
  fs.mkdirSync(fixtures, { recursive: true });
  fs.mkdirSync(samples, { recursive: true });
  const seeds = readSeedTables(seedDir);

  for (const which of ["000", "001", "004"] as const) {
    const base = await seedWorkbook(seeds, which, "number");
    await base.xlsx.writeFile(path.join(fixtures, `seed-${which}.xlsx`));
    const sample = which === "004" ? withStatedRule(await seedWorkbook(seeds, which, "number")) : base;
    await sample.xlsx.writeFile(path.join(samples, SAMPLES[which]));
    const text = await seedWorkbook(seeds, which, "text");
    await text.xlsx.writeFile(path.join(fixtures, `seed-${which}-text.xlsx`));
  }
  await buildFormulasFixture(newWorkbook()).xlsx.writeFile(path.join(fixtures, "formulas.xlsx"));
  await buildBadFixtures(fixtures, seeds, newWorkbook, () => seedWorkbook(seeds, "000", "number"));
  await buildReconcileFixtures(fixtures, samples, seeds, newWorkbook, () => seedWorkbook(seeds, "000", "number"));
  await buildBreakdownFixtures(fixtures, newWorkbook);
  process.stdout.write(`fixtures written to ${fixtures} and ${samples}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});

/**
 * Likely causes through the whole command (issue 10): seed 000 with Yên Mỹ's new quota 235 typed 253,
 * saved as a workbook. The JSON report carries the cause on the total's finding; the text report says it
 * in Vietnamese and English; `fix` corrects E18, keeps E24 and says why; --trust totals recomputes E24.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { runFix } from "../../src/cli/fix";
import type { CliIo } from "../../src/cli/io";
import type { Report } from "../../src/engine/report";
import { SEED_000, fixturePath } from "../helpers/fixtures";

let dir: string;
let slipped: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "qc-causes-"));
  slipped = path.join(dir, "seed-000-yen-my-253.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath("seed-000"));
  (wb.getWorksheet(SEED_000.sheet) as ExcelJS.Worksheet).getCell("E18").value = 253;
  await wb.xlsx.writeFile(slipped);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

type Runner = (argv: readonly string[], io: CliIo) => Promise<number>;

async function run(argv: string[], runner: Runner = main): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await runner(argv, { out: (s) => (out += s), err: (s) => (out += s) });
  return { code, out };
}

test("--json: the finding at E24 carries cause E18 = 235, a transposition, high", async () => {
  const { out } = await run([slipped, "--json"]);
  const report = JSON.parse(out) as Report;
  const issue = report.files[0].sheets[0].tables[0].issues.find((i) => i.cell === "E24");
  expect(issue).toMatchObject({ code: "TOTAL_MISMATCH", expected: 2673, actual: 2655 });
  expect(issue?.cause).toMatchObject({ cell: "E18", value: 235, kind: "transposition", confidence: "high" });
  expect(issue?.cause?.because).toBe("Có thể ô E18 gõ nhầm 235 thành 253 (hai chữ số đổi chỗ): sửa lại thì tổng cột E và tỷ lệ 3,5% so với cột C đều khớp.");
});

test("the text report shows the cause under its finding, in English with --lang en", async () => {
  const { out } = await run([slipped, "--lang", "en"]);
  expect(out).toContain("Likely cause: Cell E18 may have been typed 253 instead of 235 (two digits swapped)");
});

test("fix: corrects E18 to 235, keeps E24 at 2.655, and says why; --trust totals writes 2.673 instead", async () => {
  const output = path.join(dir, "fixed.xlsx");
  const { out } = await run([slipped, "-o", output, "--lang", "en"], runFix);
  expect(out).toContain("E24: kept 2,655; corrected E18 = 235 (two digits swapped)");
  const ws = ((await new ExcelJS.Workbook().xlsx.readFile(output)) as ExcelJS.Workbook).getWorksheet(SEED_000.sheet) as ExcelJS.Worksheet;
  expect(ws.getCell("E18").value).toBe(235);
  const total = ws.getCell("E24");
  expect(total.result ?? total.value).toBe(2655);

  const again = path.join(dir, "fixed-totals.xlsx");
  await run([slipped, "-o", again, "--trust", "totals"], runFix);
  const ws2 = ((await new ExcelJS.Workbook().xlsx.readFile(again)) as ExcelJS.Workbook).getWorksheet(SEED_000.sheet) as ExcelJS.Worksheet;
  expect(ws2.getCell("E18").value).toBe(253);
  expect(ws2.getCell("E24").result).toBe(2673);
});

test("fix on seed 001 as published waits for a pick, and --pick C60=281 recomputes the total", async () => {
  const { out } = await run([fixturePath("seed-001"), "--dry-run", "--lang", "en"], runFix);
  expect(out).toContain("C60: NOT CHANGED");
  expect(out).toContain("--pick");
  const picked = await run([fixturePath("seed-001"), "--dry-run", "--lang", "en", "--pick", "C60=281"], runFix);
  expect(picked.out).toContain("C60 *: 280 → =SUM(C6:C59) = 281");
});

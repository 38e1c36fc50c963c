/**
 * Command line speed on samples/: the whole command as a user runs it (`node bin/quota-check.js samples/`,
 * process start included), then in-process the two halves: reading the .xlsx files (ExcelJS) and the engine.
 * Printed, not asserted: the machine is shared. Needs build/cli (npm run build:cli) for the first part.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../src/cli/read-xlsx";
import { analyzeGrid } from "../src/engine/analyze";

const root = process.cwd();
const samples = path.join(root, "samples");
const RUNS = 3;

const ms = (x: number) => `${x.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wholeCommand(): void {
  const bin = path.join(root, "bin", "quota-check.js");
  if (!fs.existsSync(path.join(root, "build", "cli", "cli", "main.js"))) {
    console.log("whole CLI: skipped (build/cli missing: run npm run build:cli)");
    return;
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, samples, "--json"], { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 1) throw new Error(`quota-check samples/ exited ${r.status} (expected 1): ${r.stderr}`);
  }
  console.log(`whole CLI (node bin/quota-check.js samples/ --json), median of ${RUNS}: ${ms(median(times))}`);
  const help: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [bin, "--help"]);
    help.push(performance.now() - t0);
  }
  console.log(`process start only (quota-check --help), median of ${RUNS}: ${ms(median(help))}`);
}

async function inProcess(): Promise<void> {
  const files = fs.readdirSync(samples).filter((f) => f.endsWith(".xlsx")).sort();
  for (const f of files) {
    const t0 = performance.now();
    const wb = await loadWorkbook(path.join(samples, f));
    const t1 = performance.now();
    let cells = 0;
    let tables = 0;
    for (const g of wb.sheets) {
      cells += g.values.length * (g.values[0]?.length ?? 0);
      tables += analyzeGrid(g).tables.length;
    }
    const t2 = performance.now();
    console.log(`${f}: read ${ms(t1 - t0)}, engine ${ms(t2 - t1)} (${cells} cells, ${tables} tables)`);
  }
}

/** The reader on a large appendix: 10,000 units × 30 numeric columns under a 3-row header, a total row. */
async function largeWorkbook(): Promise<void> {
  const UNITS = 10_000;
  const COLS = 30;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lớn");
  ws.getCell(1, 1).value = "STT";
  ws.getCell(1, 2).value = "Đơn vị";
  ws.getCell(1, 3).value = "Chỉ tiêu phát triển đảng viên";
  ws.mergeCells(1, 3, 1, 2 + COLS);
  for (let g = 0; g < COLS / 3; g++) {
    ws.getCell(2, 3 + g * 3).value = `Năm ${2020 + g}`;
    ws.mergeCells(2, 3 + g * 3, 2, 5 + g * 3);
    ["Tổng cộng", "Đoàn viên thanh niên", "Đoàn viên công đoàn"].forEach((h, i) => (ws.getCell(3, 3 + g * 3 + i).value = h));
  }
  const sums = new Array<number>(COLS).fill(0);
  for (let u = 0; u < UNITS; u++) {
    const row: (string | number)[] = [u + 1, `Đơn vị ${u + 1}`];
    for (let g = 0; g < COLS / 3; g++) {
      const youth = (u * 7 + g) % 11;
      const union = (u * 3 + g) % 5;
      row.push(youth + union, youth, union);
    }
    row.slice(2).forEach((v, i) => (sums[i] += v as number));
    ws.addRow(row);
  }
  ws.addRow(["Tổng cộng", null, ...sums]);
  const file = path.join(os.tmpdir(), `quota-check-bench-${process.pid}.xlsx`);
  await wb.xlsx.writeFile(file);
  try {
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const loaded = await loadWorkbook(file);
    const t1 = performance.now();
    const analysis = analyzeGrid(loaded.sheets[0]);
    const t2 = performance.now();
    const cells = (UNITS + 4) * (COLS + 2);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    console.log(
      `large .xlsx (${UNITS} units × ${COLS} columns, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB): read ${ms(t1 - t0)} ` +
        `(${Math.round(cells / ((t1 - t0) / 1000))} cells/s, heap +${heapMb.toFixed(0)} MB), engine ${ms(t2 - t1)}, ` +
        `${analysis.tables.length} table(s)`,
    );
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function main(): Promise<void> {
  wholeCommand();
  await inProcess();
  await largeWorkbook();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * Task pane weight and the adapter's round trips. Prints the gzipped size of every script taskpane.html
 * loads (dist/, from `npm run build`): the pane opens in Office 2016/2019 webviews on office networks, so
 * bytes matter. Fails when dist/taskpane.js gzips to more than TASKPANE_GZIP_TARGET. Also prints how many
 * context.sync calls a sheet of a given size costs to read (computed from src/excel/limits.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { FIRST_WINDOW_ROWS, planRowBlocks, windowCovers, FIRST_WINDOW_COLS } from "../src/excel/limits";

const TASKPANE_GZIP_TARGET = 120 * 1024;
const dist = path.join(process.cwd(), "dist");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sizes(): number {
  const pane = path.join(dist, "taskpane.js");
  if (!fs.existsSync(pane)) {
    console.log("dist/taskpane.js missing: run npm run build first");
    return 1;
  }
  let failed = 0;
  for (const name of ["taskpane.js", "commands.js", "functions.js", "polyfill.js", "taskpane.html"]) {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) continue;
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const target = name === "taskpane.js" ? ` (target ≤ ${kb(TASKPANE_GZIP_TARGET)})` : "";
    console.log(`${name.padEnd(14)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(9)} gzipped${target}`);
    if (name === "taskpane.js" && gz > TASKPANE_GZIP_TARGET) failed = 1;
  }
  return failed;
}

function syncs(rows: number, cols: number): number {
  if (windowCovers(rows, cols)) return 1;
  const from = cols <= FIRST_WINDOW_COLS ? Math.min(rows, FIRST_WINDOW_ROWS) : 0;
  return 1 + planRowBlocks(from, rows, cols).length;
}

const failed = sizes();
for (const [rows, cols] of [[10, 8], [2000, 30], [50000, 30], [200000, 60]]) {
  console.log(`read ${rows} × ${cols}: ${syncs(rows, cols)} context.sync call(s)`);
}
if (failed) console.error(`taskpane.js is over its gzipped size target of ${kb(TASKPANE_GZIP_TARGET)}`);
process.exitCode = failed;

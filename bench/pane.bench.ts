/**
 * Task pane weight and the adapter's round trips. Prints the gzipped size of every script taskpane.html
 * loads (dist/, from `npm run build`): the pane opens in Office 2016/2019 webviews on office networks, so
 * bytes matter. Fails when the page's scripts (without the IE11 polyfill) gzip to more than TASKPANE_GZIP_TARGET. Also prints how many
 * context.sync calls a sheet of a given size costs to read (computed from src/excel/limits.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { FIRST_WINDOW_ROWS, planRowBlocks, windowCovers, FIRST_WINDOW_COLS } from "../src/excel/limits";

/**
 * React 17 and the Fluent UI React v8 components the pane uses are about 120 KB of it; the engine and the
 * message catalogue about 45 KB. (The core-js polyfill for IE11 is counted apart.)
 */
const TASKPANE_GZIP_TARGET = 200 * 1024;
const dist = path.join(process.cwd(), "dist");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sizes(): number {
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page)) {
    console.log("dist/taskpane.html missing: run npm run build first");
    return 1;
  }
  // Exactly what the pane page loads, in its order (runtime, shared engine chunk, entries).
  const scripts = [...fs.readFileSync(page, "utf8").matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((f) => !/^https?:/.test(f));
  let total = 0;
  for (const name of [...scripts, "taskpane.html"]) {
    const raw = fs.readFileSync(path.join(dist, name));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    // The core-js polyfill is for Internet Explorer 11 only; the target is about what every pane loads.
    if (name !== "polyfill.js") total += gz;
    console.log(`${name.padEnd(14)} ${kb(raw.length).padStart(9)} raw  ${kb(gz).padStart(9)} gzipped`);
  }
  console.log(`pane page without the IE11 polyfill: ${kb(total)} gzipped (target ≤ ${kb(TASKPANE_GZIP_TARGET)})`);
  return total > TASKPANE_GZIP_TARGET ? 1 : 0;
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
if (failed) console.error(`the pane page is over its gzipped size target of ${kb(TASKPANE_GZIP_TARGET)}`);
process.exitCode = failed;

#!/usr/bin/env node
/**
 * Benchmark runner (`npm run bench [-- NAME…]`): compiles bench/*.ts with tsconfig.bench.json into build/bench
 * and runs each compiled bench file in its own Node process, in name order. Each engineer drops a
 * bench/<area>.bench.ts that prints its own timings; speed targets live there, never in Jest tests.
 * NAME filters by substring of the file name. Exit status: non-zero if compilation or any bench fails.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const benchDir = path.join(root, "bench");
const outDir = path.join(root, "build", "bench", "bench");

function benchFiles(filters) {
  if (!fs.existsSync(benchDir)) return [];
  return fs
    .readdirSync(benchDir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
    .sort();
}

function main(argv) {
  const files = benchFiles(argv);
  if (files.length === 0) {
    console.log(argv.length ? `no bench file matches ${argv.join(", ")}` : "no bench files in bench/");
    return 0;
  }
  const tsc = require.resolve("typescript/bin/tsc");
  const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.bench.json")], { stdio: "inherit" });
  if (compiled.status !== 0) {
    console.error("bench: compilation failed");
    return compiled.status || 1;
  }
  let failed = 0;
  for (const file of files) {
    const js = path.join(outDir, file.replace(/\.ts$/, ".js"));
    console.log(`\n== ${file}`);
    const run = spawnSync(process.execPath, [js], { stdio: "inherit", cwd: root });
    if (run.status !== 0) {
      failed++;
      console.error(`bench: ${file} exited with ${run.status}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

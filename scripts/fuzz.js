#!/usr/bin/env node
/**
 * `npm run fuzz [-- RUNS]`: the fuzz test of test/robustness/fuzz.test.ts over 100,000 random sheets (or
 * RUNS), instead of the 2,000 `npm test` runs. FUZZ_SEED=<n> replays a failing run fast-check reported.
 */
"use strict";
const path = require("path");

process.env.FUZZ_RUNS = process.argv[2] || process.env.FUZZ_RUNS || "100000";
require("jest")
  .run(["--runTestsByPath", path.join(__dirname, "..", "test", "robustness", "fuzz.test.ts"), "--testTimeout=0"])
  .catch((e) => {
    process.stderr.write(`${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });

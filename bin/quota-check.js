#!/usr/bin/env node
// The quota-check command. The TypeScript is compiled by `npm run build:cli` into build/cli/.
"use strict";
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "quota-check: build/cli is missing; run `npm run build:cli` first.\n" +
      "quota-check: chưa có build/cli; hãy chạy `npm run build:cli` trước.\n",
  );
  process.exit(2);
}
require(entry).run(process.argv.slice(2));

#!/usr/bin/env node
/**
 * The command-line examples quoted in README.md and docs/*.md, generated from real runs (issue 13). Each quoted
 * output sits between marker comments that say which command produced it:
 *
 *   <!-- docs-example cmd="quota-check samples/" exit="1" pick="^Tệp: samples/vinh|C60 |^Tổng kết" prompt -->
 *   ```
 *   …what the command prints…
 *   ```
 *   <!-- /docs-example -->
 *
 *   cmd     the command, run as `node bin/quota-check.js …` from the repository root (what `npx quota-check` runs);
 *   exit    its exit status (checked);
 *   pick    optional: only the lines matching this regular expression, "…" where lines are left out between them;
 *   prompt  optional: the block starts with "$ cmd".
 *
 * `npm run docs:examples` rewrites every block from a fresh run (after merging branches that change outputs, rerun
 * it); test/docs/examples.test.ts fails when a block differs from what the command prints now. Files the examples
 * write go to examples-output/ (in .gitignore), emptied before each run.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUTPUT_DIR = "examples-output";
const BIN = path.join(ROOT, "bin", "quota-check.js");
const START = /<!-- docs-example ((?:[^-]|-(?!->))*?)\s*-->\n```[^\n]*\n([\s\S]*?)\n?```\n<!-- \/docs-example -->/g;

/** The markdown files that may quote command output. */
function docFiles(root = ROOT) {
  const docs = fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => path.join("docs", f));
  return ["README.md", ...docs];
}

/** `cmd="…" exit="1" prompt` → { cmd: "…", exit: "1", prompt: "" }. */
function parseAttributes(text) {
  const attrs = {};
  const re = /(\w+)(?:="([^"]*)")?/g;
  let m;
  while ((m = re.exec(text))) attrs[m[1]] = m[2] === undefined ? "" : m[2].replace(/&quot;/g, '"');
  return attrs;
}

/** Every marked example of a markdown text, with where its block starts and ends. */
function findExamples(markdown) {
  const found = [];
  let m;
  START.lastIndex = 0;
  while ((m = START.exec(markdown))) {
    const attrs = parseAttributes(m[1]);
    if (!attrs.cmd) throw new Error(`docs-example without cmd: ${m[0].slice(0, 80)}`);
    found.push({
      cmd: attrs.cmd,
      exit: attrs.exit === undefined ? 0 : Number(attrs.exit),
      pick: attrs.pick,
      prompt: "prompt" in attrs,
      quoted: m[2],
      start: m.index,
      end: m.index + m[0].length,
      marker: m[0].slice(0, m[0].indexOf("\n")),
    });
  }
  return found;
}

/** "quota-check fix a.xlsx -o b.xlsx" → ["fix", "a.xlsx", "-o", "b.xlsx"] (double quotes group words). */
function commandArgs(cmd) {
  const words = cmd.match(/"[^"]*"|\S+/g) || [];
  const [program, ...args] = words.map((w) => w.replace(/^"(.*)"$/, "$1"));
  if (program !== "quota-check") throw new Error(`docs examples run quota-check only, not: ${cmd}`);
  return args;
}

/** Runs the command the way a user does from the repository root, with examples-output/ emptied first. */
function runCommand(cmd, root = ROOT) {
  fs.rmSync(path.join(root, OUTPUT_DIR), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, OUTPUT_DIR), { recursive: true });
  const r = spawnSync(process.execPath, [BIN, ...commandArgs(cmd)], { cwd: root, encoding: "utf8" });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The block's text for an output: the picked lines, "…" where lines are left out between two picked ones. */
function renderBlock(example, stdout) {
  const lines = stdout.replace(/\n+$/, "").split("\n");
  let shown = lines;
  if (example.pick) {
    const re = new RegExp(example.pick);
    const kept = lines.map((line, i) => ({ line, i })).filter((x) => re.test(x.line));
    shown = [];
    kept.forEach((x, k) => {
      if (k > 0 && x.i > kept[k - 1].i + 1) shown.push("…");
      shown.push(x.line);
    });
  }
  return [...(example.prompt ? [`$ ${example.cmd}`] : []), ...shown].join("\n");
}

/** Rewrites every marked block of one file from fresh runs; returns the new text and what changed. */
function regenerate(markdown, root = ROOT) {
  const examples = findExamples(markdown);
  let out = "";
  let at = 0;
  const problems = [];
  for (const ex of examples) {
    const r = runCommand(ex.cmd, root);
    if (r.status !== ex.exit) problems.push(`${ex.cmd}: exit ${r.status}, the marker says ${ex.exit}${r.stderr ? `\n${r.stderr}` : ""}`);
    const block = renderBlock(ex, r.stdout);
    out += markdown.slice(at, ex.start) + `${ex.marker}\n\`\`\`\n${block}\n\`\`\`\n<!-- /docs-example -->`;
    at = ex.end;
  }
  return { text: out + markdown.slice(at), examples: examples.length, problems };
}

module.exports = { OUTPUT_DIR, docFiles, findExamples, commandArgs, runCommand, renderBlock, regenerate };

if (require.main === module) {
  let failed = false;
  for (const file of docFiles()) {
    const full = path.join(ROOT, file);
    const before = fs.readFileSync(full, "utf8");
    const { text, examples, problems } = regenerate(before);
    if (examples === 0) continue;
    if (text !== before) fs.writeFileSync(full, text);
    process.stdout.write(`${file}: ${examples} example(s)${text !== before ? ", rewritten" : ", unchanged"}\n`);
    for (const p of problems) {
      failed = true;
      process.stderr.write(`${file}: ${p}\n`);
    }
  }
  fs.rmSync(path.join(ROOT, OUTPUT_DIR), { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

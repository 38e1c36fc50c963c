/**
 * `quota-check fix IN.xlsx -o OUT.xlsx`: analyse every sheet, plan the fill, print the plan, and write a
 * fixed copy. The input is never written; an existing OUT is kept unless --force.
 */
import ExcelJS from "exceljs";
import { analyzeGrid } from "../engine/analyze";
import { planFillSheet, type FillOptions, type Pick } from "../engine/fill";
import { parseA1 } from "../engine/grid";
import type { EditPlan } from "../engine/plan";
import { type Lang, t } from "../i18n";
import { applyPlanToWorksheet } from "./apply-plan-xlsx";
import type { CliIo } from "./io";
import { formatPlan, isNewCell } from "./fix-format";
import { WorkbookReadError, loadWorkbook } from "./read-xlsx";
import { type OutputProblem, checkOutputPath, isSameFile, writeFileAtomic } from "./output-file";

/** Where the command writes (the CLI's stdout/stderr, or collectors in tests); every write ends its line. */
export type FixIo = CliIo;

interface FixArgs {
  input?: string;
  output?: string;
  dryRun: boolean;
  force: boolean;
  /** Write OUT even when there is nothing to fix (a plain copy of the input). */
  copy: boolean;
  help: boolean;
  verbose: boolean;
  lang: Lang;
  options: FillOptions;
}

type Parsed = { ok: true; args: FixArgs } | { ok: false; key: string; params?: Record<string, string> };

function parseArgs(argv: readonly string[]): Parsed {
  const a: FixArgs = { dryRun: false, force: false, copy: false, help: false, verbose: false, lang: "vi", options: {} };
  const opts: { -readonly [K in keyof FillOptions]: FillOptions[K] } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-o" || arg === "--output") a.output = argv[++i];
    else if (arg.startsWith("--output=")) a.output = arg.slice("--output=".length);
    else if (arg === "--values") opts.mode = "values";
    else if (arg === "--functions") opts.functions = "quota";
    else if (arg === "--add-shortfall") opts.addShortfall = true;
    else if (arg === "--trust" || arg.startsWith("--trust=")) {
      const v = arg === "--trust" ? argv[++i] : arg.slice("--trust=".length);
      if (v !== "cause" && v !== "totals" && v !== "cells") return { ok: false, key: "fill.error.unknownOption", params: { option: `--trust ${v ?? ""}` } };
      opts.trust = v;
    } else if (arg === "--pick" || arg.startsWith("--pick=")) {
      const v = arg === "--pick" ? argv[++i] : arg.slice("--pick=".length);
      const pick = parsePick(v);
      if (!pick) return { ok: false, key: "fill.error.unknownOption", params: { option: `--pick ${v ?? ""}` } };
      opts.choose = [...(opts.choose ?? []), pick];
    }
    else if (arg === "--dry-run") a.dryRun = true;
    else if (arg === "--force") a.force = true;
    else if (arg === "--copy") a.copy = true;
    else if (arg === "--verbose") a.verbose = true;
    else if (arg === "-h" || arg === "--help") a.help = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const v = arg === "--lang" ? argv[++i] : arg.slice("--lang=".length);
      if (v !== "vi" && v !== "en") return { ok: false, key: "fill.error.unknownOption", params: { option: `--lang ${v ?? ""}` } };
      a.lang = v;
    } else if (arg.startsWith("-") || a.input !== undefined) return { ok: false, key: "fill.error.unknownOption", params: { option: arg } };
    else a.input = arg;
  }
  // --lang is the language of the messages; what the fill writes into the sheet stays Vietnamese.
  a.options = opts;
  return { ok: true, args: a };
}

/** "--pick E18=235" (a comma or a dot as decimal mark: "G14=64,7"). */
function parsePick(v: string | undefined): Pick | undefined {
  const m = /^\s*([A-Za-z]{1,3}\d+)\s*=\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(v ?? "");
  const cell = m ? parseA1(m[1].toUpperCase()) : undefined;
  return m && cell ? { ...cell, value: Number(m[2].replace(",", ".")) } : undefined;
}

function readErrorMessage(e: unknown, file: string, lang: Lang): string {
  if (e instanceof OversizedMergeError) return t("fill.error.oversizedMerge", lang, { file, range: e.range });
  if (e instanceof WorkbookReadError) {
    try {
      return t(e.messageKey, lang, { file });
    } catch {
      return t("fill.error.readFailed", lang, { file, reason: e.code });
    }
  }
  return t("fill.error.readFailed", lang, { file, reason: e instanceof Error ? e.message : String(e) });
}

/**
 * A workbook with a merged area far larger than its cells (clip-merges.ts) is read clipped; a copy written
 * through ExcelJS could not keep that merge as it is, so fix refuses rather than change it in silence.
 */
export class OversizedMergeError extends Error {
  constructor(readonly range: string) {
    super(`oversized merge ${range}`);
    this.name = "OversizedMergeError";
  }
}

/** Plans every sheet of the workbook (the plans of sheets without tables are empty). */
export async function planWorkbook(input: string, options: FillOptions): Promise<EditPlan[]> {
  const { sheets, clippedMerges } = await loadWorkbook(input);
  if (clippedMerges && clippedMerges.length > 0) throw new OversizedMergeError(clippedMerges[0].range);
  return sheets.map((grid) => planFillSheet(grid, analyzeGrid(grid).tables, options));
}

/**
 * Writes OUT: the input re-read with ExcelJS, only the planned cells changed. The bytes go to a temporary
 * file renamed into place once complete, so a failure leaves no partial or empty OUT.
 */
export async function writeFixedCopy(input: string, output: string, plans: readonly EditPlan[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.sheet);
    if (ws && plan.edits.length + plan.addMerges.length > 0) applyPlanToWorksheet(ws, plan);
  }
  const bytes = await wb.xlsx.writeBuffer();
  await writeFileAtomic(output, new Uint8Array(bytes as ArrayBuffer));
}

function outputProblemMessage(p: OutputProblem, output: string, lang: Lang): string {
  switch (p.reason) {
    case "sameFile":
      return t("fill.error.sameFile", lang);
    case "exists":
      return t("fill.error.outputExists", lang, { file: output });
    case "isDirectory":
      return t("fill.error.outputIsDirectory", lang, { file: output });
    case "noFolder":
      return t("fill.error.outputNoFolder", lang, { file: output, folder: p.folder });
    case "folderNotWritable":
      return t("fill.error.outputNotWritable", lang, { file: output, folder: p.folder });
  }
}

/**
 * Exit status: 0 every number was already right (only constants → formulas, new cells), 1 wrong numbers
 * fixed (or found, with --dry-run; or left waiting for a --pick), 2 cannot read or write, or bad arguments.
 */
export async function runFix(argv: readonly string[], io: FixIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const lang: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "vi";
    io.err(`${t(parsed.key, lang, parsed.params)}\n${t("fill.cli.usage", lang)}\n`);
    return 2;
  }
  const { input, output, dryRun, force, copy, help, verbose, lang, options } = parsed.args;
  if (help) {
    io.out(`${t("fill.cli.usage", lang)}\n`);
    return 0;
  }
  if (!input) return fail(io, t("fill.error.missingInput", lang) + "\n" + t("fill.cli.usage", lang));
  if (!dryRun && !output) return fail(io, t("fill.error.missingOutput", lang));
  // Every reason OUT cannot be written is found before the plan is printed; the input never is OUT.
  if (output && dryRun && (await isSameFile(input, output))) return fail(io, t("fill.error.sameFile", lang));
  if (output && !dryRun) {
    const problem = await checkOutputPath(input, output, force);
    if (problem) return fail(io, outputProblemMessage(problem, output, lang));
  }

  let plans: EditPlan[];
  try {
    plans = await planWorkbook(input, options);
  } catch (e) {
    return fail(io, readErrorMessage(e, input, lang));
  }
  io.out(`${formatPlan(plans, lang, verbose)}\n`);
  const nothingToDo = plans.every((p) => p.edits.length + p.addMerges.length === 0);
  if (dryRun) io.out(`${t("fill.cli.dryRun", lang)}\n`);
  else if (nothingToDo && !copy) io.out(`${t("fill.cli.notWritten", lang, { file: output as string })}\n`);
  else {
    try {
      await writeFixedCopy(input, output as string, plans);
    } catch (e) {
      return fail(io, t("fill.error.writeFailed", lang, { file: output as string, reason: e instanceof Error ? e.message : String(e) }));
    }
    io.out(`${t("fill.cli.written", lang, { file: output as string })}\n`);
  }
  // A finding left waiting for a pick (issue 10) is a wrong number found, not fixed: still 1.
  const waiting = plans.some((p) => (p.choices ?? []).some((c) => c.chosen < 0));
  return waiting || plans.some((p) => p.edits.some((e) => e.changesDisplayedValue && !isNewCell(e))) ? 1 : 0;
}

function fail(io: FixIo, message: string): number {
  io.err(`${message}\n`);
  return 2;
}

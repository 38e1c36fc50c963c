/**
 * `quota-check consolidate DIR [--summary FILE]`: every workbook in DIR is checked as usual, then each row
 * of the summary is checked against the total row of that unit's own file (SUMMARY_MISMATCH on the
 * summary's table). `consolidate DIR -o OUT.xlsx` (no summary yet) prints a preview of the summary and
 * writes it; like `fix`, an existing OUT is kept unless --force, and an input file is never written.
 */
import { existsSync } from "fs";
import * as path from "path";
import type { Grid } from "../engine/grid";
import type { SheetAnalysis } from "../engine/model";
import { analyzeGrid } from "../engine/analyze";
import { buildReport, exitCodeOf, type FileAnalysis } from "../engine/report";
import { checkSummary, summaryScore, unitTotal, withSummaryCheck, type UnitFile } from "../engine/reconcile/summary";
import { formatNumber, registerMessages, t, type Lang } from "../i18n/index";
import { consolidateMessages } from "../i18n/catalog/consolidate";
import type { CliIo } from "./io";
import { loadWorkbook, WorkbookReadError } from "./read-xlsx";
import { formatTextReport } from "./text-report";
import { expandPaths } from "./walk";
import { packageVersion } from "./version";
import { planSummary, writeSummary, type SummaryLayout, type SummaryUnit } from "./consolidate-write";
import { unitNameFromCaptions } from "./consolidate-names";

registerMessages(consolidateMessages);

interface ConsolidateArgs {
  dir?: string;
  summary?: string;
  output?: string;
  json: boolean;
  dryRun: boolean;
  force: boolean;
  help: boolean;
  lang: Lang;
}

type Parsed = { ok: true; args: ConsolidateArgs } | { ok: false; key: string; params?: Record<string, string> };

function parseArgs(argv: readonly string[]): Parsed {
  const a: ConsolidateArgs = { json: false, dryRun: false, force: false, help: false, lang: "vi" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    if (name === "-o" || name === "--output") a.output = value();
    else if (name === "--summary") a.summary = value();
    else if (name === "--json") a.json = true;
    else if (name === "--dry-run") a.dryRun = true;
    else if (name === "--force") a.force = true;
    else if (name === "-h" || name === "--help") a.help = true;
    else if (name === "--lang") {
      const v = value();
      if (v !== "vi" && v !== "en") return { ok: false, key: "consolidate.error.unknownOption", params: { option: `--lang ${v ?? ""}` } };
      a.lang = v;
    } else if (arg.startsWith("-") || a.dir !== undefined) return { ok: false, key: "consolidate.error.unknownOption", params: { option: arg } };
    else a.dir = arg;
  }
  if ((a.output !== undefined && a.output === "") || (a.summary !== undefined && a.summary === "")) {
    return { ok: false, key: "consolidate.error.unknownOption", params: { option: a.output === "" ? "-o" : "--summary" } };
  }
  return { ok: true, args: a };
}

interface LoadedFile {
  readonly file: string;
  readonly unit?: UnitFile;
  readonly analyses: SheetAnalysis[];
  readonly error?: FileAnalysis["error"];
}

async function loadAll(files: readonly string[]): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  for (const file of files) {
    let grids: Grid[];
    try {
      grids = (await loadWorkbook(file)).sheets;
    } catch (e) {
      const err = e instanceof WorkbookReadError ? e : new WorkbookReadError("READ_FAILED", file, String(e));
      out.push({ file, analyses: [], error: { code: err.code, messageKey: err.messageKey } });
      continue;
    }
    const analyses = grids.map((g) => analyzeGrid(g, { policy: { rules: [] } }));
    const sheets = grids.map((grid, i) => ({ grid, tables: analyses[i].tables }));
    out.push({ file, analyses, unit: { file: path.basename(file), sheets } });
  }
  return out;
}

/** The summary: the --summary file, or the workbook whose table names the most other files' units (2 at least). */
function findSummary(loaded: readonly LoadedFile[], named: string | undefined): { file: LoadedFile; sheet: number; table: number } | undefined {
  let best: { file: LoadedFile; sheet: number; table: number; score: number } | undefined;
  for (const f of loaded) {
    if (!f.unit) continue;
    if (named !== undefined && path.resolve(named) !== path.resolve(f.file)) continue;
    const others = loaded.filter((o) => o !== f && o.unit).map((o) => o.unit as UnitFile);
    f.unit.sheets.forEach((s, si) =>
      s.tables.forEach((ta, ti) => {
        const score = summaryScore(s.grid, ta.table, others);
        if ((named !== undefined || score >= 2) && (!best || score > best.score)) best = { file: f, sheet: si, table: ti, score };
      }),
    );
  }
  return best;
}

export async function runConsolidate(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const lang: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "vi";
    io.err(`${t(parsed.key, lang, parsed.params)}\n${t("consolidate.cli.usage", lang)}\n`);
    return 2;
  }
  const args = parsed.args;
  const { lang } = args;
  if (args.help) {
    io.out(`${t("consolidate.cli.usage", lang)}\n`);
    return 0;
  }
  if (!args.dir) return fail(io, `${t("consolidate.error.noDir", lang)}\n${t("consolidate.cli.usage", lang)}`);
  const { files } = await expandPaths([args.dir]);
  const inputs = args.summary && !files.some((f) => path.resolve(f) === path.resolve(args.summary as string)) ? [...files, args.summary] : files;
  if (inputs.length === 0) return fail(io, t("consolidate.error.noFiles", lang, { dir: args.dir }));
  if (args.output !== undefined) return writeMode(args, inputs, io);

  const loaded = await loadAll(inputs);
  const summary = findSummary(loaded, args.summary);
  if (!summary) return fail(io, t("consolidate.error.noSummary", lang, { dir: args.dir }));
  const others = loaded.filter((f) => f !== summary.file && f.unit).map((f) => f.unit as UnitFile);
  const sheet = summary.file.unit as UnitFile;
  const grid = sheet.sheets[summary.sheet].grid;
  const analysis = summary.file.analyses[summary.sheet].tables[summary.table];
  const check = checkSummary(grid, analysis, sheet.file, others);
  const analyses = summary.file.analyses.map((s, si) =>
    si !== summary.sheet ? s : { ...s, tables: s.tables.map((ta, ti) => (ti === summary.table ? withSummaryCheck(ta, check, args.dir as string) : ta)) },
  );
  const report = buildReport(
    loaded.map((f) => (f === summary.file ? { file: f.file, error: null, sheets: analyses } : { file: f.file, error: f.error ?? null, sheets: f.analyses })),
    { lang, version: packageVersion() },
  );
  if (args.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.out(formatTextReport(report, lang));
    io.out(`${t("consolidate.report.units", lang)}\n`);
    for (const id of check.identities) {
      if (!id.identity) io.out(`  ${t("consolidate.unit.unknown", lang, { file: id.file })}\n`);
      else {
        const source = t(`consolidate.unit.source.${id.identity.source}`, lang);
        io.out(`${t("consolidate.unit.line", lang, { file: id.file, unit: id.unit ?? "", source, match: t(`reconcile.match.${id.identity.match}`, lang) })}\n`);
      }
    }
    for (const file of check.withoutTotal) io.out(`  ${t("consolidate.unit.noTotal", lang, { file, unit: "" })}\n`);
  }
  return exitCodeOf(report);
}

async function writeMode(args: ConsolidateArgs, inputs: readonly string[], io: CliIo): Promise<number> {
  const { lang } = args;
  const output = args.output as string;
  if (inputs.some((f) => path.resolve(f) === path.resolve(output))) return fail(io, t("consolidate.error.outputIsInput", lang, { file: output }));
  if (!args.dryRun && !args.force && existsSync(output)) return fail(io, t("consolidate.error.outputExists", lang, { file: output }));
  const loaded = await loadAll(inputs);
  const unreadable = loaded.filter((f) => f.error);
  for (const f of unreadable) io.err(`${t((f.error as NonNullable<FileAnalysis["error"]>).messageKey, lang, { file: f.file })}\n`);
  if (unreadable.length > 0) return 2;
  const existing = findSummary(loaded, undefined);
  if (existing) return fail(io, t("consolidate.error.summaryExists", lang, { file: existing.file.file, dir: args.dir as string }));

  const units: SummaryUnit[] = [];
  for (const f of loaded) {
    const unit = f.unit as UnitFile;
    const total = unitTotal(unit);
    if (!total) {
      io.err(`${t("consolidate.unit.noTotal", lang, { file: unit.file, unit: "" })}\n`);
      continue;
    }
    units.push({ name: unitNameFromCaptions(unit), file: unit, sheet: total.sheet, analysis: total.analysis, totalRow: total.row });
  }
  if (units.length === 0) return fail(io, t("consolidate.error.noUnitTable", lang));
  // The unit files' own findings come first: a summary of wrong totals would be wrong.
  const report = buildReport(
    loaded.map((f) => ({ file: f.file, error: null, sheets: f.analyses })),
    { lang, version: packageVersion() },
  );
  io.out(formatTextReport(report, lang));
  const layout = planSummary(units);
  io.out(`${previewLines(layout, output, lang).join("\n")}\n`);
  if (args.dryRun) {
    io.out(`${t("consolidate.preview.dryRun", lang)}\n`);
    return exitCodeOf(report);
  }
  try {
    await writeSummary(layout, output);
  } catch (e) {
    return fail(io, t("consolidate.error.writeFailed", lang, { file: output, reason: e instanceof Error ? e.message : String(e) }));
  }
  io.out(`${t("consolidate.preview.written", lang, { file: output })}\n`);
  return exitCodeOf(report);
}

function previewLines(layout: SummaryLayout, output: string, lang: Lang): string[] {
  const show = (values: readonly (number | null)[]) => values.map((v) => (v === null ? "–" : formatNumber(v, lang))).join(" | ");
  const lines = [
    t("consolidate.preview.heading", lang, {
      file: output,
      sheet: layout.sheet,
      count: layout.rows.length,
      columns: layout.columns.map((c) => c.path.join(" / ")).join("; "),
    }),
  ];
  layout.rows.forEach((r, i) =>
    lines.push(t("consolidate.preview.row", lang, { row: String(layout.firstDataRow + i + 1), unit: r.unit.name, file: r.unit.file.file, values: show(r.values) })),
  );
  lines.push(t("consolidate.preview.total", lang, { row: String(layout.totalRow + 1), values: show(layout.totals) }));
  return lines;
}

function fail(io: CliIo, message: string): number {
  io.err(`${message}\n`);
  return 2;
}



/**
 * The `quota-check` command: parse the arguments, check the workbooks, print the report (text or --json),
 * return the exit status. `quota-check fix …` is handed to FILL's runFix. Everything is written through
 * `io`, so tests run the command in-process.
 */
import { t, type Lang } from "../i18n/index";
import { buildReport, exitCodeOf } from "../engine/report";
import type { PolicyRule } from "../engine/policy/index";
import { withUnappliedRules } from "../engine/policy/not-applied";
import { parseArgs, type CheckArgs } from "./args";
import { expandPaths } from "./walk";
import type { CheckedFile, CheckOptions } from "./check";
import { formatTextReport } from "./text-report";
import { packageVersion } from "./version";
import { processIo, type CliIo } from "./io";

async function runFixCommand(argv: readonly string[], io: CliIo): Promise<number> {
  // Loaded only for `fix`, so a plain check never pays for (or depends on) the fill machinery.
  const { runFix } = await import("./fix");
  return runFix(argv, io);
}

async function loadRules(file: string | null, lang: Lang, io: CliIo): Promise<PolicyRule[] | null> {
  if (!file) return [];
  const { loadPolicyFile, PolicyFileError } = await import("./policy-file");
  try {
    return await loadPolicyFile(file);
  } catch (e) {
    io.err(`${e instanceof PolicyFileError ? e.render(lang) : t("cli.policy.failed", lang, { file, detail: String(e) })}\n`);
    return null;
  }
}

async function runCheck(args: CheckArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const rules = await loadRules(args.policy, lang, io);
  if (rules === null) return 2;
  const { files, emptyDirs, unreadableDirs } = await expandPaths(args.paths);
  for (const dir of emptyDirs) io.err(`${t("cli.dir.empty", lang, { dir })}\n`);
  // A folder that cannot be listed is said once; the other paths are still checked, and the run ends with 2.
  for (const d of unreadableDirs) io.err(`${t("cli.dir.unreadable", lang, { dir: d.dir, code: d.code })}\n`);
  if (files.length === 0) return 2;

  // ExcelJS and the engine load only when there is something to check: --help and argument errors stay instant.
  const { checkFile } = await import("./check");
  const options = { sheets: args.sheets, rules, discover: args.discover };
  const checked: CheckedFile[] = [];
  if (args.reference !== undefined) {
    const withReference = await checkAgainstReference(args, files, options, io);
    if (withReference === null) return 2;
    checked.push(...withReference);
  } else for (const file of files) checked.push(await checkFile(file, options));
  if (args.sheets.length > 0 && checked.every((f) => f.error || f.matchedSheets === 0)) {
    const readable = checked.find((f) => !f.error);
    io.err(`${t("cli.sheet.notFound", lang, { sheet: args.sheets.join(", "), file: readable?.file ?? files[0] })}\n`);
    return 2;
  }

  const report = buildReport(withRulesAccountedFor(checked, rules), { lang, version: packageVersion() });
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report, lang));
  return unreadableDirs.length > 0 ? 2 : exitCodeOf(report);
}

/** A --policy rule that no table of the whole run applies is one RULE_NOT_APPLIED warning, never skipped in silence. */
function withRulesAccountedFor(checked: readonly CheckedFile[], rules: readonly PolicyRule[]): CheckedFile[] {
  if (rules.length === 0) return checked.slice();
  const sheets = checked.flatMap((f) => (f.error ? [] : f.sheets));
  const marked = withUnappliedRules(sheets, rules);
  let k = 0;
  return checked.map((f) => (f.error ? f : { ...f, sheets: f.sheets.map(() => marked[k++]) }));
}

/** Issue 11: the check with --reference; null (after saying why) when the reference cannot be used. */
async function checkAgainstReference(args: CheckArgs, files: readonly string[], options: CheckOptions, io: CliIo): Promise<CheckedFile[] | null> {
  const { checkFileWithReference, loadReference, parseComparePairs, parseReferenceSpec, ReferenceError } = await import("./reconcile");
  const { WorkbookReadError } = await import("./read-xlsx");
  const spec = parseReferenceSpec(args.reference as string);
  try {
    const compare = parseComparePairs(args.compare ?? []);
    const reference = await loadReference(spec);
    const checked: CheckedFile[] = [];
    for (const file of files) checked.push(await checkFileWithReference(file, options, spec, reference, compare));
    // Said on stderr so the report (and --json) keeps its shape: nothing in this file could be compared.
    for (const f of checked) {
      if (!f.error && !f.sheets.some((s) => s.tables.some((tb) => tb.reconciliation))) {
        io.err(`${t("reconcile.report.noCounterpartFile", args.lang, { file: f.file, reference: args.reference as string })}\n`);
      }
    }
    return checked;
  } catch (e) {
    if (e instanceof ReferenceError) io.err(`${t(e.key, args.lang, e.params)}\n`);
    else if (e instanceof WorkbookReadError) io.err(`${t(e.messageKey, args.lang, { file: spec.file ?? "" })}\n`);
    else throw e;
    return null;
  }
}

async function runConsolidateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { runConsolidate } = await import("./consolidate");
  return runConsolidate(argv, io);
}

/** Runs the command with `argv` (without "node" and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (argv[0] === "fix") return runFixCommand(argv.slice(1), io);
  if (argv[0] === "consolidate") return runConsolidateCommand(argv.slice(1), io);
  // `quota-check --lang en fix …`: the language may come before the subcommand too.
  const langFirst = argv[0] === "--lang" ? 2 : /^--lang=/.test(argv[0] ?? "") ? 1 : 0;
  if (langFirst > 0 && argv[langFirst] === "fix") return runFixCommand([...argv.slice(langFirst + 1), ...argv.slice(0, langFirst)], io);
  if (langFirst > 0 && argv[langFirst] === "consolidate") return runConsolidateCommand([...argv.slice(langFirst + 1), ...argv.slice(0, langFirst)], io);
  const args = parseArgs(argv);
  switch (args.kind) {
    case "help":
      io.out(`${t("cli.usage", args.lang)}\n`);
      return 0;
    case "version":
      io.out(`quota-check ${packageVersion()}\n`);
      return 0;
    case "error":
      io.err(`${t(args.key, args.lang, args.params)}\n${t("cli.args.hint", args.lang)}\n`);
      return 2;
    case "check":
      return runCheck(args, io);
  }
}

/** Entry point of bin/quota-check.js. */
/**
 * `quota-check … | head` closes the pipe before the report ends. The rest of the report has nowhere to
 * go, but the command still finishes its work (`fix` still writes its file) and keeps its exit status,
 * instead of dying on an unhandled EPIPE.
 */
function ignoreClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
}

export function run(argv: readonly string[] = process.argv.slice(2)): void {
  ignoreClosedPipe();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A failure nothing else caught: one line in the user's language, the stack only when asked for.
      const lang: Lang = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "vi";
      const detail = e instanceof Error ? e.message : String(e);
      process.stderr.write(`${t("cli.unexpected", lang, { detail })}\n`);
      if (process.env.QUOTA_CHECK_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();

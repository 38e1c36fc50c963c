/**
 * `quota-check FILE|DIR… [--json] [--lang vi|en] [--sheet NAME] [--policy FILE] [--discover] [--reference FILE[#SHEET]]
 * [--compare "A = B"]…`: the arguments as data.
 * Problems come back as a catalogue key (not a sentence) so they are printed in the user's language.
 */
import type { Lang } from "../i18n/index";

export interface CheckArgs {
  readonly kind: "check";
  readonly paths: string[];
  readonly json: boolean;
  readonly lang: Lang;
  /** Only these sheets (by name); empty: every sheet. */
  readonly sheets: string[];
  readonly policy: string | null;
  /** Also apply the rules stated in the tables' captions (docs/policy.md). */
  readonly discover: boolean;
  /** Issue 11: the reference workbook ("giao.xlsx", "giao.xlsx#Sheet", or "#Sheet" for a sheet of each checked workbook). */
  readonly reference?: string;
  /** Issue 11: "Column here = Column in the reference" pairs, as typed. */
  readonly compare?: string[];
}

export type ParsedArgs =
  | CheckArgs
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "version"; readonly lang: Lang }
  | { readonly kind: "error"; readonly lang: Lang; readonly key: string; readonly params: Record<string, string> };

const VALUE_OPTIONS = new Set(["--lang", "--sheet", "--policy", "--reference", "--compare"]);

/** The language asked for anywhere on the line, so even an argument error is reported in it. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "vi") return v;
  }
  return "vi";
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const fail = (key: string, params: Record<string, string> = {}): ParsedArgs => ({ kind: "error", lang, key, params });
  const paths: string[] = [];
  const sheets: string[] = [];
  let json = false;
  let discover = false;
  let policy: string | null = null;
  let reference: string | null = null;
  const compare: string[] = [];
  let help = false;
  let version = false;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith("-") || arg === "-") {
      paths.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (VALUE_OPTIONS.has(name) && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return fail("cli.args.missingValue", { option: name });
      i++;
    }
    switch (name) {
      case "--json":
        json = true;
        break;
      case "--discover":
        discover = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "-v":
      case "--version":
        version = true;
        break;
      case "--lang":
        if (value !== "vi" && value !== "en") return fail("cli.args.badLang", { value: value ?? "" });
        break;
      case "--sheet":
        if (value === "") return fail("cli.args.missingValue", { option: name });
        sheets.push(value as string);
        break;
      case "--policy":
        if (value === "") return fail("cli.args.missingValue", { option: name });
        policy = value as string;
        break;
      case "--reference":
        if (value === "") return fail("cli.args.missingValue", { option: name });
        reference = value as string;
        break;
      case "--compare":
        if (!(value as string).includes("=")) return fail("reconcile.error.badCompare", { value: value as string });
        compare.push(value as string);
        break;
      default:
        return fail("cli.args.unknownOption", { option: arg });
    }
  }
  if (help) return { kind: "help", lang };
  if (version) return { kind: "version", lang };
  if (paths.length === 0) return fail("cli.args.noFiles");
  if (compare.length > 0 && reference === null) return fail("reconcile.error.compareWithoutReference");
  // Issue 11's options appear only when given, so a plain check's arguments keep their shape.
  return { kind: "check", paths, json, lang, sheets, policy, discover, ...(reference !== null ? { reference } : {}), ...(compare.length > 0 ? { compare } : {}) };
}

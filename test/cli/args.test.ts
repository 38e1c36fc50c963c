import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads paths and options in any order", () => {
    expect(parseArgs(["a.xlsx", "--json", "--lang", "en", "dir", "--sheet", "Phụ lục", "--sheet=KQ", "--policy", "p.json", "--discover"])).toEqual({
      kind: "check",
      paths: ["a.xlsx", "dir"],
      json: true,
      lang: "en",
      sheets: ["Phụ lục", "KQ"],
      policy: "p.json",
      discover: true,
    });
  });

  it("defaults to Vietnamese, text output, every sheet", () => {
    expect(parseArgs(["a.xlsx"])).toEqual({ kind: "check", paths: ["a.xlsx"], json: false, lang: "vi", sheets: [], policy: null, discover: false });
  });

  it("treats everything after -- as a path", () => {
    expect(parseArgs(["--", "--json"])).toMatchObject({ kind: "check", paths: ["--json"], json: false });
  });

  it.each([
    [["--frobnicate", "a.xlsx"], "cli.args.unknownOption", { option: "--frobnicate" }],
    [["a.xlsx", "--lang"], "cli.args.missingValue", { option: "--lang" }],
    [["a.xlsx", "--sheet", "--json"], "cli.args.missingValue", { option: "--sheet" }],
    [["a.xlsx", "--lang", "fr"], "cli.args.badLang", { value: "fr" }],
    [["--json"], "cli.args.noFiles", {}],
    [[], "cli.args.noFiles", {}],
  ])("%j is an error (%s)", (argv, key, params) => {
    expect(parseArgs(argv)).toEqual({ kind: "error", lang: "vi", key, params });
  });

  it("reports an argument error in the language asked for", () => {
    expect(parseArgs(["--bad", "--lang=en"])).toMatchObject({ kind: "error", lang: "en" });
  });

  it("answers --help and --version before complaining about missing files", () => {
    expect(parseArgs(["--help"])).toEqual({ kind: "help", lang: "vi" });
    expect(parseArgs(["-h", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseArgs(["--version"])).toEqual({ kind: "version", lang: "vi" });
  });
});

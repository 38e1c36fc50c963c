/**
 * The build output (dist/, made by `npm run build`, which `npm test` runs first through pretest):
 * every URL the manifest references exists, functions.json matches the JSDoc of src/functions/functions.ts,
 * the pages carry the right chunks, the bundle registers validateSheet, and the scripts parse as ES5
 * (perpetual Office 2016 runs the task pane in Internet Explorer 11).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parse as parseJs } from "acorn";
import { readSourceFunctions } from "./jsdoc-functions";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const DEV = "https://localhost:3000/";
const read = (file: string): string => fs.readFileSync(path.join(DIST, file), "utf8");
const scripts = (html: string): string[] => [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
const ENTRIES = ["polyfill.js", "taskpane.js", "functions.js", "commands.js"];

/**
 * Runs one entry as taskpane.html would load it: the webpack runtime and shared chunks the page lists, then
 * the entry, in one context whose global object is also `window` and `self` (as in a browser). The polyfill
 * entry is left out: Node has what it adds.
 */
function runEntry(entry: string, globals: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = { ...globals };
  context.window = context;
  context.self = context;
  vm.createContext(context);
  const files = scripts(read("taskpane.html")).filter((f) => !/^https?:/.test(f) && (f === entry || !ENTRIES.includes(f)));
  for (const file of files) vm.runInContext(read(file), context);
  return context;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "manifest.xml"))) {
    throw new Error("dist/ is missing: run `npm run build` first (`npm test` does it through pretest)");
  }
});

describe("dist/ after npm run build", () => {
  test("every URL path in the manifest exists in dist/", () => {
    const xml = read("manifest.xml");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    const missing = urls
      .filter((u) => u.startsWith(DEV))
      .map((u) => u.slice(DEV.length).split(/[?#]/)[0])
      .filter((rel) => !fs.existsSync(path.join(DIST, rel)));
    expect(missing).toEqual([]);
    // Nothing may point elsewhere unless ADDIN_URL was set for this build.
    if (!process.env.ADDIN_URL) expect(urls.filter((u) => !u.startsWith(DEV))).toEqual([]);
  });

  test("the pages, functions.json, the functions script and the commands page are there", () => {
    for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "commands.html", "commands.js", "manifest.xml"]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });

  test("taskpane.html loads office.js and every chunk (one shared runtime); commands.html the commands", () => {
    const pane = scripts(read("taskpane.html"));
    expect(pane.some((s) => s.endsWith("office.js"))).toBe(true);
    expect(pane).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "commands.js"]));
    const officeAt = pane.findIndex((s) => s.endsWith("office.js"));
    for (const chunk of ["taskpane.js", "functions.js", "commands.js"]) expect(pane.indexOf(chunk)).toBeGreaterThan(officeAt);
    expect(scripts(read("commands.html"))).toEqual(expect.arrayContaining(["commands.js"]));
  });

  test("functions.json lists every @customfunction of src/functions/functions.ts with its parameters and descriptions", () => {
    const source = readSourceFunctions(fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8"));
    expect(source.length).toBeGreaterThan(0);
    // The source parser must have found parameter help, or the comparison below would check nothing.
    expect(source.flatMap((f) => f.parameters).filter((p) => p.description).length).toBeGreaterThan(0);
    const meta = (JSON.parse(read("functions.json")) as { functions: MetadataFunction[] }).functions;
    const collapse = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.replace(/\s+/g, " ").trim());
    expect(meta.map((f) => f.id).sort()).toEqual(source.map((f) => f.id).sort());
    for (const fn of source) {
      const m = meta.find((f) => f.id === fn.id)!;
      expect({ id: fn.id, name: m.name }).toEqual({ id: fn.id, name: fn.name });
      expect(collapse(m.description)).toBe(fn.description);
      expect(m.parameters.map((p) => p.name)).toEqual(fn.parameters.map((p) => p.name));
      for (const p of fn.parameters) {
        if (p.description === undefined) continue;
        expect({ fn: fn.id, param: p.name, description: collapse(m.parameters.find((q) => q.name === p.name)?.description) })
          .toEqual({ fn: fn.id, param: p.name, description: p.description });
      }
    }
  });

  test("functions.en-US.json (the manifest's en-US metadata) has the same ids and parameter names", () => {
    const file = path.join(DIST, "functions.en-US.json");
    const vi = (JSON.parse(read("functions.json")) as { functions: MetadataFunction[] }).functions;
    const en = (JSON.parse(fs.readFileSync(file, "utf8")) as { functions: MetadataFunction[] }).functions;
    const shape = (fns: MetadataFunction[]): [string, string[]][] =>
      fns.map((f): [string, string[]] => [f.id, f.parameters.map((p) => p.name)]).sort((a, b) => a[0].localeCompare(b[0]));
    expect(shape(en)).toEqual(shape(vi));
  });

  test("the built commands bundle registers validateSheet and the handler completes its event", async () => {
    const associated = new Map<string, (event: unknown) => void>();
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    const Office = {
      onReady: (cb?: (info: unknown) => void) => {
        cb?.({ host: "Excel", platform: "PC" });
        return Promise.resolve({ host: "Excel", platform: "PC" });
      },
      actions: { associate: (id: string, fn: (event: unknown) => void) => void associated.set(id, fn) },
      addin: { showAsTaskpane },
    };
    runEntry("commands.js", { Office, console, Promise, setTimeout });
    await new Promise((r) => setTimeout(r, 10));
    expect([...associated.keys()]).toEqual(["validateSheet"]);
    const event = { completed: jest.fn() };
    associated.get("validateSheet")!(event);
    await new Promise((r) => setTimeout(r, 10));
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("functions.js registers every function of functions.json where Excel has custom functions", () => {
    const ids: string[] = [];
    const CustomFunctions = {
      associate: (id: string) => void ids.push(id),
      Error: function (this: { code: string }, code: string) {
        this.code = code;
      },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    };
    runEntry("functions.js", { CustomFunctions });
    const meta = (JSON.parse(read("functions.json")) as { functions: MetadataFunction[] }).functions;
    expect(ids.sort()).toEqual(meta.map((f) => f.id).sort());
  });

  test("functions.js loads without error on Excel without custom functions (Office 2016 pane page)", () => {
    let context: Record<string, unknown> = {};
    expect(() => (context = runEntry("functions.js", {}))).not.toThrow();
    expect(context.CustomFunctions).toBeDefined();
  });

  test("the engine is bundled once: the entries share one chunk under one webpack runtime", () => {
    const pane = scripts(read("taskpane.html")).filter((f) => !/^https?:/.test(f));
    const shared = pane.filter((f) => !ENTRIES.includes(f));
    expect(shared.length).toBeGreaterThan(0);
    // A catalogue text every front end shows: present in the shared chunk, in no entry.
    const marker = "Tổng cộng";
    expect(shared.some((f) => read(f).includes(marker))).toBe(true);
    for (const entry of ["taskpane.js", "commands.js", "functions.js"]) expect(read(entry).includes(marker)).toBe(false);
  });

  test.each(fs.existsSync(path.join(DIST, "taskpane.html")) ? scripts(read("taskpane.html")).filter((f) => !/^https?:/.test(f)) : ENTRIES)("%s parses as ES5 (Internet Explorer 11)", (file) => {
    expect(() => parseJs(read(file), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });
});

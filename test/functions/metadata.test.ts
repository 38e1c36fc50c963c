/**
 * The functions' metadata: what custom-functions-metadata generates from the JSDoc of src/functions/functions.ts
 * (the same generator CustomFunctionsMetadataPlugin runs), its agreement with the message catalogue, and the
 * English metadata scripts/localized-functions-plugin.js emits for the manifest's en-US override.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack from "webpack";
import { functionsMessages } from "../../src/i18n/catalog/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../scripts/localized-functions-plugin.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetaFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetaParam[];
  result: { dimensionality?: string };
}

const EXPECTED: { [id: string]: string[] } = {
  RATE: ["achieved", "target", "decimals"],
  FROMTOTAL: ["members", "rate", "rounding"],
  SHORTFALL: ["target", "achieved"],
  SURPLUS: ["target", "achieved"],
  STATUS: ["achieved", "target"],
  SHARE: ["part", "whole", "decimals"],
  ALLOCATE: ["total", "weights", "minimums", "rounding"],
  PACE: ["achieved", "target", "asOf", "periodStart", "periodEnd"],
};
const OPTIONAL = new Set(["RATE.decimals", "FROMTOTAL.rounding", "SHARE.decimals", "ALLOCATE.minimums", "ALLOCATE.rounding", "PACE.periodStart", "PACE.periodEnd"]);

let generated: MetaFunction[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  generated = (JSON.parse(result.metadataJson) as { functions: MetaFunction[] }).functions;
});

describe("functions.json from the JSDoc", () => {
  test("every QUOTA function with its parameters, in order", () => {
    expect(Object.fromEntries(generated.map((f) => [f.id, f.parameters.map((p) => p.name)]))).toEqual(EXPECTED);
    for (const f of generated) expect(f.name).toBe(f.id);
  });
  test("optional parameters are optional, required ones are not", () => {
    for (const f of generated) {
      for (const p of f.parameters) expect([`${f.id}.${p.name}`, Boolean(p.optional)]).toEqual([`${f.id}.${p.name}`, OPTIONAL.has(`${f.id}.${p.name}`)]);
    }
  });
  test("ALLOCATE takes ranges and spills a matrix", () => {
    const allocate = generated.find((f) => f.id === "ALLOCATE")!;
    expect(allocate.result.dimensionality).toBe("matrix");
    expect(allocate.parameters.find((p) => p.name === "weights")?.dimensionality).toBe("matrix");
    expect(allocate.parameters.find((p) => p.name === "minimums")?.dimensionality).toBe("matrix");
  });
  test("the Vietnamese descriptions are the catalogue's (one text, two places)", () => {
    for (const f of generated) {
      expect(f.description).toBe(functionsMessages[`functions.meta.${f.id}`].vi);
      for (const p of f.parameters) expect(p.description).toBe(functionsMessages[`functions.meta.${f.id}.${p.name}`].vi);
    }
  });
});

describe("localized-functions-plugin", () => {
  test("loads the TypeScript catalogue on its own", () => {
    expect(plugin.loadCatalog(path.join(ROOT, "src", "i18n", "catalog", "functions.ts"))).toEqual(functionsMessages);
  });
  test("English metadata: same ids, names and parameters, English descriptions", () => {
    const en = plugin.localizeMetadata({ functions: generated }, functionsMessages).functions as MetaFunction[];
    expect(en.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(generated.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]));
    const rate = en.find((f) => f.id === "RATE")!;
    expect(rate.description).toBe("Achieved as a percent of the target (percent points, rounded like ROUND): 164 of 280 is 58.57.");
    expect(rate.parameters[0].description).toBe("The number achieved (admitted).");
    for (const f of en) expect(f.description).not.toMatch(/[ạảãàáâấầẩẫậăắằẳẵặđẹẻẽèéêếềểễệịỉĩìíọỏõòóôốồổỗộơớờởỡợụủũùúưứừửữựỵỷỹỳý]/i);
  });
  test("a missing English text is an error, not a silent Vietnamese fallback", () => {
    const meta = { functions: [{ id: "NEW", name: "NEW", description: "x", parameters: [] }] };
    expect(() => plugin.localizeMetadata(meta, functionsMessages)).toThrow(/functions\.meta\.NEW/);
  });
  test("in a webpack build it emits functions.en-US.json next to functions.json", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quota-fn-"));
    const entry = path.join(dir, "entry.js");
    fs.writeFileSync(entry, "module.exports = 1;\n");
    const compiler = webpack({
      mode: "development",
      context: ROOT,
      entry,
      devtool: false,
      output: { path: path.join(dir, "dist"), filename: "bundle.js" },
      plugins: [
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
        new plugin({ input: "./src/functions/functions.ts", output: "functions.en-US.json" }),
      ],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.compilation.errors.map(String)).toEqual([]);
    const vi = JSON.parse(fs.readFileSync(path.join(dir, "dist", "functions.json"), "utf8")) as { functions: MetaFunction[] };
    const en = JSON.parse(fs.readFileSync(path.join(dir, "dist", "functions.en-US.json"), "utf8")) as { functions: MetaFunction[] };
    expect(en.functions.map((f) => f.id)).toEqual(vi.functions.map((f) => f.id));
    expect(en.functions.find((f) => f.id === "STATUS")?.description).toBe(functionsMessages["functions.meta.STATUS"].en);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** webpack.config.js wiring, checked without running a build. */
import * as path from "path";

type Pattern = { from: string; to: string; transform?: (content: Buffer) => Buffer | string; context?: string };
type Plugin = { constructor: { name: string }; options?: Record<string, unknown>; patterns?: Pattern[]; userOptions?: Record<string, unknown> };
type Config = {
  mode: string;
  target: unknown;
  entry: Record<string, unknown>;
  plugins: Plugin[];
  devServer?: unknown;
  output: { path: string };
};

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, options: Record<string, unknown>) => Promise<Config>;

async function configWith(vars: Record<string, string | undefined>, env: Record<string, unknown> = {}): Promise<Config> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await makeConfig(env, { mode: "production" });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const copyPatterns = (config: Config): Pattern[] =>
  config.plugins.filter((p) => p.constructor.name === "CopyPlugin").flatMap((p) => p.patterns ?? []);
const htmlPages = (config: Config): Record<string, unknown>[] =>
  config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions ?? {});

describe("webpack.config.js", () => {
  test("entries taskpane, functions, commands; one page carries every chunk (shared runtime)", async () => {
    const config = await configWith({ ADDIN_URL: undefined, OFFICE_JS: undefined });
    expect(config.mode).toBe("production");
    expect(config.entry).toMatchObject({
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    });
    expect(config.output.path).toBe(path.join(ROOT, "dist"));
    const pages = htmlPages(config);
    const taskpane = pages.find((p) => p.filename === "taskpane.html");
    expect(taskpane?.chunks).toEqual(expect.arrayContaining(["taskpane", "functions", "commands"]));
    expect(pages.find((p) => p.filename === "commands.html")?.chunks).toEqual(expect.arrayContaining(["commands"]));
  });

  test("a production build needs no dev certificates and has no dev server", async () => {
    const config = await configWith({});
    expect(config.devServer).toBeUndefined();
  });

  test("webpack serve gets an https dev server on port 3000 (certificates passed in, none generated here)", async () => {
    const https = { key: "k", cert: "c" };
    const config = (await makeConfig({ WEBPACK_SERVE: true }, { mode: "development", https })) as Config & {
      devServer: { server: { type: string; options: unknown }; port: number };
    };
    expect(config.mode).toBe("development");
    expect(config.devServer.server).toEqual({ type: "https", options: https });
    expect(config.devServer.port).toBe(3000);
  });

  test("ADDIN_URL rewrites every dev URL in the copied manifest; without it the manifest is copied as is", async () => {
    const xml = Buffer.from('<a u="https://localhost:3000/taskpane.html"/><b u="https://localhost:3000/functions.json"/>');
    const manifestPattern = (c: Config): Pattern => copyPatterns(c).find((p) => p.from === "manifest.xml")!;
    const prod = await configWith({ ADDIN_URL: "https://intranet.example.vn/qc" });
    expect(String(manifestPattern(prod).transform!(xml))).toBe(
      '<a u="https://intranet.example.vn/qc/taskpane.html"/><b u="https://intranet.example.vn/qc/functions.json"/>',
    );
    const plain = await configWith({ ADDIN_URL: undefined });
    expect(String(manifestPattern(plain).transform!(xml))).toBe(String(xml));
  });

  test("OFFICE_JS=local copies @microsoft/office-js into office-js/ and rewrites the pages", async () => {
    const local = await configWith({ OFFICE_JS: "local" });
    const officeJs = copyPatterns(local).find((p) => p.to === "office-js/");
    expect(officeJs?.context).toBe(path.dirname(require.resolve("@microsoft/office-js/dist/office.js")));
    expect(local.plugins.map((p) => p.constructor.name)).toContain("LocalOfficeJsPlugin");
    const cdn = await configWith({ OFFICE_JS: undefined });
    expect(copyPatterns(cdn).find((p) => p.to === "office-js/")).toBeUndefined();
    expect(cdn.plugins.map((p) => p.constructor.name)).not.toContain("LocalOfficeJsPlugin");
  });

  test("generates functions.json from src/functions/functions.ts", async () => {
    const config = await configWith({});
    const meta = config.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin");
    expect(meta?.options).toEqual({ output: "functions.json", input: "./src/functions/functions.ts" });
  });
});

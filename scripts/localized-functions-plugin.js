/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has emitted functions.json (Vietnamese descriptions
 * from the JSDoc of src/functions/functions.ts), emit functions.en-US.json — the same ids, names and
 * parameters with the English descriptions of the message catalogue — for the manifest's
 * <bt:Override Locale="en-US">. Metadata generated from JSDoc has no localisation of its own.
 *
 * The one source of the English text is src/i18n/catalog/functions.ts ("functions.meta.<ID>" and
 * "functions.meta.<ID>.<parameter>"). It is TypeScript, so it is transpiled here with typescript's
 * transpileModule and compiled as a CommonJS module; it must import nothing but types.
 *
 * Options: { output = "functions.en-US.json", metadata = "functions.json",
 *            catalog = "src/i18n/catalog/functions.ts" (relative to the webpack context), lang = "en" }.
 * `input` (the functions source) is accepted for symmetry with CustomFunctionsMetadataPlugin and unused.
 * A function or parameter without an English text fails the build: a half-English function list is a bug.
 */
const fs = require("fs");
const path = require("path");
const Module = require("module");

const PLUGIN_NAME = "LocalizedFunctionsPlugin";

/** The `functionsMessages` export of the TypeScript catalogue file. */
function loadCatalog(file) {
  const ts = require("typescript");
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    fileName: file,
  });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(outputText, file);
  if (!m.exports.functionsMessages) throw new Error(`${file} does not export functionsMessages`);
  return m.exports.functionsMessages;
}

/** The metadata with every description (function and parameter) replaced by the catalogue's `lang` text. */
function localizeMetadata(metadata, messages, lang = "en") {
  const text = (key) => {
    const message = messages[key];
    if (!message || typeof message[lang] !== "string") throw new Error(`message catalogue has no "${lang}" text for ${key}`);
    return message[lang];
  };
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({
      ...f,
      description: text(`functions.meta.${f.id}`),
      parameters: (f.parameters || []).map((p) => ({ ...p, description: text(`functions.meta.${f.id}.${p.name}`) })),
    })),
  };
}

class LocalizedFunctionsPlugin {
  constructor(options = {}) {
    this.output = options.output || "functions.en-US.json";
    this.metadata = options.metadata || "functions.json";
    this.catalog = options.catalog || path.join("src", "i18n", "catalog", "functions.ts");
    this.lang = options.lang || "en";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const catalogFile = path.resolve(compiler.context, this.catalog);
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(catalogFile);
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.metadata);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: no ${this.metadata} to localise (is CustomFunctionsMetadataPlugin configured first?)`));
          return;
        }
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const localized = localizeMetadata(metadata, loadCatalog(catalogFile), this.lang);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        } catch (err) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${err instanceof Error ? err.message : String(err)}`));
        }
      });
    });
  }
}

module.exports = LocalizedFunctionsPlugin;
module.exports.LocalizedFunctionsPlugin = LocalizedFunctionsPlugin;
module.exports.loadCatalog = loadCatalog;
module.exports.localizeMetadata = localizeMetadata;

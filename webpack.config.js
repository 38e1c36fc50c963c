/**
 * Builds the add-in into dist/: taskpane.html (carries every chunk, so functions, pane and ribbon commands
 * share one runtime), commands.html, functions.json (+ functions.en-US.json), assets, manifest.xml.
 * Shaped after Microsoft's shared-runtime template (OfficeDev/Excel-Custom-Functions-Shared), minus its slips:
 * the ADDIN_URL rewrite replaces every URL, and a production build needs no dev certificates.
 *
 * Environment:
 *   ADDIN_URL=https://host/path/   rewrite https://localhost:3000/ in dist/manifest.xml (docs/intranet.md)
 *   OFFICE_JS=local                serve office.js from dist/office-js/ instead of Microsoft's CDN
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls, useLocalOfficeJs } = require("./scripts/build-transforms");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
// Emits dist/functions.en-US.json (English descriptions from the message catalogue, same ids) for the manifest's en-US override.
const LocalizedFunctionsPlugin = require("./scripts/localized-functions-plugin");

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/** Rewrites office.js script tags in every emitted page (OFFICE_JS=local). */
class LocalOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("LocalOfficeJsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("LocalOfficeJsPlugin", (data) => {
        data.html = useLocalOfficeJs(data.html);
        return data;
      });
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const addinUrl = process.env.ADDIN_URL;
  const localOfficeJs = process.env.OFFICE_JS === "local";

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "assets/help.html", to: "help.html" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (addinUrl ? rewriteManifestUrls(content.toString(), addinUrl) : content),
    },
  ];
  if (localOfficeJs) {
    copyPatterns.push({
      from: "**/*",
      context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
      to: "office-js/",
      // Debug builds and IntelliSense files double the size and are never loaded by office.js itself.
      globOptions: { ignore: ["**/*.debug.js", "**/office-vsdoc.js"] },
      // Already minified by Microsoft; re-minifying 250 files would take minutes.
      info: { minimized: true },
    });
  }

  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["polyfill", "taskpane", "functions", "commands"],
      chunksSortMode: "manual",
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["polyfill", "commands"],
      chunksSortMode: "manual",
    }),
    new CopyWebpackPlugin({ patterns: copyPatterns }),
  ];
  plugins.push(new LocalizedFunctionsPlugin({ input: FUNCTIONS_SOURCE, output: "functions.en-US.json" }));
  if (localOfficeJs) plugins.push(new LocalOfficeJsPlugin());

  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    // Perpetual Office 2016 (and 2019 on older Windows 10) runs the pane in Internet Explorer 11: ES5 output
    // plus core-js polyfills, so the base task pane works where the manifest lets it install.
    target: ["web", "es5"],
    entry: {
      polyfill: ["core-js/stable"],
      taskpane: "./src/taskpane/taskpane.ts",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the pane's reference-file reader, issue 11) sit beside the pages that load
      // them: a relative path, instead of webpack's "auto" detection, which throws where there is no
      // document.currentScript (the build tests run the bundles in a bare VM).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked once by `npm run typecheck`; the bundle only strips them.
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { target: "ES5", downlevelIteration: true, sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins,
    // The pane page carries every entry (shared runtime), so the engine and the message catalogue they all
    // use go into one "shared" chunk under one webpack runtime instead of being bundled into each entry:
    // one copy to download and parse, and one module instance for the pane, the ribbon and the functions.
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: (chunk) => chunk.name !== "polyfill", minChunks: 2, minSize: 0, enforce: true },
        },
      },
    },
    performance: { hints: false },
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: options.https !== undefined ? options.https : await devServerHttpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    };
  }
  return config;
};

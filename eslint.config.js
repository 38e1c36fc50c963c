/** ESLint flat config: typescript-eslint's recommended rules for TS and the plain-JS build scripts. */
const { defineConfig } = require("eslint/config");
const tseslint = require("typescript-eslint");

module.exports = defineConfig(
  { ignores: ["dist/", "build/", "coverage/", "test-output/", "node_modules/", "**/*.d.ts"] },
  tseslint.configs.recommended,
  {
    rules: {
      // House rule: no `any` unless unavoidable, and then with a disable comment that says why.
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Node-side CommonJS scripts and configs (webpack, jest, eslint, scripts/*.js, bin/*.js).
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Scripts injected into a browser page as they are (no bundler), written in ES5 on purpose.
    files: ["test/browser/**/*.js"],
    languageOptions: { sourceType: "script" },
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
);

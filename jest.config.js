/**
 * Jest: ts-jest transpiles only (types are checked once by `tsc --noEmit` in `npm run lint` and CI): that follows
 * from `isolatedModules` in tsconfig.test.json (ts-jest's own `isolatedModules` option is deprecated).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 60000,
};

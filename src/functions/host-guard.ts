/**
 * Perpetual Office 2016 / 2019 (volume licensed) has no custom functions, yet its task pane page loads this
 * chunk too: the shared runtime needs one page carrying every chunk. There, the CustomFunctions.associate
 * calls the metadata plugin appends to functions.ts would throw a ReferenceError on load. An inert stand-in
 * keeps that page clean; the functions are simply absent, as the manifest's requirements already say.
 * Imported first by functions.ts so it runs before those calls; where Excel provides CustomFunctions it
 * does nothing.
 */
declare const self: { CustomFunctions?: unknown } | undefined;

const scope = (typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : undefined) as
  | { CustomFunctions?: unknown }
  | undefined;

if (scope && typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = {
    associate: () => undefined,
    // Never reached without a host calling the functions; present so the bundle's references resolve.
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
    Error: function HostlessError(this: { code: string; message?: string }, code: string, message?: string) {
      this.code = code;
      this.message = message;
    },
  };
}

export {};

/**
 * A stand-in for the global `CustomFunctions` Excel provides to the functions runtime: just the Error class
 * and the ErrorCode values the QUOTA functions use. Import this before src/functions/*.
 */
export class FakeCustomFunctionError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCustomFunctionError, ErrorCode };

/** Sets or clears the Office global the functions read the display language from. */
export function setDisplayLanguage(locale: string | null): void {
  const g = globalThis as unknown as { Office?: unknown };
  if (locale === null) delete g.Office;
  else g.Office = { context: { displayLanguage: locale } };
}

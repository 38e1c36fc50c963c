/**
 * Failures the adapter reports to the user. Each carries a message-catalogue key (src/i18n/catalog/pane.ts)
 * so the pane and the ribbon show the same Vietnamese/English text, and never a raw Office.js error.
 */
export type AdapterErrorCode =
  | "protected" // the sheet is protected
  | "read-only" // the workbook is opened read-only
  | "cell-edit" // the user is typing in a cell (InvalidOperationInCellEditMode)
  | "empty" // nothing on the sheet / in the selection
  | "stale" // the cells changed since the plan was made
  | "too-large" // a payload Excel would reject
  | "no-host" // not running inside Excel
  | "unknown"
  | "sheet-too-large"; // a used range far too large to read (stray cells far away): select the table

export class ExcelAdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly messageKey: string;
  /** The Office.js error code, kept for the log. */
  readonly officeCode?: string;

  constructor(code: AdapterErrorCode, detail?: string, officeCode?: string) {
    super(detail ?? code);
    this.name = "ExcelAdapterError";
    this.code = code;
    this.messageKey = `pane.error.${code}`;
    this.officeCode = officeCode;
  }
}

/** Maps an Office.js error (OfficeExtension.Error has `code`) to the adapter's vocabulary. */
export function toAdapterError(e: unknown): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  if (typeof e === "object" && e !== null && "officeCode" in e && "messageKey" in e) return e as ExcelAdapterError;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new ExcelAdapterError("cell-edit", message, code);
    case "AccessDenied":
      return new ExcelAdapterError("protected", message, code);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new ExcelAdapterError("too-large", message, code);
    default:
      return new ExcelAdapterError("unknown", message, code || undefined);
  }
}

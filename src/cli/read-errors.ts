/**
 * Why a workbook could not be read. The code goes into the JSON report; the message comes from the
 * catalogue ("cli.read.<CODE>") in the user's language, so the error carries its key, not a sentence.
 */
export type ReadErrorCode =
  | "NOT_FOUND" // no such file (or a directory given where a file was expected)
  | "EMPTY_FILE" // 0 bytes
  | "NOT_XLSX" // not a zip package: a text file, a PDF … renamed .xlsx
  | "LEGACY_XLS" // an old binary .xls (Excel 97–2003)
  | "ENCRYPTED" // a password-protected workbook
  | "READ_FAILED" // a zip that ExcelJS cannot read: truncated, corrupt
  | "UNREADABLE" // no permission to read it (EACCES, EPERM), or not an ordinary file (a FIFO, a device)
  | "TOO_LARGE"; // a block of cells too large to check (blocks.ts MAX_BLOCK_CELLS)

export class WorkbookReadError extends Error {
  readonly code: ReadErrorCode;
  /** The catalogue key of the message: "cli.read.EMPTY_FILE" … */
  readonly messageKey: string;
  readonly file: string;
  /** The underlying library message, where there is one (not translated). */
  readonly detail?: string;

  constructor(code: ReadErrorCode, file: string, detail?: string) {
    super(`${code}: ${file}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
    this.code = code;
    this.messageKey = `cli.read.${code}`;
    this.file = file;
    this.detail = detail;
  }
}

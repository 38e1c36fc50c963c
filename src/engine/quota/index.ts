/**
 * The quota arithmetic shared by the QUOTA.* custom functions and the checker: pure, no Office.js.
 * Every function returns a QuotaResult (a value or a failure with a catalogue message), never throws.
 */
export * from "./result";
export { rate, share, ratePoints, fromTotal, shortfall, surplus, status } from "./rate";
export type { QuotaRounding, QuotaStatus } from "./rate";
export { allocate } from "./allocate";
export type { AllocateRounding } from "./allocate";
export { pace } from "./pace";
export type { Pace } from "./pace";
export { serialFromDate, dateFromSerial, isSerial, isValidDate, addYears, MAX_SERIAL } from "./dates";
export type { CalendarDate } from "./dates";

/**
 * The QUOTA.* custom functions: thin adapters over src/engine/quota. custom-functions-metadata-plugin reads
 * the JSDoc below into functions.json (namespace QUOTA comes from the manifest) and appends the
 * CustomFunctions.associate calls to this file at build time, so nothing here registers itself.
 * Descriptions are Vietnamese and must equal the "functions.meta.*" texts of src/i18n/catalog/functions.ts
 * (scripts/localized-functions-plugin.js builds the English metadata from there).
 * Arguments are `unknown` (metadata "any") so numbers typed as text reach coerce.ts; results are numbers,
 * text or CustomFunctions.Error values — never thrown, never NaN. Return types are written out as unions
 * (metadata "any"): the metadata generator rejects type aliases.
 */
// First: on Excel without custom functions the registrations appended below must not throw.
import "./host-guard";
import { allocate, fromTotal, pace, rate, share, shortfall, status, surplus, type QuotaResult } from "../engine/quota";
import type { AllocateRounding, QuotaRounding } from "../engine/quota";
import { t } from "../i18n";
import { all, displayLang, isBlank, toChoice, toDateSerial, toExcelError, toList, toNumber } from "./coerce";

const ROUNDING_WORDS: { readonly [word: string]: QuotaRounding } = {
  up: "up",
  nearest: "nearest",
  down: "down",
  "lên": "up",
  len: "up",
  "gần nhất": "nearest",
  "gan nhat": "nearest",
  "xuống": "down",
  xuong: "down",
};

const ALLOCATE_WORDS: { readonly [word: string]: AllocateRounding } = ROUNDING_WORDS;

function settle<T>(r: QuotaResult<T>): T | CustomFunctions.Error {
  return r.ok ? r.value : toExcelError(r);
}

/**
 * Tỷ lệ % đã đạt so với chỉ tiêu (điểm phần trăm, làm tròn như ROUND): 164 trên 280 là 58,57.
 * @customfunction RATE
 * @param achieved Số đã đạt (đã kết nạp).
 * @param target Chỉ tiêu được giao.
 * @param [decimals] Số chữ số thập phân (mặc định 2).
 * @returns Tỷ lệ %.
 */
export function quotaRate(achieved: unknown, target: unknown, decimals?: unknown): number | CustomFunctions.Error {
  const args = all([toNumber("achieved", achieved), toNumber("target", target), toNumber("decimals", decimals, 2)]);
  return args.ok ? settle(rate(args.value[0], args.value[1], args.value[2])) : toExcelError(args);
}

/**
 * Chỉ tiêu tính từ số đảng viên theo tỷ lệ: tỷ lệ dưới 1 là phân số (0,035 hoặc 3,5%), từ 1 trở lên là điểm phần trăm (3,5). Mặc định làm tròn lên (tối thiểu).
 * @customfunction FROMTOTAL
 * @param members Số đảng viên (số nguyên).
 * @param rate Tỷ lệ: 0,035 hoặc 3,5% hoặc 3,5.
 * @param [rounding] Làm tròn: up (lên, mặc định), nearest (gần nhất), down (xuống).
 * @returns Chỉ tiêu (số nguyên).
 */
export function quotaFromTotal(members: unknown, rate: unknown, rounding?: unknown): number | CustomFunctions.Error {
  const args = all([toNumber("members", members), toNumber("rate", rate)]);
  if (!args.ok) return toExcelError(args);
  const mode = toChoice("rounding", rounding, ROUNDING_WORDS, "up");
  if (!mode.ok) return toExcelError(mode);
  return settle(fromTotal(args.value[0], args.value[1], mode.value));
}

/**
 * Số còn thiếu so với chỉ tiêu: MAX(0; chỉ tiêu - đã đạt).
 * @customfunction SHORTFALL
 * @param target Chỉ tiêu được giao.
 * @param achieved Số đã đạt.
 * @returns Số còn thiếu.
 */
export function quotaShortfall(target: unknown, achieved: unknown): number | CustomFunctions.Error {
  const args = all([toNumber("target", target), toNumber("achieved", achieved)]);
  return args.ok ? settle(shortfall(args.value[0], args.value[1])) : toExcelError(args);
}

/**
 * Chênh lệch có dấu: đã đạt - chỉ tiêu (dương là vượt, âm là còn thiếu).
 * @customfunction SURPLUS
 * @param target Chỉ tiêu được giao.
 * @param achieved Số đã đạt.
 * @returns Chênh lệch.
 */
export function quotaSurplus(target: unknown, achieved: unknown): number | CustomFunctions.Error {
  const args = all([toNumber("target", target), toNumber("achieved", achieved)]);
  return args.ok ? settle(surplus(args.value[0], args.value[1])) : toExcelError(args);
}

/**
 * Đánh giá so với chỉ tiêu: Đạt (bằng), Vượt (trên), Chưa đạt (dưới).
 * @customfunction STATUS
 * @param achieved Số đã đạt.
 * @param target Chỉ tiêu được giao.
 * @returns Đạt, Vượt hoặc Chưa đạt.
 */
export function quotaStatus(achieved: unknown, target: unknown): string | CustomFunctions.Error {
  const args = all([toNumber("achieved", achieved), toNumber("target", target)]);
  if (!args.ok) return toExcelError(args);
  const r = status(args.value[0], args.value[1]);
  return r.ok ? t(`functions.status.${r.value}`, displayLang()) : toExcelError(r);
}

/**
 * Tỷ trọng % của một phần trong tổng (ví dụ đoàn viên trong số đảng viên mới kết nạp).
 * @customfunction SHARE
 * @param part Phần (ví dụ số đoàn viên).
 * @param whole Tổng (ví dụ tổng số kết nạp).
 * @param [decimals] Số chữ số thập phân (mặc định 2).
 * @returns Tỷ trọng %.
 */
export function quotaShare(part: unknown, whole: unknown, decimals?: unknown): number | CustomFunctions.Error {
  const args = all([toNumber("part", part), toNumber("whole", whole), toNumber("decimals", decimals, 2)]);
  return args.ok ? settle(share(args.value[0], args.value[1], args.value[2])) : toExcelError(args);
}

/**
 * Phân bổ tổng chỉ tiêu cho các đơn vị theo trọng số bằng phương pháp số dư lớn nhất: một cột số nguyên có tổng đúng bằng tổng chỉ tiêu, tôn trọng mức tối thiểu.
 * @customfunction ALLOCATE
 * @param total Tổng chỉ tiêu cần phân bổ (số nguyên).
 * @param weights Cột trọng số, ví dụ số đảng viên của từng đơn vị.
 * @param [minimums] Cột mức tối thiểu của từng đơn vị (có thể bỏ trống).
 * @param [rounding] Đơn vị lẻ ưu tiên cho: nearest (số dư lớn nhất, mặc định), up (đơn vị nhỏ trước), down (đơn vị lớn trước).
 * @returns Cột chỉ tiêu phân bổ.
 */
export function quotaAllocate(total: unknown, weights: unknown[][], minimums?: unknown[][], rounding?: unknown): unknown[][] {
  // An error still spills as one cell: a matrix function answers with a matrix.
  const asError = (r: Extract<QuotaResult<unknown>, { ok: false }>) => [[toExcelError(r)]];
  const totalValue = toNumber("total", total);
  if (!totalValue.ok) return asError(totalValue);
  const weightCells = toList("weights", weights);
  if (!weightCells.ok) return asError(weightCells);
  const weightValues = all(weightCells.value.map((w) => toNumber("weights", w)));
  if (!weightValues.ok) return asError(weightValues);
  let minimumValues: number[] | null = null;
  if (!isBlank(minimums) && !(Array.isArray(minimums) && minimums.every((row) => Array.isArray(row) && row.every(isBlank)))) {
    const minimumCells = toList("minimums", minimums);
    if (!minimumCells.ok) return asError(minimumCells);
    const read = all(minimumCells.value.map((m) => toNumber("minimums", m)));
    if (!read.ok) return asError(read);
    minimumValues = read.value;
  }
  const mode = toChoice("rounding", rounding, ALLOCATE_WORDS, "nearest");
  if (!mode.ok) return asError(mode);
  const r = allocate(totalValue.value, weightValues.value, minimumValues, mode.value);
  return r.ok ? r.value.map((x) => [x]) : asError(r);
}

/**
 * Tiến độ so với nhịp đều: đã đạt - chỉ tiêu × số ngày đã qua / số ngày của kỳ (2 chữ số thập phân); dương là vượt, âm là chậm. Kỳ mặc định là năm dương lịch của ngày tính.
 * @customfunction PACE
 * @param achieved Số đã đạt đến ngày tính.
 * @param target Chỉ tiêu của cả kỳ.
 * @param asOf Ngày tính.
 * @param [periodStart] Ngày bắt đầu kỳ (mặc định 1/1).
 * @param [periodEnd] Ngày kết thúc kỳ (mặc định 31/12).
 * @returns Số vượt (+) hoặc chậm (-) so với tiến độ.
 */
export function quotaPace(achieved: unknown, target: unknown, asOf: unknown, periodStart?: unknown, periodEnd?: unknown): number | CustomFunctions.Error {
  const counts = all([toNumber("achieved", achieved), toNumber("target", target)]);
  if (!counts.ok) return toExcelError(counts);
  const dates = all([toDateSerial("asOf", asOf, true), toDateSerial("periodStart", periodStart, false), toDateSerial("periodEnd", periodEnd, false)]);
  if (!dates.ok) return toExcelError(dates);
  const [day, start, end] = dates.value;
  const r = pace(counts.value[0], counts.value[1], day as number, start, end);
  return r.ok ? r.value.pace : toExcelError(r);
}

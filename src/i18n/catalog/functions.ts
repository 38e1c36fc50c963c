import type { Catalog } from "../catalog";

/**
 * Messages of the functions area: Vietnamese first, English second.
 * "functions.meta.*" are the QUOTA.* descriptions: the Vietnamese text must equal the JSDoc in
 * src/functions/functions.ts (the metadata plugin reads the JSDoc; a test compares them), and
 * scripts/localized-functions-plugin.js takes the English text from here for functions.en-US.json.
 * Keep this file free of imports other than types: the webpack plugin transpiles it on its own.
 */
export const functionsMessages: Catalog = {
  // Errors returned by the functions (CustomFunctions.Error messages) and by the shared quota arithmetic.
  "functions.error.notANumber": { vi: "{arg}: «{value}» không phải là số.", en: "{arg}: “{value}” is not a number." },
  "functions.error.boolean": { vi: "{arg}: cần một số, không phải TRUE/FALSE.", en: "{arg}: needs a number, not TRUE/FALSE." },
  "functions.error.cellError": { vi: "{arg}: ô tham chiếu đang báo lỗi.", en: "{arg}: the referenced cell shows an error." },
  "functions.error.required": { vi: "{arg}: chưa có giá trị.", en: "{arg}: a value is required." },
  "functions.error.negative": { vi: "{arg}: không được là số âm.", en: "{arg}: must not be negative." },
  "functions.error.notWhole": { vi: "{arg}: phải là số nguyên.", en: "{arg}: must be a whole number." },
  "functions.error.decimals": {
    vi: "{arg}: số chữ số thập phân phải là số nguyên từ -15 đến 15.",
    en: "{arg}: decimal places must be a whole number from -15 to 15.",
  },
  "functions.error.targetZero": { vi: "Chỉ tiêu bằng 0: không tính được tỷ lệ.", en: "The target is 0: no rate can be computed." },
  "functions.error.wholeZero": { vi: "Tổng bằng 0: không tính được tỷ trọng.", en: "The whole is 0: no share can be computed." },
  "functions.error.partAboveWhole": { vi: "Phần lớn hơn tổng.", en: "The part is larger than the whole." },
  "functions.error.rateTooHigh": {
    vi: "Tỷ lệ lớn hơn 100%: dưới 1 là phân số (0,035), từ 1 trở lên là điểm phần trăm (3,5).",
    en: "Rate above 100%: below 1 is a fraction (0.035), 1 or more is percent points (3.5).",
  },
  "functions.error.rounding": {
    vi: "{arg}: cách làm tròn «{value}» không hợp lệ; dùng {choices}.",
    en: "{arg}: rounding “{value}” is not valid; use {choices}.",
  },
  "functions.error.noWeights": { vi: "weights: chưa có trọng số nào.", en: "weights: no weights given." },
  "functions.error.notAColumn": {
    vi: "{arg}: phải là một cột hoặc một hàng.",
    en: "{arg}: must be a single column or a single row.",
  },
  "functions.error.lengthMismatch": {
    vi: "Số mức tối thiểu ({minimums}) khác số trọng số ({weights}).",
    en: "The number of minimums ({minimums}) differs from the number of weights ({weights}).",
  },
  "functions.error.minimumsExceedTotal": {
    vi: "Tổng các mức tối thiểu ({sum}) lớn hơn tổng chỉ tiêu ({total}).",
    en: "The minimums add up to {sum}, more than the total ({total}).",
  },
  "functions.error.weightsZero": {
    vi: "Các trọng số đều bằng 0: không có căn cứ để phân bổ phần còn lại.",
    en: "All weights are 0: there is nothing to allocate the rest by.",
  },
  "functions.error.date": { vi: "{arg}: không phải là ngày hợp lệ.", en: "{arg}: not a valid date." },
  "functions.error.periodOrder": {
    vi: "Ngày kết thúc kỳ trước ngày bắt đầu kỳ.",
    en: "The period ends before it starts.",
  },

  // QUOTA.STATUS words.
  "functions.status.met": { vi: "Đạt", en: "Met" },
  "functions.status.exceeded": { vi: "Vượt", en: "Exceeded" },
  "functions.status.notMet": { vi: "Chưa đạt", en: "Not met" },

  // Function metadata: descriptions and parameter help.
  "functions.meta.RATE": {
    vi: "Tỷ lệ % đã đạt so với chỉ tiêu (điểm phần trăm, làm tròn như ROUND): 164 trên 280 là 58,57.",
    en: "Achieved as a percent of the target (percent points, rounded like ROUND): 164 of 280 is 58.57.",
  },
  "functions.meta.RATE.achieved": { vi: "Số đã đạt (đã kết nạp).", en: "The number achieved (admitted)." },
  "functions.meta.RATE.target": { vi: "Chỉ tiêu được giao.", en: "The assigned target (quota)." },
  "functions.meta.RATE.decimals": { vi: "Số chữ số thập phân (mặc định 2).", en: "Decimal places (default 2)." },

  "functions.meta.FROMTOTAL": {
    vi: "Chỉ tiêu tính từ số đảng viên theo tỷ lệ: tỷ lệ dưới 1 là phân số (0,035 hoặc 3,5%), từ 1 trở lên là điểm phần trăm (3,5). Mặc định làm tròn lên (tối thiểu).",
    en: "A quota from a member count at a rate: a rate below 1 is a fraction (0.035 or 3.5%), 1 or more is percent points (3.5). Rounds up by default (at least).",
  },
  "functions.meta.FROMTOTAL.members": { vi: "Số đảng viên (số nguyên).", en: "The member count (a whole number)." },
  "functions.meta.FROMTOTAL.rate": { vi: "Tỷ lệ: 0,035 hoặc 3,5% hoặc 3,5.", en: "The rate: 0.035 or 3.5% or 3.5." },
  "functions.meta.FROMTOTAL.rounding": {
    vi: "Làm tròn: up (lên, mặc định), nearest (gần nhất), down (xuống).",
    en: "Rounding: up (the default), nearest, down.",
  },

  "functions.meta.SHORTFALL": {
    vi: "Số còn thiếu so với chỉ tiêu: MAX(0; chỉ tiêu - đã đạt).",
    en: "What is still missing to reach the target: MAX(0, target - achieved).",
  },
  "functions.meta.SHORTFALL.target": { vi: "Chỉ tiêu được giao.", en: "The assigned target (quota)." },
  "functions.meta.SHORTFALL.achieved": { vi: "Số đã đạt.", en: "The number achieved." },

  "functions.meta.SURPLUS": {
    vi: "Chênh lệch có dấu: đã đạt - chỉ tiêu (dương là vượt, âm là còn thiếu).",
    en: "The signed difference: achieved - target (positive is over the target, negative is short of it).",
  },
  "functions.meta.SURPLUS.target": { vi: "Chỉ tiêu được giao.", en: "The assigned target (quota)." },
  "functions.meta.SURPLUS.achieved": { vi: "Số đã đạt.", en: "The number achieved." },

  "functions.meta.STATUS": {
    vi: "Đánh giá so với chỉ tiêu: Đạt (bằng), Vượt (trên), Chưa đạt (dưới).",
    en: "Against the target: Met (equal), Exceeded (above), Not met (below).",
  },
  "functions.meta.STATUS.achieved": { vi: "Số đã đạt.", en: "The number achieved." },
  "functions.meta.STATUS.target": { vi: "Chỉ tiêu được giao.", en: "The assigned target (quota)." },

  "functions.meta.SHARE": {
    vi: "Tỷ trọng % của một phần trong tổng (ví dụ đoàn viên trong số đảng viên mới kết nạp).",
    en: "A part's share of the whole in percent points (e.g. youth-union members among new members).",
  },
  "functions.meta.SHARE.part": { vi: "Phần (ví dụ số đoàn viên).", en: "The part (e.g. youth-union members)." },
  "functions.meta.SHARE.whole": { vi: "Tổng (ví dụ tổng số kết nạp).", en: "The whole (e.g. all admitted)." },
  "functions.meta.SHARE.decimals": { vi: "Số chữ số thập phân (mặc định 2).", en: "Decimal places (default 2)." },

  "functions.meta.ALLOCATE": {
    vi: "Phân bổ tổng chỉ tiêu cho các đơn vị theo trọng số bằng phương pháp số dư lớn nhất: một cột số nguyên có tổng đúng bằng tổng chỉ tiêu, tôn trọng mức tối thiểu.",
    en: "Allocates a total over units by weight with the largest-remainder method: a column of whole numbers that adds up to the total, honouring minimums.",
  },
  "functions.meta.ALLOCATE.total": { vi: "Tổng chỉ tiêu cần phân bổ (số nguyên).", en: "The total to allocate (a whole number)." },
  "functions.meta.ALLOCATE.weights": {
    vi: "Cột trọng số, ví dụ số đảng viên của từng đơn vị.",
    en: "A column of weights, e.g. each unit's member count.",
  },
  "functions.meta.ALLOCATE.minimums": {
    vi: "Cột mức tối thiểu của từng đơn vị (có thể bỏ trống).",
    en: "A column of per-unit minimums (may be left out).",
  },
  "functions.meta.ALLOCATE.rounding": {
    vi: "Đơn vị lẻ ưu tiên cho: nearest (số dư lớn nhất, mặc định), up (đơn vị nhỏ trước), down (đơn vị lớn trước).",
    en: "Who gets the leftover units: nearest (largest remainder, the default), up (small units first), down (large units first).",
  },

  "functions.meta.PACE": {
    vi: "Tiến độ so với nhịp đều: đã đạt - chỉ tiêu × số ngày đã qua / số ngày của kỳ (2 chữ số thập phân); dương là vượt, âm là chậm. Kỳ mặc định là năm dương lịch của ngày tính.",
    en: "Pace against a straight line: achieved - target × days elapsed / days in the period (2 decimals); positive is ahead, negative behind. The default period is the calendar year of the date.",
  },
  "functions.meta.PACE.achieved": { vi: "Số đã đạt đến ngày tính.", en: "The number achieved by the date." },
  "functions.meta.PACE.target": { vi: "Chỉ tiêu của cả kỳ.", en: "The target for the whole period." },
  "functions.meta.PACE.asOf": { vi: "Ngày tính.", en: "The date to measure on." },
  "functions.meta.PACE.periodStart": { vi: "Ngày bắt đầu kỳ (mặc định 1/1).", en: "The first day of the period (default 1 January)." },
  "functions.meta.PACE.periodEnd": { vi: "Ngày kết thúc kỳ (mặc định 31/12).", en: "The last day of the period (default 31 December)." },
};

import type { Catalog } from "../catalog";

/** Messages of reconciliation and consolidation (issue 11): Vietnamese first, English second. */
export const reconcileMessages: Catalog = {
  "issue.REFERENCE_MISMATCH": {
    vi: "Ô {cell} ({unit}): cột \"{column}\" ghi {actual}, khác số được giao {expected} ở {reference} (ô {referenceCell}, \"{referenceUnit}\").",
    en: "Cell {cell} ({unit}): column \"{column}\" says {actual}, not the {expected} assigned in {reference} (cell {referenceCell}, \"{referenceUnit}\").",
  },
  "issue.UNIT_MISSING": {
    vi: "Đơn vị \"{unit}\" có trong {reference} (ô {referenceCell}) nhưng không có trong bảng này.",
    en: "The unit \"{unit}\" is in {reference} (cell {referenceCell}) but not in this table.",
  },
  "issue.UNIT_NOT_IN_REFERENCE": {
    vi: "Ô {cell}: đơn vị \"{unit}\" không có trong {reference}.",
    en: "Cell {cell}: the unit \"{unit}\" is not in {reference}.",
  },
  "issue.SUMMARY_MISMATCH": {
    vi: "Ô {cell} ({unit}): cột \"{column}\" ghi {actual}, khác dòng tổng của tệp đơn vị {unitFile} ({expected}, ô {unitCell}).",
    en: "Cell {cell} ({unit}): column \"{column}\" says {actual}, not the total row of the unit's file {unitFile} ({expected}, cell {unitCell}).",
  },
  // Appended to UNIT_MISSING / UNIT_NOT_IN_REFERENCE when a doubtful pairing was found and not used.
  "reconcile.candidate": {
    vi: "Có thể là \"{candidate}\": tên chưa chắc trùng, hãy kiểm tra lại và sửa tên cho khớp.",
    en: "Perhaps \"{candidate}\": the names may not be the same unit; check, and write the name alike.",
  },
  "reconcile.match.exact": { vi: "trùng", en: "exact" },
  "reconcile.match.near": { vi: "gần trùng", en: "near" },
  "reconcile.match.doubtful": { vi: "chưa chắc — cần xác nhận, không dùng", en: "doubtful — to confirm, not used" },
  "reconcile.report.heading": {
    vi: "Đối chiếu với {reference}: {count} cặp tên",
    en: "Compared with {reference}: {count} name pairings",
  },
  "reconcile.report.pairing": {
    vi: "dòng {row} \"{unit}\" ↔ dòng {referenceRow} \"{reference}\" ({match})",
    en: "row {row} \"{unit}\" ↔ row {referenceRow} \"{reference}\" ({match})",
  },
  "reconcile.report.columns": { vi: "Cột so sánh: {columns}", en: "Columns compared: {columns}" },
  "reconcile.report.noColumns": {
    vi: "Không có cột nào cùng tiêu đề để so sánh: dùng --compare \"Cột ở đây = Cột ở bảng giao\".",
    en: "No columns with the same header to compare: use --compare \"Column here = Column in the reference\".",
  },
  "reconcile.report.unresolved": {
    vi: "--compare \"{pair}\": không tìm thấy cột ở một trong hai bảng.",
    en: "--compare \"{pair}\": a column was not found in one of the two tables.",
  },
  "reconcile.report.noCounterpart": {
    vi: "Không bảng nào trong {reference} có cùng các đơn vị với bảng {range}: không đối chiếu được.",
    en: "No table in {reference} lists the same units as the table {range}: nothing to compare.",
  },
  "reconcile.report.noCounterpartFile": {
    vi: "{file}: không bảng nào có cùng các đơn vị với bảng trong {reference}, nên không có gì để đối chiếu.",
    en: "{file}: no table lists the same units as the tables of {reference}, so nothing was compared.",
  },
  "reconcile.error.referenceSheet": {
    vi: "Tệp giao chỉ tiêu {file} không có trang tính \"{sheet}\".",
    en: "The reference {file} has no sheet \"{sheet}\".",
  },
  "reconcile.error.noReferenceTable": {
    vi: "Không tìm thấy bảng nào trong tệp giao chỉ tiêu {file}.",
    en: "No table was found in the reference {file}.",
  },
  "reconcile.error.compareWithoutReference": {
    vi: "--compare chỉ dùng cùng --reference TỆP (bảng giao chỉ tiêu để so).",
    en: "--compare needs --reference FILE (the table to compare with).",
  },
  "reconcile.error.badCompare": {
    vi: "--compare \"{value}\": cần dạng \"Cột ở đây = Cột ở bảng giao\" (chữ tiêu đề, các tầng cách nhau bởi \"/\", hoặc chữ cái cột).",
    en: "--compare \"{value}\": expected \"Column here = Column in the reference\" (header words, levels separated by \"/\", or a column letter).",
  },

  // The task pane's "Đối chiếu" section.
  "pane.reconcile.title": { vi: "Đối chiếu", en: "Reconcile" },
  "pane.reconcile.intro": {
    vi: "So số liệu của trang đang mở với bảng giao chỉ tiêu: một trang khác trong tệp này, hoặc một tệp .xlsx.",
    en: "Compare the open sheet's figures with the assigned quotas: another sheet of this workbook, or an .xlsx file.",
  },
  "pane.reconcile.sheet": { vi: "Trang giao chỉ tiêu", en: "Reference sheet" },
  "pane.reconcile.pickSheet": { vi: "Chọn trang…", en: "Choose a sheet…" },
  "pane.reconcile.openFile": { vi: "Mở tệp…", en: "Open a file…" },
  "pane.reconcile.compare": { vi: "Ghép cột khác tên (A = B; …)", en: "Pair differently named columns (A = B; …)" },
  "pane.reconcile.run": { vi: "Đối chiếu", en: "Compare" },
  "pane.reconcile.current": { vi: "Đang dùng: {reference}", en: "Reference: {reference}" },
  "pane.reconcile.fileChoice": { vi: "tệp {file}", en: "file {file}" },
  "pane.reconcile.sheetChoice": { vi: "trang \"{sheet}\"", en: "sheet \"{sheet}\"" },
  "pane.reconcile.reading": { vi: "Đang đọc {file}…", en: "Reading {file}…" },
  "pane.reconcile.badFile": {
    vi: "Không đọc được {file}: cần một sổ tính Excel .xlsx (không đặt mật khẩu).",
    en: "Could not read {file}: an Excel .xlsx workbook (without a password) is needed.",
  },
  "pane.reconcile.noChoice": { vi: "Hãy chọn trang hoặc mở tệp giao chỉ tiêu trước.", en: "Choose the reference sheet or open its file first." },
  "pane.reconcile.reopenFile": {
    vi: "Tệp {file} cần được mở lại (nội dung tệp không lưu trong sổ tính).",
    en: "Open {file} again (a file's contents are not kept in the workbook).",
  },
  "pane.reconcile.noCounterpart": {
    vi: "Không bảng nào trong {reference} có cùng các đơn vị với bảng ở trang này.",
    en: "No table in {reference} lists the same units as the tables on this sheet.",
  },
  "pane.reconcile.same": { vi: "Khớp với {reference}: không có chênh lệch.", en: "Matches {reference}: no difference." },
  "pane.reconcile.found": { vi: "{count} điểm khác với {reference}.", en: "{count} differences from {reference}." },
  "pane.reconcile.pairings": { vi: "Các cặp tên đã ghép", en: "Name pairings" },
};


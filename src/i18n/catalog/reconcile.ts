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

  // quota-check consolidate
  "consolidate.cli.usage": {
    vi: [
      "Cách dùng: quota-check consolidate THƯ_MỤC [--summary TỆP] [--json] [--lang vi|en]",
      "           quota-check consolidate THƯ_MỤC -o TONG-HOP.xlsx [--dry-run] [--force] [--lang vi|en]",
      "",
      "  Kiểm tra tệp của từng đơn vị trong THƯ_MỤC, rồi đối chiếu mỗi dòng của bảng tổng hợp với dòng tổng",
      "  của tệp đơn vị đó (SUMMARY_MISMATCH). Bảng tổng hợp là --summary TỆP, hoặc tệp trong thư mục có các",
      "  dòng mang tên các đơn vị kia. Đơn vị của một tệp: tên ghi ở tiêu đề, tên trang tính hoặc tên tệp.",
      "  -o TỆP     chưa có bảng tổng hợp: in bản xem trước rồi ghi bảng tổng hợp mới (công thức SUM, tỷ lệ,",
      "             ghi chú tệp nguồn từng dòng); không bao giờ ghi đè tệp đầu vào",
      "  --dry-run  chỉ in bản xem trước, không ghi",
      "  --force    ghi đè TỆP kết quả nếu đã có (không bao giờ ghi đè tệp đầu vào)",
      "",
      "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc/ghi được tệp hoặc tham số sai.",
    ].join("\n"),
    en: [
      "Usage: quota-check consolidate DIR [--summary FILE] [--json] [--lang vi|en]",
      "       quota-check consolidate DIR -o SUMMARY.xlsx [--dry-run] [--force] [--lang vi|en]",
      "",
      "  Checks each unit's workbook in DIR, then checks each row of the summary against that unit's total row",
      "  (SUMMARY_MISMATCH). The summary is --summary FILE, or the workbook in DIR whose rows name the other",
      "  files' units. A file's unit: the name in its caption, its sheet name or its file name.",
      "  -o FILE    no summary yet: print a preview, then write a new summary (SUM formulas, percent formulas,",
      "             each row's source file in a note column); an input file is never overwritten",
      "  --dry-run  print the preview only",
      "  --force    overwrite FILE if it exists (never an input file)",
      "",
      "Exit status: 0 no errors, 1 errors found, 2 a file could not be read or written, or bad arguments.",
    ].join("\n"),
  },
  "consolidate.error.noDir": { vi: "Thiếu THƯ_MỤC chứa tệp của các đơn vị.", en: "Missing DIR holding the units' workbooks." },
  "consolidate.error.unknownOption": { vi: "Tham số không hợp lệ: {option}", en: "Unknown option: {option}" },
  "consolidate.error.noFiles": { vi: "Thư mục {dir} không có tệp .xlsx nào.", en: "The folder {dir} holds no .xlsx file." },
  "consolidate.error.noSummary": {
    vi: "Không tìm thấy bảng tổng hợp trong {dir}: chỉ định bằng --summary TỆP, hoặc dùng -o TỆP để lập bảng tổng hợp mới.",
    en: "No summary found in {dir}: name it with --summary FILE, or use -o FILE to write a new one.",
  },
  "consolidate.error.summaryExists": {
    vi: "Thư mục đã có bảng tổng hợp {file}: kiểm tra nó bằng quota-check consolidate {dir} (không dùng -o).",
    en: "The folder already holds a summary, {file}: check it with quota-check consolidate {dir} (without -o).",
  },
  "consolidate.error.outputIsInput": {
    vi: "Tệp kết quả {file} là một tệp đầu vào: chọn tên khác (không bao giờ ghi đè tệp đầu vào).",
    en: "The output {file} is one of the input files: choose another name (inputs are never overwritten).",
  },
  "consolidate.error.outputExists": {
    vi: "Tệp {file} đã có: dùng --force để ghi đè, hoặc chọn tên khác.",
    en: "The file {file} already exists: use --force to overwrite it, or choose another name.",
  },
  "consolidate.error.noUnitTable": {
    vi: "Không có tệp đơn vị nào có bảng với dòng tổng để tổng hợp.",
    en: "No unit workbook holds a table with a total to consolidate.",
  },
  "consolidate.error.writeFailed": { vi: "Không ghi được tệp {file}: {reason}", en: "Could not write {file}: {reason}" },
  "consolidate.unit.unknown": {
    vi: "{file}: không xác định được đơn vị (tiêu đề, tên trang tính, tên tệp đều không khớp tên nào trong bảng tổng hợp).",
    en: "{file}: its unit could not be told (no caption, sheet name or file name matches a name in the summary).",
  },
  "consolidate.unit.noTotal": {
    vi: "{file}: không tìm thấy bảng có dòng tổng; không đối chiếu được dòng của đơn vị {unit}.",
    en: "{file}: no table with a total row; the row of {unit} could not be checked.",
  },
  "consolidate.unit.notInSummary": {
    vi: "{file}: đơn vị \"{unit}\" không có dòng nào trong bảng tổng hợp {summary}.",
    en: "{file}: the unit \"{unit}\" has no row in the summary {summary}.",
  },
  "consolidate.unit.line": { vi: "  {file} → {unit} ({source}, {match})", en: "  {file} → {unit} ({source}, {match})" },
  "consolidate.unit.source.caption": { vi: "tiêu đề", en: "caption" },
  "consolidate.unit.source.sheet": { vi: "tên trang tính", en: "sheet name" },
  "consolidate.unit.source.file": { vi: "tên tệp", en: "file name" },
  "consolidate.report.units": { vi: "Đơn vị của từng tệp:", en: "Each file's unit:" },
  "consolidate.preview.heading": {
    vi: "Bảng tổng hợp sẽ ghi vào {file} (trang \"{sheet}\"): {count} đơn vị, cột: {columns}",
    en: "Summary to be written to {file} (sheet \"{sheet}\"): {count} units, columns: {columns}",
  },
  "consolidate.preview.row": { vi: "  dòng {row}: {unit} ← {file}: {values}", en: "  row {row}: {unit} ← {file}: {values}" },
  "consolidate.preview.total": { vi: "  dòng {row}: Tổng cộng = SUM(…): {values}", en: "  row {row}: total = SUM(…): {values}" },
  "consolidate.preview.dryRun": { vi: "Chạy thử (--dry-run): không ghi tệp nào.", en: "Dry run (--dry-run): nothing was written." },
  "consolidate.preview.written": { vi: "Đã ghi bảng tổng hợp vào {file}.", en: "Summary written to {file}." },
  // Written into the new summary workbook: always Vietnamese, like the fill.
  "consolidate.sheet.name": { vi: "Tổng hợp", en: "Tổng hợp" },
  "consolidate.sheet.title": { vi: "BẢNG TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ", en: "BẢNG TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ" },
  "consolidate.sheet.subtitle": {
    vi: "(Tổng hợp từ {count} tệp của các đơn vị bằng quota-check)",
    en: "(Tổng hợp từ {count} tệp của các đơn vị bằng quota-check)",
  },
  "consolidate.sheet.stt": { vi: "STT", en: "STT" },
  "consolidate.sheet.unit": { vi: "Đơn vị", en: "Đơn vị" },
  "consolidate.sheet.total": { vi: "Tổng cộng", en: "Tổng cộng" },
  "consolidate.sheet.note": { vi: "Ghi chú (tệp nguồn)", en: "Ghi chú (tệp nguồn)" },

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


import type { Catalog } from "../catalog";

/**
 * Messages of `quota-check consolidate` (issue 11): Vietnamese first, English second. Only the command line
 * uses them, so they are not in the catalogue every front end loads: src/cli/consolidate.ts registers them
 * (registerMessages) and the task pane's scripts do not carry them.
 */
export const consolidateMessages: Catalog = {
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

};

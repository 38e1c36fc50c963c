import type { Catalog } from "../catalog";

/** Messages of the cli area: Vietnamese first, English second. */
export const cliMessages: Catalog = {
  // Why a workbook could not be read (WorkbookReadError.messageKey).
  "cli.read.NOT_FOUND": { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  "cli.read.EMPTY_FILE": { vi: "Tệp {file} rỗng (0 byte).", en: "The file {file} is empty (0 bytes)." },
  "cli.read.NOT_XLSX": {
    vi: "Tệp {file} không phải sổ tính Excel .xlsx.",
    en: "The file {file} is not an Excel .xlsx workbook.",
  },
  "cli.read.LEGACY_XLS": {
    vi: "Tệp {file} là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    en: "The file {file} is an old Excel workbook (.xls): open it in Excel and save it as .xlsx.",
  },
  "cli.read.ENCRYPTED": {
    vi: "Tệp {file} được đặt mật khẩu: hãy gỡ mật khẩu trong Excel rồi kiểm tra lại.",
    en: "The file {file} is password-protected: remove the password in Excel and check it again.",
  },
  "cli.read.READ_FAILED": {
    vi: "Không đọc được tệp {file} (tệp hỏng hoặc chưa lưu xong).",
    en: "Could not read the file {file} (damaged or incompletely saved).",
  },

  // Command line arguments.
  "cli.usage": {
    vi: [
      "Cách dùng: quota-check TỆP|THƯ_MỤC… [--json] [--lang vi|en] [--sheet TÊN] [--policy TỆP] [--discover]",
      "           quota-check fix …   (điền tổng, tỷ lệ: xem quota-check fix --help)",
      "           quota-check consolidate THƯ_MỤC …   (tổng hợp tệp các đơn vị: xem quota-check consolidate --help)",
      "",
      "Kiểm tra các bảng phụ lục giao chỉ tiêu trong tệp .xlsx (một thư mục: mọi sổ tính Excel trong đó).",
      "  --json          in báo cáo JSON",
      "  --lang vi|en    ngôn ngữ của báo cáo (mặc định: vi)",
      "  --sheet TÊN     chỉ kiểm tra trang tính TÊN (có thể lặp lại)",
      "  --policy TỆP    quy định bổ sung (tỷ lệ tối thiểu, tổng kế hoạch …)",
      "  --discover      áp dụng cả các quy định đọc được trong dòng chữ phía trên bảng",
      "  --reference TỆP[#TRANG]  đối chiếu với bảng giao chỉ tiêu (\"#TRANG\": trang khác của cùng tệp)",
      "  --compare \"A = B\"       ghép cột A của báo cáo với cột B của bảng giao khi tiêu đề khác nhau (lặp lại được)",
      "  -h, --help      hướng dẫn này;  -v, --version  phiên bản",
      "",
      "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc tham số sai.",
    ].join("\n"),
    en: [
      "Usage: quota-check FILE|DIR… [--json] [--lang vi|en] [--sheet NAME] [--policy FILE] [--discover]",
      "       quota-check fix …   (fill in totals and percents: see quota-check fix --help)",
      "       quota-check consolidate DIR …   (the units' files into a summary: see quota-check consolidate --help)",
      "",
      "Checks the quota appendix tables in .xlsx files (a directory: every Excel workbook in it).",
      "  --json          print the JSON report",
      "  --lang vi|en    report language (default: vi)",
      "  --sheet NAME    check only the sheet NAME (may be repeated)",
      "  --policy FILE   extra rules (minimum rate, plan total …)",
      "  --discover      also apply the rules stated in the lines above each table",
      "  --reference FILE[#SHEET]  compare with the table of assigned quotas (\"#SHEET\": another sheet of the same file)",
      "  --compare \"A = B\"         pair report column A with reference column B when their headers differ (repeatable)",
      "  -h, --help      this help;  -v, --version  the version",
      "",
      "Exit status: 0 no errors, 1 errors found, 2 a file could not be read or bad arguments.",
    ].join("\n"),
  },
  "cli.args.unknownOption": { vi: "Tùy chọn không hợp lệ: {option}", en: "Unknown option: {option}" },
  "cli.args.missingValue": { vi: "Tùy chọn {option} cần một giá trị.", en: "The option {option} needs a value." },
  "cli.args.badLang": { vi: "Ngôn ngữ không hợp lệ: {value} (chọn vi hoặc en).", en: "Unknown language: {value} (use vi or en)." },
  "cli.args.noFiles": { vi: "Chưa chỉ ra tệp hoặc thư mục cần kiểm tra.", en: "No file or directory to check." },
  "cli.args.hint": { vi: "Xem: quota-check --help", en: "See: quota-check --help" },
  "cli.dir.empty": { vi: "Thư mục {dir} không có sổ tính Excel nào (.xlsx, .xlsm, .xls).", en: "The directory {dir} holds no Excel workbook (.xlsx, .xlsm, .xls)." },
  "cli.policy.failed": { vi: "Không đọc được tệp quy định {file}: {detail}", en: "Could not read the policy file {file}: {detail}" },
  "cli.fix.unavailable": {
    vi: "Lệnh fix chưa có trong bản dựng này.",
    en: "The fix command is not available in this build.",
  },
  "cli.analysis.failed": {
    vi: "Lỗi khi phân tích tệp {file}: {detail}",
    en: "The analysis of {file} failed: {detail}",
  },
  "cli.sheet.notFound": {
    vi: "Không có trang tính {sheet} trong tệp {file}.",
    en: "No sheet {sheet} in the file {file}.",
  },

  // The readable report.
  "cli.report.file": { vi: "Tệp: {file}", en: "File: {file}" },
  "cli.report.fileError": { vi: "  LỖI ĐỌC TỆP [{code}] {message}", en: "  CANNOT READ [{code}] {message}" },
  "cli.report.sheet": { vi: "  Trang tính: {sheet}", en: "  Sheet: {sheet}" },
  "cli.report.noTable": { vi: "    (không tìm thấy bảng)", en: "    (no table found)" },
  "cli.report.table": {
    vi: "    Bảng {range}: số liệu ở dòng {first}–{last}, {relations} quan hệ giữa các ô",
    en: "    Table {range}: data in rows {first}–{last}, {relations, plural, one {# relation} other {# relations}} between cells",
  },
  "cli.report.tableNoData": {
    vi: "    Bảng {range}: không có dòng số liệu",
    en: "    Table {range}: no data rows",
  },
  "cli.report.numberAsTextRun": {
    vi: '{count} ô trong cột {column} là số lưu dưới dạng văn bản (ví dụ {example}: "{text}"); Excel sẽ không cộng các ô này. Xem từng ô với --json; "quota-check fix" ghi lại chúng thành số.',
    en: '{count, plural, one {# cell} other {# cells}} in column {column} hold numbers stored as text (e.g. {example}: "{text}"); Excel will not add them up. See each cell with --json; "quota-check fix" writes them back as numbers.',
  },
  "cli.report.noIssues": { vi: "      Không có vấn đề.", en: "      No issues." },
  "cli.report.expectedActual": { vi: "(cần: {expected}, đang ghi: {actual})", en: "(expected {expected}, found {actual})" },
  "cli.report.sheetIssues": { vi: "    Ngoài bảng:", en: "    Outside any table:" },
  // cli.report.summary and cli.severity.*: catalog/severity.ts (one severity vocabulary for pane, CLI and docs).
  "cli.report.unreadable": { vi: "Không đọc được {count} tệp.", en: "Files that could not be read: {count}." },
  /** Fallback when the catalogue has no message for an issue code yet. */
  "cli.issue.generic": { vi: "{code} tại {cell}", en: "{code} at {cell}" },

  // Issue 12: unreadable files and folders, sheets too large to check.
  "cli.read.UNREADABLE": {
    vi: "Không có quyền đọc tệp {file}, hoặc đó không phải một tệp thường: hãy kiểm tra quyền truy cập rồi chạy lại.",
    en: "No permission to read {file}, or it is not an ordinary file: check its access rights and run again.",
  },
  "cli.read.TOO_LARGE": {
    vi: "Tệp {file} có một vùng ô quá lớn để kiểm tra (quá 8 triệu ô liền nhau): hãy tách bảng ra trang tính hoặc tệp nhỏ hơn.",
    en: "The file {file} has a block of cells too large to check (over 8 million adjoining cells): split the table into smaller sheets or files.",
  },
  "cli.dir.unreadable": {
    vi: "Không mở được thư mục {dir} ({code}: không có quyền đọc?); các tệp khác vẫn được kiểm tra.",
    en: "Cannot open the directory {dir} ({code}: no permission to read it?); the other files are still checked.",
  },
  "cli.unexpected": {
    vi: "quota-check gặp lỗi không lường trước: {detail}. Tệp vào không bị thay đổi. (Đặt QUOTA_CHECK_DEBUG=1 để xem chi tiết.)",
    en: "quota-check hit an unexpected error: {detail}. The input was not changed. (Set QUOTA_CHECK_DEBUG=1 for details.)",
  },
  // Issue 9: the relation behind a finding, after its message.
  "cli.report.because": { vi: "[vì: {relation}]", en: "[because: {relation}]" },
};

import type { Catalog } from "../catalog";

/** Messages of the fill area: Vietnamese first, English second. */
export const fillMessages: Catalog = {
  // Texts the fill writes into the sheet.
  "fill.cell.totalLabel": { vi: "Tổng cộng", en: "Total" },
  "fill.cell.shortfallHeader": { vi: "Còn thiếu", en: "Shortfall" },
  "fill.cell.statusHeader": { vi: "Đánh giá", en: "Status" },
  "fill.cell.statusMet": { vi: "Đạt", en: "Met" },
  "fill.cell.statusExceeded": { vi: "Vượt", en: "Exceeded" },
  "fill.cell.statusBehind": { vi: "Chưa đạt", en: "Behind" },

  // Why a cell is in the plan (preview and `quota-check fix`).
  "fill.reason.total": { vi: "tổng cộng = tổng các dòng đơn vị", en: "total = sum of the unit rows" },
  "fill.reason.subtotal": { vi: "tổng nhóm = tổng các dòng trong nhóm", en: "sub-total = sum of its group" },
  "fill.reason.parts": { vi: "cột tổng = tổng các cột thành phần", en: "parent column = sum of its parts" },
  "fill.reason.percent": { vi: "tỷ lệ % = tử số / mẫu số", en: "percent = numerator / denominator" },
  "fill.reason.share": { vi: "tỷ lệ so với dòng tổng", en: "share of the total row" },
  "fill.reason.shortfall": { vi: "còn thiếu = chỉ tiêu − đã thực hiện", en: "shortfall = target − achieved" },
  "fill.reason.status": { vi: "đánh giá: đạt / vượt / chưa đạt", en: "status: met / exceeded / behind" },
  "fill.reason.header": { vi: "tiêu đề cột mới", en: "new column header" },
  "fill.reason.number": { vi: "số lưu dạng văn bản → số", en: "number stored as text → number" },

  // quota-check fix
  "fill.cli.usage": {
    vi:
      "Cách dùng: quota-check fix VÀO.xlsx -o RA.xlsx [--values] [--functions] [--add-shortfall] [--dry-run] [--force] [--copy] [--verbose] [--lang vi|en] [--trust cause|totals|cells] [--pick Ô=GIÁ_TRỊ]\n" +
      "  --values         ghi giá trị thay cho công thức\n" +
      "  --functions      dùng hàm QUOTA.* (cần add-in) thay cho SUM/ROUND/IF/MAX\n" +
      "  --add-shortfall  thêm cột \"Còn thiếu\" và cột đánh giá bên phải bảng\n" +
      "  --dry-run        chỉ in kế hoạch, không ghi tệp\n" +
      "  --force          cho phép ghi đè RA.xlsx đã có\n" +
      "  --copy           vẫn ghi RA.xlsx (bản sao y nguyên) khi không có gì cần sửa\n" +
      "  --verbose        in từng ô, kể cả ô chỉ đổi hằng số thành công thức\n" +
      "  --trust cause    (mặc định) nguyên nhân chắc chắn ở một ô đơn vị thì sửa ô đó, giữ ô tổng; chưa chắc thì chưa sửa\n" +
      "  --trust totals   luôn tính lại ô tổng/tỷ lệ từ các ô thành phần (cách cũ)\n" +
      "  --trust cells    sửa ô có nguyên nhân xếp hạng cao nhất, kể cả khi chưa chắc chắn\n" +
      "  --pick E18=235   chọn một cách sửa trong các khả năng đã liệt kê (lặp lại được)\n" +
      "Mã thoát: 0 mọi số đã đúng (chỉ thay hằng số bằng công thức, thêm dòng/cột mới, hoặc không có gì để sửa), 1 có số sai đã được sửa (hoặc sẽ được sửa, với --dry-run; hoặc còn chờ chọn cách sửa), 2 không đọc/ghi được tệp hoặc tham số sai.\n" +
      "Tệp vào không bao giờ bị ghi; RA.xlsx chỉ xuất hiện khi đã ghi xong trọn vẹn.",
    en:
      "Usage: quota-check fix IN.xlsx -o OUT.xlsx [--values] [--functions] [--add-shortfall] [--dry-run] [--force] [--copy] [--verbose] [--lang vi|en] [--trust cause|totals|cells] [--pick CELL=VALUE]\n" +
      "  --values         write plain values instead of formulas\n" +
      "  --functions      use the QUOTA.* functions (needs the add-in) instead of SUM/ROUND/IF/MAX\n" +
      "  --add-shortfall  append a \"Còn thiếu\" (shortfall) column and a status column to the right of each table\n" +
      "  --dry-run        print the plan only, write nothing\n" +
      "  --force          allow overwriting an existing OUT.xlsx\n" +
      "  --copy           write OUT.xlsx (an unchanged copy) even when there is nothing to fix\n" +
      "  --verbose        list every cell, also those where a right constant only becomes a formula\n" +
      "  --trust cause    (default) a certain cause in a unit cell: correct that cell, keep the total; not certain: leave it\n" +
      "  --trust totals   always recompute totals and percents from their members (the old way)\n" +
      "  --trust cells    correct the best-ranked cause even when it is not certain\n" +
      "  --pick E18=235   pick one of the listed repairs (may be repeated)\n" +
      "Exit status: 0 every number was already right (constants only turned into formulas, new rows or columns added, or nothing to do), 1 wrong numbers were fixed (or would be, with --dry-run; or wait for a --pick), 2 a file could not be read or written, or bad arguments.\n" +
      "The input is never written; OUT.xlsx appears only once it is completely written.",
  },
  "fill.cli.sheetHeader": { vi: "Trang tính \"{sheet}\": {count} ô", en: "Sheet \"{sheet}\": {count, plural, one {# cell} other {# cells}}" },
  "fill.cli.editLine": { vi: "  {cell}: {before} → {after}  ({reason})", en: "  {cell}: {before} → {after}  ({reason})" },
  "fill.cli.groupLine": {
    vi: "  {range} ({count} ô): giá trị giữ nguyên, thay bằng công thức  ({reason})",
    en: "  {range} ({count, plural, one {# cell} other {# cells}}): same value, now a formula  ({reason})",
  },
  "fill.cli.groupLineNumber": {
    vi: "  {range} ({count} ô): số lưu dạng văn bản, ghi lại thành số (hiển thị như cũ)",
    en: "  {range} ({count, plural, one {# cell} other {# cells}}): numbers stored as text, written as numbers (shown as before)",
  },
  "fill.cli.newGroupLine": {
    vi: "  {range} ({count} ô mới), ví dụ {example}",
    en: "  {range} ({count, plural, one {# new cell} other {# new cells}}), e.g. {example}",
  },
  "fill.cli.mergeLine": { vi: "  gộp ô {range}", en: "  merge {range}" },
  "fill.cli.nothing": { vi: "Không có gì cần sửa.", en: "Nothing to fix." },
  "fill.cli.summary": {
    vi: "{count} ô trong kế hoạch, {changed} ô đổi giá trị hiển thị.",
    en: "{count, plural, one {# cell} other {# cells}} in the plan, {changed, plural, one {# changes its} other {# change their}} displayed value.",
  },
  "fill.cli.written": { vi: "Đã ghi {file}.", en: "Wrote {file}." },
  "fill.cli.dryRun": { vi: "Chạy thử: không ghi tệp nào.", en: "Dry run: no file written." },
  "fill.cli.blank": { vi: "(trống)", en: "(blank)" },
  "fill.error.missingInput": { vi: "Thiếu tệp đầu vào.", en: "No input file given." },
  "fill.error.missingOutput": { vi: "Thiếu -o RA.xlsx (không bao giờ ghi đè tệp đầu vào).", en: "Missing -o OUT.xlsx (the input is never changed in place)." },
  "fill.error.sameFile": {
    vi: "Tệp ra là chính tệp vào (cùng tên, hoặc một liên kết tới nó): hãy chọn tệp khác; tệp vào không bao giờ bị ghi.",
    en: "OUT is the input file (the same name, or a link to it): choose another file; the input is never written.",
  },
  "fill.error.outputExists": { vi: "{file} đã có; thêm --force để ghi đè.", en: "{file} already exists; add --force to overwrite it." },
  "fill.error.unknownOption": { vi: "Tùy chọn không rõ: {option}", en: "Unknown option: {option}" },
  "fill.error.readFailed": { vi: "Không đọc được {file}: {reason}", en: "Cannot read {file}: {reason}" },
  "fill.error.writeFailed": { vi: "Không ghi được {file}: {reason}", en: "Cannot write {file}: {reason}" },

  // Issue 12: where fix may write, and a clean file.
  "fill.cli.notWritten": {
    vi: "Không ghi {file} vì không có gì cần sửa (thêm --copy nếu vẫn muốn có bản sao).",
    en: "{file} not written: there is nothing to fix (add --copy to get a copy anyway).",
  },
  "fill.error.outputIsDirectory": { vi: "{file} là một thư mục: hãy ghi rõ tên tệp ra.", en: "{file} is a directory: give the name of the output file." },
  "fill.error.outputNoFolder": { vi: "Không có thư mục {folder} để ghi {file}.", en: "The folder {folder} for {file} does not exist." },
  "fill.error.outputNotWritable": { vi: "Không có quyền ghi vào thư mục {folder} (tệp {file}).", en: "No permission to write in the folder {folder} (for {file})." },
  "fill.error.oversizedMerge": {
    vi: "{file} có vùng gộp ô {range} trải xa quá phần có dữ liệu; fix không thể ghi bản sao mà giữ nguyên vùng gộp này. Hãy bỏ gộp ô đó trong Excel rồi chạy lại (lệnh kiểm tra vẫn đọc được tệp).",
    en: "{file} has a merged area {range} reaching far past its data; fix cannot write a copy that keeps this merge as it is. Unmerge it in Excel and run again (the check still reads the file).",
  },
};

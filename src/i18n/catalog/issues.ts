import type { Catalog } from "../catalog";

/**
 * Messages of the issues area: Vietnamese first, English second. Keys are "issue.<CODE>" for every
 * IssueCode of model.ts. The checks put every placeholder a message uses into the issue's params
 * ({cell}, {header}, {unit}, {expected}, {actual}, {rows}, {parts}, {numerator}, {denominator} …),
 * so `t("issue." + code, lang, issue.params)` renders a complete sentence.
 */
export const issuesMessages: Catalog = {
  "issue.TOTAL_MISMATCH": {
    vi: "Ô {cell} ({header}): dòng tổng ghi {actual} nhưng cộng các dòng {rows} được {expected}.",
    en: "Cell {cell} ({header}): the total row says {actual} but rows {rows} add up to {expected}.",
  },
  "issue.PARTS_MISMATCH": {
    vi: "Ô {cell} ({unit}): cột \"{header}\" ghi {actual} nhưng tổng các cột thành phần {parts} là {expected}.",
    en: "Cell {cell} ({unit}): \"{header}\" says {actual} but its parts {parts} add up to {expected}.",
  },
  "issue.ROW_RELATION_MISMATCH": {
    vi: "Ô {cell} ({unit}): \"{header}\" ghi {actual}, nhưng theo quan hệ {relation} đúng ở các dòng khác thì phải là {expected}.",
    en: "Cell {cell} ({unit}): \"{header}\" says {actual}, but the relation {relation} that holds in the other rows gives {expected}.",
  },
  "issue.PERCENT_MISMATCH": {
    vi: "Ô {cell} ({unit}): tỷ lệ ghi {actual} nhưng {numerator} / {denominator} = {expected}.",
    en: "Cell {cell} ({unit}): the percent says {actual} but {numerator} / {denominator} = {expected}.",
  },
  "issue.FORMULA_ERROR": {
    vi: "Ô {cell} hiển thị lỗi công thức {actual}.",
    en: "Cell {cell} shows the formula error {actual}.",
  },
  "issue.NOT_A_NUMBER": {
    vi: "Ô {cell} ({header}): \"{actual}\" không phải là số.",
    en: "Cell {cell} ({header}): \"{actual}\" is not a number.",
  },
  "issue.NEGATIVE_COUNT": {
    vi: "Ô {cell} ({header}): số lượng âm ({actual}).",
    en: "Cell {cell} ({header}): a negative count ({actual}).",
  },
  "issue.NUMBER_AS_TEXT": {
    vi: "Ô {cell}: số {expected} đang được lưu dưới dạng văn bản (\"{actual}\"); Excel sẽ không cộng ô này.",
    en: "Cell {cell}: the number {expected} is stored as text (\"{actual}\"); Excel will not add it up.",
  },
  "issue.FRACTIONAL_COUNT": {
    vi: "Ô {cell} ({header}): số lượng phải là số nguyên, đang ghi {actual}.",
    en: "Cell {cell} ({header}): a count must be a whole number, it says {actual}.",
  },
  "issue.FORMULA_RANGE_INCOMPLETE": {
    vi: "Ô {cell}: công thức tổng {formula} bỏ sót hoặc cộng trùng các dòng {rows}.",
    en: "Cell {cell}: the total formula {formula} leaves out or double-counts rows {rows}.",
  },
  "issue.STT_SEQUENCE": {
    vi: "Ô {cell}: số thứ tự {actual} không liền mạch (mong đợi {expected}).",
    en: "Cell {cell}: row number {actual} breaks the sequence (expected {expected}).",
  },
  "issue.DUPLICATE_UNIT": {
    vi: "Ô {cell}: đơn vị \"{unit}\" xuất hiện hai lần trong bảng (đã có ở {rows}).",
    en: "Cell {cell}: the unit \"{unit}\" appears twice in the table (also at {rows}).",
  },
  // The three policy codes are raised by src/engine/policy; their params are set there.
  "issue.BELOW_MIN_RATE": {
    vi: "Ô {cell} ({unit}): chỉ tiêu {actual} thấp hơn mức tối thiểu {expected} ({percent}% của {members} đảng viên).",
    en: "Cell {cell} ({unit}): the quota {actual} is below the minimum {expected} ({percent}% of {members} members).",
  },
  "issue.SHARE_BELOW_TARGET": {
    vi: "Ô {cell}: \"{partColumn}\" chiếm {actual}% của \"{wholeColumn}\" ({part}/{whole}), thấp hơn mục tiêu {expected}%.",
    en: "Cell {cell}: \"{partColumn}\" is {actual}% of \"{wholeColumn}\" ({part}/{whole}), below the target {expected}%.",
  },
  "issue.PLAN_TOTAL_MISMATCH": {
    vi: "Ô {cell}: cột \"{column}\" cộng lại được {actual}, khác tổng kế hoạch {expected} (chênh lệch {difference}).",
    en: "Cell {cell}: column \"{column}\" adds up to {actual}, not the plan total {expected} (difference {difference}).",
  },
  "issue.TOTAL_MISSING": {
    vi: "Bảng {range} chưa có dòng tổng cộng.",
    en: "The table {range} has no total row.",
  },
  "issue.HARDCODED_TOTAL": {
    vi: "Dòng tổng {row}: các ô {cells} được nhập tay thay vì dùng công thức; khi số liệu thay đổi tổng sẽ không tự cập nhật.",
    en: "Total row {row}: cells {cells} are typed-in constants, not formulas; they will not follow changes in the data.",
  },
  "issue.PERCENT_TRUNCATED": {
    vi: "Ô {cell} ({unit}): tỷ lệ {actual} bị cắt bớt chữ số thay vì làm tròn (làm tròn là {expected}).",
    en: "Cell {cell} ({unit}): the percent {actual} was truncated instead of rounded (rounded: {expected}).",
  },
  "issue.FORMULA_NOT_COMPUTED": {
    vi: "{count} ô công thức trong trang tính chưa có giá trị tính sẵn (từ ô {cell}): tệp được tạo bằng chương trình khác và chưa từng được lưu bằng Excel, nên các ô này không kiểm tra được. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.",
    en: "{count} formula cells on this sheet have no computed value (from {cell}): the file was made by another program and never saved by Excel, so these cells cannot be checked. Open it in Excel or LibreOffice, save it, and check again.",
  },

  // Issue 12: a configured rule that no table of the run applies.
  "issue.RULE_NOT_APPLIED": {
    vi: "Quy định số {rule} ({description}) không được áp dụng cho bảng nào.",
    en: "Rule {rule} ({description}) was applied to no table.",
  },
  "issue.RULE_NOT_APPLIED.ambiguous": {
    vi: "Quy định số {rule} ({description}) không được áp dụng cho bảng nào: \"{ref}\" khớp với {count} cột — {columns}. Hãy ghi thêm chữ của tiêu đề (ví dụ tiêu đề cha) hoặc chỉ rõ chữ cột (\"letter\").",
    en: "Rule {rule} ({description}) was applied to no table: \"{ref}\" fits {count} columns — {columns}. Add words of the header (the parent header, say) or give the column letter (\"letter\").",
  },
  "issue.RULE_NOT_APPLIED.notFound": {
    vi: "Quy định số {rule} ({description}) không được áp dụng cho bảng nào: không cột số liệu nào khớp với \"{ref}\".",
    en: "Rule {rule} ({description}) was applied to no table: no column of figures fits \"{ref}\".",
  },
  "issue.RULE_NOT_APPLIED.outOfScope": {
    vi: "Quy định số {rule} ({description}) không được áp dụng cho bảng nào: không bảng nào nằm trong phạm vi của nó.",
    en: "Rule {rule} ({description}) was applied to no table: no table is in its scope.",
  },
  "issue.RULE_NOT_APPLIED.noTable": {
    vi: "Quy định số {rule} ({description}) không được áp dụng: không tìm thấy bảng nào để áp dụng.",
    en: "Rule {rule} ({description}) was not applied: no table was found to apply it to.",
  },
  // Issue 9: breakdown tables ("Trong đó" subsets).
  "issue.SUBSET_EXCEEDS_WHOLE": {
    vi: "Ô {cell} ({unit}): {actual} lớn hơn {whole} của dòng \"{base}\" mà nó là một phần (\"Trong đó\").",
    en: "Cell {cell} ({unit}): {actual} is larger than {whole} in the row \"{base}\" it is a subset of (\"Trong đó\").",
  },
  // Issue 9: what each relation says, in words (src/engine/relation-text.ts); shown with each finding.
  "relation.column-total": { vi: "{cell} = tổng các dòng {rows}", en: "{cell} = sum of rows {rows}" },
  "relation.parts": { vi: "{cell} = {parts}", en: "{cell} = {parts}" },
  "relation.percent": { vi: "{cell} = {numerator} / {denominator} × {scale}", en: "{cell} = {numerator} / {denominator} × {scale}" },
  "relation.share": { vi: "{cell} = {numerator} / {denominator} × {scale}, so với dòng tổng", en: "{cell} = {numerator} / {denominator} × {scale}, of the total row" },
  "relation.shortfall": { vi: "{cell} = max(0; {target} − {achieved})", en: "{cell} = max(0, {target} − {achieved})" },
  "relation.row-parts": { vi: "{cell} = {parts} (\"Chia ra\")", en: "{cell} = {parts} (\"Chia ra\": a partition)" },
  "relation.subset": { vi: "{cell} ≤ {whole}, là một phần của \"{base}\" (\"Trong đó\")", en: "{cell} ≤ {whole}, a subset of \"{base}\" (\"Trong đó\")" },
  "relation.ratio": { vi: "{cell} = {numerator} / {denominator} × {scale}, so với {base}", en: "{cell} = {numerator} / {denominator} × {scale}, of {base}" },
  "relation.base.value": { vi: "số {value} nêu ở tiêu đề bảng", en: "the figure {value} stated in the caption" },
  "relation.base.row": { vi: "\"{label}\"", en: "\"{label}\"" },
  "relation.base.total": { vi: "dòng tổng", en: "the total row" },
  "relation.base.sum": { vi: "tổng các dòng ({value})", en: "the rows' sum ({value})" },
  "relation.base.column": { vi: "cột \"{header}\"", en: "the column \"{header}\"" },
};

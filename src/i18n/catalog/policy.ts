import type { Catalog } from "../catalog";

/** Messages of the policy area: Vietnamese first, English second. */
export const policyMessages: Catalog = {
  // Rules in words (describeRule).
  "policy.rule.minRate": {
    vi: "Chỉ tiêu ({quota}) tối thiểu bằng {percent}% của {members}, {rounding}",
    en: "Quota ({quota}) at least {percent}% of {members}, {rounding}",
  },
  "policy.rule.minShare.table": {
    vi: "Tỷ trọng của {part} trong {whole} từ {percent}% trở lên (tính trên tổng của bảng)",
    en: "The share of {part} in {whole} is at least {percent}% (over the table's totals)",
  },
  "policy.rule.minShare.row": {
    vi: "Tỷ trọng của {part} trong {whole} từ {percent}% trở lên ở từng đơn vị",
    en: "The share of {part} in {whole} is at least {percent}% in every unit",
  },
  "policy.rule.planTotal.equal": {
    vi: "Tổng {column} bằng tổng kế hoạch {total}",
    en: "The sum of {column} equals the plan total {total}",
  },
  "policy.rule.planTotal.atLeast": {
    vi: "Tổng {column} từ {total} trở lên",
    en: "The sum of {column} is at least {total}",
  },
  "policy.rounding.up": { vi: "làm tròn lên", en: "rounded up" },
  "policy.rounding.nearest": { vi: "làm tròn thông thường", en: "rounded to the nearest" },
  "policy.rounding.none": { vi: "không làm tròn", en: "not rounded" },
  "policy.column.letter": { vi: "cột {letter}", en: "column {letter}" },
  "policy.column.header": { vi: "cột “{words}”", en: "column “{words}”" },
  "policy.word.or": { vi: "hoặc", en: "or" },
  "policy.scope.sheet": { vi: " (trang “{sheet}”)", en: " (sheet “{sheet}”)" },
  "policy.scope.table": { vi: " (bảng thứ {table})", en: " (table {table})" },
  "policy.scope.sheetTable": { vi: " (bảng thứ {table} trên trang “{sheet}”)", en: " (table {table} on sheet “{sheet}”)" },

  // Rules found in text (discoverRules): shown, never applied without the user's say-so.
  "policy.found": {
    vi: "Tìm thấy quy định ({confidence}): {rule} — theo câu: “{source}”",
    en: "Rule found ({confidence}): {rule} — from: “{source}”",
  },
  "policy.found.heading": {
    vi: "Quy định tìm thấy trong văn bản (chưa áp dụng; dùng --discover để áp dụng):",
    en: "Rules found in the text (not applied; use --discover to apply them):",
  },
  "policy.found.none": { vi: "Không tìm thấy quy định nào trong văn bản.", en: "No rules found in the text." },
  // Found rules in the reports (text report and task pane), one per caption rule of a table.
  "policy.found.list.heading": {
    vi: "Quy định tìm thấy trong dòng chữ phía trên bảng:",
    en: "Rules found in the text above the table:",
  },
  "policy.found.item": { vi: "[{state}] {rule} ({confidence})", en: "[{state}] {rule} ({confidence})" },
  "policy.found.source": { vi: "theo câu: “{source}”", en: "from: “{source}”" },
  "policy.found.state.applied": { vi: "đã áp dụng", en: "applied" },
  "policy.found.state.unresolved": {
    vi: "không áp dụng được: bảng không có cột khớp",
    en: "not applied: no matching column in this table",
  },
  "policy.found.state.notApplied": {
    vi: "chưa áp dụng: thêm --discover hoặc chép vào tệp --policy",
    en: "not applied: add --discover or copy it into the --policy file",
  },
  "policy.confidence.high": { vi: "rõ ràng", en: "clear" },
  "policy.confidence.medium": { vi: "cần xác nhận cột", en: "columns need confirming" },

  // Why a rule was not checked on a table (ruleStatus).
  "policy.status.notFound": {
    vi: "Quy định “{rule}”: bảng {range} không có {role}.",
    en: "Rule “{rule}”: table {range} has no {role}.",
  },
  "policy.status.ambiguous": {
    vi: "Quy định “{rule}”: có nhiều cột khớp với {role} trong bảng {range} ({candidates}); hãy ghi rõ hơn tên cột hoặc dùng chữ cái cột.",
    en: "Rule “{rule}”: several columns of table {range} fit the {role} ({candidates}); name it more precisely or by its letter.",
  },
  "policy.role.quota": { vi: "cột chỉ tiêu", en: "quota column" },
  "policy.role.members": { vi: "cột số đảng viên", en: "members column" },
  "policy.role.part": { vi: "cột thành phần", en: "part column" },
  "policy.role.whole": { vi: "cột tổng", en: "whole column" },
  "policy.role.column": { vi: "cột cần cộng", en: "column to add up" },

  // Policy JSON problems (parsePolicyJson): {path} names the bad field.
  "policy.error.json": { vi: "Tệp quy định không phải JSON hợp lệ: {detail}", en: "The policy is not valid JSON: {detail}" },
  "policy.error.rules": {
    vi: "{path}: cần một danh sách quy định (\"rules\": [ … ]).",
    en: "{path}: a list of rules is required (\"rules\": [ … ]).",
  },
  "policy.error.version": { vi: "{path}: phiên bản định dạng phải là {version}.", en: "{path}: the format version must be {version}." },
  "policy.error.unknownField": { vi: "{path}: trường không được hỗ trợ.", en: "{path}: unknown field." },
  "policy.error.required": { vi: "{path}: thiếu trường bắt buộc.", en: "{path}: required field is missing." },
  "policy.error.rule": { vi: "{path}: mỗi quy định phải là một đối tượng { … }.", en: "{path}: each rule must be an object { … }." },
  "policy.error.kind": {
    vi: "{path}: loại quy định phải là một trong: {allowed}.",
    en: "{path}: the rule kind must be one of: {allowed}.",
  },
  "policy.error.number": { vi: "{path}: phải là một số.", en: "{path}: must be a number." },
  "policy.error.percent": {
    vi: "{path}: tỷ lệ phần trăm phải lớn hơn 0 và không quá 100 (đang là {value}).",
    en: "{path}: the percent must be above 0 and at most 100 (it is {value}).",
  },
  "policy.error.total": { vi: "{path}: tổng kế hoạch không được âm (đang là {value}).", en: "{path}: the plan total cannot be negative (it is {value})." },
  "policy.error.choice": { vi: "{path}: giá trị phải là một trong: {allowed}.", en: "{path}: the value must be one of: {allowed}." },
  "policy.error.text": { vi: "{path}: phải là một chuỗi văn bản.", en: "{path}: must be a text string." },
  "policy.error.column": {
    vi: "{path}: cột phải ghi là { \"header\": [\"…\"] } hoặc { \"letter\": \"E\" }.",
    en: "{path}: a column is written { \"header\": [\"…\"] } or { \"letter\": \"E\" }.",
  },
  "policy.error.letter": { vi: "{path}: chữ cái cột không hợp lệ (ví dụ: \"E\", \"AB\").", en: "{path}: not a column letter (e.g. \"E\", \"AB\")." },
  "policy.error.header": {
    vi: "{path}: cần một danh sách từ tiêu đề không rỗng, ví dụ [\"Năm 2024\", \"Tổng cộng\"].",
    en: "{path}: a non-empty list of header words is required, e.g. [\"Năm 2024\", \"Tổng cộng\"].",
  },
  "policy.error.scope": { vi: "{path}: phạm vi phải là { \"sheet\": …, \"table\": … }.", en: "{path}: a scope is written { \"sheet\": …, \"table\": … }." },
  "policy.error.tableIndex": { vi: "{path}: số thứ tự bảng phải là số nguyên từ 1 trở lên.", en: "{path}: the table number must be a whole number from 1." },

  // Policy files (loadPolicyFile).
  "policy.file.notFound": { vi: "Không tìm thấy tệp quy định: {file}", en: "Policy file not found: {file}" },
  "policy.file.unreadable": { vi: "Không đọc được tệp quy định {file}: {detail}", en: "Cannot read the policy file {file}: {detail}" },
  "policy.file.invalid": {
    vi: "Tệp quy định {file} có {count} lỗi:",
    en: "The policy file {file} has {count, plural, one {# problem} other {# problems}}:",
  },

  // Issue 12: a JSON syntax error told in the user's language, with where it is (not the parser's English).
  "policy.error.jsonAt": {
    vi: "Tệp quy định không phải JSON hợp lệ: lỗi cú pháp ở dòng {line}, cột {column} (tại “{near}”); hãy kiểm tra dấu ngoặc kép, dấu phẩy và dấu ngoặc ở đó.",
    en: "The policy is not valid JSON: a syntax error at line {line}, column {column} (at “{near}”); check the quotes, commas and brackets there.",
  },
  "policy.error.jsonEnd": {
    vi: "Tệp quy định không phải JSON hợp lệ: văn bản kết thúc giữa chừng (dòng {line}, cột {column}); có thể thiếu dấu đóng ngoặc.",
    en: "The policy is not valid JSON: the text ends too early (line {line}, column {column}); a closing bracket may be missing.",
  },
  "policy.error.jsonSyntax": {
    vi: "Tệp quy định không phải JSON hợp lệ: hãy kiểm tra dấu ngoặc kép, dấu phẩy và dấu ngoặc.",
    en: "The policy is not valid JSON: check the quotes, commas and brackets.",
  },
};

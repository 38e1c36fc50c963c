import type { Catalog } from "../catalog";

/**
 * Messages of likely causes (issue 10, src/engine/causes): Vietnamese first, English second.
 * "cause.because.<kind>" is the sentence for one cause; its {fixes} placeholder is the list of
 * "cause.fix.*" phrases the repair makes hold, joined with "cause.and".
 */
export const causesMessages: Catalog = {
  "cause.because.transposition": {
    vi: "Có thể ô {cell} gõ nhầm {value} thành {typed} (hai chữ số đổi chỗ): sửa lại thì {fixes} đều khớp.",
    en: "Cell {cell} may have been typed {typed} instead of {value} (two digits swapped): with {value}, {fixes} all agree.",
  },
  "cause.because.digit": {
    vi: "Có thể ô {cell} gõ nhầm {value} thành {typed} (sai, thiếu hoặc thừa một chữ số): sửa lại thì {fixes} đều khớp.",
    en: "Cell {cell} may have been typed {typed} instead of {value} (one digit wrong, missing or doubled): with {value}, {fixes} all agree.",
  },
  "cause.because.balance": {
    vi: "Chỉ cần sửa ô {cell} từ {typed} thành {value} là {fixes} đều khớp.",
    en: "Changing only cell {cell} from {typed} to {value} makes {fixes} agree.",
  },
  "cause.because.operands": {
    vi: "Có thể tỷ lệ ở ô {cell} đã lấy \"{denominator}\" chia cho \"{numerator}\" (đảo tử số và mẫu số): đúng là {value}.",
    en: "The percent in {cell} may have divided \"{denominator}\" by \"{numerator}\" (numerator and denominator swapped): it should be {value}.",
  },
  "cause.because.base": {
    vi: "Có thể tỷ lệ ở ô {cell} đã tính với ô {used} thay cho ô {instead}: đúng là {value}.",
    en: "The percent in {cell} may have been computed with {used} instead of {instead}: it should be {value}.",
  },
  "cause.because.copied": {
    vi: "Có thể ô {cell} chép nhầm giá trị của ô {source} ({typed}): đúng là {value}.",
    en: "Cell {cell} may hold the value copied from {source} ({typed}): it should be {value}.",
  },
  "cause.because.formula-range": {
    vi: "Công thức {formula} ở ô {cell} cộng thiếu hoặc cộng trùng dòng {rows}: công thức đúng là {fixed} (= {value}).",
    en: "The formula {formula} in {cell} leaves out or repeats rows {rows}: the right formula is {fixed} (= {value}).",
  },
  "cause.fix.columnTotal": { vi: "tổng cột {col}", en: "the column {col} total" },
  "cause.fix.parts": { vi: "quan hệ cộng ở ô {cell}", en: "the sum in {cell}" },
  "cause.fix.percent": { vi: "tỷ lệ ở ô {cell}", en: "the percent in {cell}" },
  "cause.fix.shortfall": { vi: "số còn thiếu ở ô {cell}", en: "the shortfall in {cell}" },
  "cause.fix.rate": { vi: "tỷ lệ {rate}% so với cột {base}", en: "the {rate}% of column {base} the other rows follow" },
  "cause.and": { vi: " và ", en: " and " },
  "cause.kind.transposition": { vi: "hai chữ số đổi chỗ", en: "two digits swapped" },
  "cause.kind.digit": { vi: "sai một chữ số", en: "one digit wrong" },
  "cause.kind.balance": { vi: "chỉ sửa ô này là khớp", en: "this one cell balances it" },
  "cause.kind.operands": { vi: "đảo tử số và mẫu số", en: "operands swapped" },
  "cause.kind.base": { vi: "sai cơ sở tính", en: "another base" },
  "cause.kind.copied": { vi: "chép nhầm", en: "copied" },
  "cause.kind.formula-range": { vi: "công thức cộng sai dòng", en: "formula over the wrong rows" },
  "cause.candidate": { vi: "ô {cell} = {value} ({kind})", en: "{cell} = {value} ({kind})" },
  "cause.candidates": {
    vi: "Chưa thể biết chắc ô nào sai; có thể là: {list}.",
    en: "Which cell is wrong cannot be told for sure; it may be: {list}.",
  },
  "cause.label.high": { vi: "Nguyên nhân có thể", en: "Likely cause" },
  "cause.label.low": { vi: "Có thể (chưa chắc chắn)", en: "Possible cause (not certain)" },
  "fill.reason.cause": { vi: "sửa ô gõ nhầm (nguyên nhân có thể)", en: "mistyped cell corrected (likely cause)" },
  "pane.reason.cause": { vi: "sửa ô gõ nhầm", en: "mistyped cell" },
  "fill.choice.option": { vi: "ô {cell} = {value} ({kind})", en: "{cell} = {value} ({kind})" },
  "fill.choice.recompute": { vi: "tính lại ô {cell} = {value}", en: "recompute {cell} = {value}" },
  "fill.choice.high-cause": {
    vi: "{cell}: giữ nguyên {typed}; đã sửa {option} vì đó là nguyên nhân gần như chắc chắn. Cách khác: {others}.",
    en: "{cell}: kept {typed}; corrected {option}, the cause that clearly fits best. Other repair: {others}.",
  },
  "fill.choice.trust-cells": {
    vi: "{cell}: giữ nguyên {typed}; đã sửa {option} theo --trust cells (chưa chắc chắn). Các cách khác: {others}.",
    en: "{cell}: kept {typed}; corrected {option} as --trust cells asks (not certain). Other repairs: {others}.",
  },
  "fill.choice.trust-totals": {
    vi: "{cell}: {option} theo --trust totals. Nguyên nhân có thể khác: {others}.",
    en: "{cell}: {option} as --trust totals asks. Possible causes instead: {others}.",
  },
  "fill.choice.user": { vi: "{cell}: {option} theo lựa chọn của bạn.", en: "{cell}: {option}, as you picked." },
  "fill.choice.waiting": {
    vi: "{cell}: CHƯA SỬA — chưa biết chắc ô nào sai. Có thể: {others}. Hãy chọn một cách sửa.",
    en: "{cell}: NOT CHANGED — which cell is wrong is not certain. It may be: {others}. Pick one repair.",
  },
  "fill.cli.choicesHeader": { vi: "Nguyên nhân có thể và cách sửa:", en: "Likely causes and repairs:" },
  "fill.cli.pickHint": {
    vi: "  (chọn bằng --pick Ô=GIÁ_TRỊ, ví dụ --pick {example}; hoặc --trust cells / --trust totals)",
    en: "  (pick with --pick CELL=VALUE, e.g. --pick {example}; or --trust cells / --trust totals)",
  },
};

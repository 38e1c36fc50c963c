/**
 * Finding policy rules in the plan's own words. Only wording that leaves no doubt is read:
 *   "tối thiểu bằng 3% tổng số đảng viên"                 → minRate 3 %, rounded up
 *   "mỗi năm kết nạp 240 đảng viên mới" (+ "Năm 2024 và năm 2025") → planTotal 240 for each year's total column
 *   "toàn tỉnh thực hiện kết nạp 6095 đảng viên mới"       → planTotal 6,095
 *   "tỷ lệ … là đoàn viên thanh niên … từ 70% trở lên"     → minShare 70 % of youth-union members
 * Approximations ("khoảng 3%"), ranges ("từ 4500-5000"), past results ("đã kết nạp được 164", "trung bình
 * mỗi năm kết nạp 3.776", "kết nạp 3293 đảng viên mới, đạt 77,51% chỉ tiêu") and percents without a
 * subject give nothing. What is found is a proposal shown with its sentence, never applied silently.
 *
 * Matching runs on foldKey text (no diacritics), which has the same length as the NFC text for
 * Vietnamese, so captured positions still cut the original sentence.
 */
import { foldKey, normalizeText } from "../text";
import type { ColumnRef, FoundRule, PolicyRule } from "./types";

/** Groups a share rule can be about: folded wording in the text → the header words of the column. */
const SHARE_SUBJECTS: readonly { readonly folded: string; readonly header: string }[] = [
  { folded: "doan vien thanh nien", header: "Đoàn viên thanh niên" },
  { folded: "doan vien cong doan", header: "Đoàn viên công đoàn" },
  { folded: "dan toc thieu so", header: "Dân tộc thiểu số" },
  { folded: "nu", header: "Nữ" },
];

const QUOTA_WORDS = "chỉ tiêu|kết nạp";
const QUOTA_COLUMN: ColumnRef = { header: [QUOTA_WORDS] };
const MEMBERS_COLUMN: ColumnRef = { header: ["số đảng viên|đảng viên hiện có"] };
const TOTAL_WORDS = "tổng cộng|tổng số";

/** Words that make a number a hope or an estimate rather than a rule. */
const VAGUE = /\b(khoang|xap xi|gan|du kien|uoc|tren duoi|about|around|approximately)\s*$/;

/** Counts written with thousands separators ("6.095", "6,095") or without ("6095"). */
const COUNT = String.raw`\d{1,3}(?:[.,]\d{3})+|\d+`;
const PERCENT = String.raw`\d+(?:[.,]\d+)?`;

function parseCount(s: string): number {
  return Number(s.replace(/[.,]/g, ""));
}
function parsePercent(s: string): number {
  return Number(s.replace(",", "."));
}

/**
 * Splits a line into sentences. Dots inside numbers ("11.328") and after an item number ("1. Chỉ tiêu:")
 * do not end a sentence.
 */
function sentences(line: string): string[] {
  // A NUL marks each break first: IE11 (Office 2016's task pane) cannot parse lookbehind or the u flag.
  return line
    .replace(/([^\s\d][.;!?])\s+(?=[^\s\d])/g, "$1\u0000")
    .split("\u0000")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function yearsIn(folded: string): number[] {
  const years = new Set<number>();
  for (const m of folded.matchAll(/\b(?:nam|year)\s+(20\d\d)\b(?:\s+(?:va|and|,)\s+(?:nam\s+)?(20\d\d)\b)?/g)) {
    years.add(Number(m[1]));
    if (m[2]) years.add(Number(m[2]));
  }
  return [...years].sort();
}

/** The folded text before `index` ends with a word that makes the number vague. */
function vagueBefore(folded: string, index: number): boolean {
  return VAGUE.test(folded.slice(Math.max(0, index - 20), index));
}

function minRates(folded: string): PolicyRule[] {
  const re = new RegExp(
    String.raw`\b(?:toi thieu|it nhat|khong thap hon|khong duoi|at least)\s+(?:(?:bang|la|dat)\s+)?(${PERCENT})\s*%\s*(?:(?:cua|so voi|of(?: the)?)\s+)?(?:tong so dang vien|so dang vien|(?:total\s+)?(?:party\s+)?members)\b`,
    "g",
  );
  const rules: PolicyRule[] = [];
  for (const m of folded.matchAll(re)) {
    rules.push({ kind: "minRate", quota: QUOTA_COLUMN, members: MEMBERS_COLUMN, percent: parsePercent(m[1]), rounding: "up" });
  }
  return rules;
}

function planTotals(folded: string, years: readonly number[]): PolicyRule[] {
  const rules: PolicyRule[] = [];
  for (const clause of folded.replace(/\([^)]*\)/g, " ").split(/;|,\s/)) {
    // Results and averages describe the past, not the plan.
    if (/\b(trung binh|da ket nap|ket nap duoc|% chi tieu|so voi chi tieu)\b/.test(clause)) continue;
    const re = new RegExp(
      String.raw`\b(moi nam|hang nam|thuc hien|phan dau|chi tieu|giao)\b.{0,40}?\bket nap\s+(${COUNT})(?![\d%]|\s*[-–])`,
      "g",
    );
    for (const m of clause.matchAll(re)) {
      const total = parseCount(m[2]);
      const yearly = /\b(moi nam|hang nam)\b/.test(clause);
      if (yearly && years.length > 0) {
        for (const y of years) rules.push({ kind: "planTotal", column: { header: [`Năm ${y}`] }, total, comparison: "equal" });
      } else {
        rules.push({ kind: "planTotal", column: QUOTA_COLUMN, total, comparison: "equal" });
      }
    }
  }
  return rules;
}

function minShares(folded: string, years: readonly number[]): PolicyRule[] {
  if (!/\b(ty le|ti le|chiem)\b/.test(folded)) return [];
  const threshold = new RegExp(
    String.raw`(?:\btu\s+(${PERCENT})\s*%\s*tro len|\b(?:toi thieu|it nhat|khong duoi|tren)\s+(?:(?:la|dat)\s+)?(${PERCENT})\s*%)`,
    "g",
  );
  const rules: PolicyRule[] = [];
  for (const m of folded.matchAll(threshold)) {
    const index = m.index ?? 0;
    if (vagueBefore(folded, index)) continue;
    const before = folded.slice(0, index);
    // The subject is the group named last before the threshold, at word boundaries.
    let subject: (typeof SHARE_SUBJECTS)[number] | undefined;
    let at = -1;
    for (const s of SHARE_SUBJECTS) {
      for (const hit of before.matchAll(new RegExp(String.raw`\b${s.folded}\b`, "g"))) {
        if ((hit.index ?? -1) > at) {
          at = hit.index ?? -1;
          subject = s;
        }
      }
    }
    if (!subject) continue;
    const percent = parsePercent(m[1] ?? m[2]);
    if (years.length > 0) {
      for (const y of years) {
        rules.push({
          kind: "minShare",
          part: { header: [`Năm ${y}`, subject.header] },
          whole: { header: [`Năm ${y}`] },
          percent,
          per: "table",
        });
      }
    } else {
      rules.push({ kind: "minShare", part: { header: [subject.header] }, whole: { header: [TOTAL_WORDS] }, percent, per: "table" });
    }
  }
  return rules;
}

function confidenceOf(rule: PolicyRule): FoundRule["confidence"] {
  const refs = rule.kind === "minRate" ? [rule.quota] : rule.kind === "minShare" ? [rule.part, rule.whole] : [rule.column];
  const guessed = refs.some((r) => "header" in r && r.header.some((w) => w === QUOTA_WORDS || w === TOTAL_WORDS));
  return guessed ? "medium" : "high";
}

/**
 * The rules stated in `lines` (captions above a table, or any text the user pastes). Years named in a
 * line ("Năm 2024 và năm 2025") scope the yearly rules of the whole line, since the plan states them once
 * and the next sentence ("Trong đó, tỷ lệ …") refers back to them.
 */
export function discoverRules(lines: readonly string[]): FoundRule[] {
  const found: FoundRule[] = [];
  const seen = new Set<string>();
  for (const raw of lines) {
    const line = normalizeText(raw);
    const lineYears = yearsIn(foldKey(line));
    for (const sentence of sentences(line)) {
      const folded = foldKey(sentence);
      // Skip sentences that fold to a different length: the positions would not cut the original.
      if (folded.length !== sentence.length) continue;
      const ownYears = yearsIn(folded);
      const yearly = /\b(moi nam|hang nam)\b/.test(folded);
      const years = ownYears.length > 0 && !yearly ? ownYears : lineYears;
      const share = minShares(folded, lineYears.length > 0 ? lineYears : ownYears);
      const rules = [...minRates(folded), ...planTotals(folded, years), ...share];
      for (const rule of rules) {
        const key = JSON.stringify(rule);
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ rule, sourceText: sentence, confidence: confidenceOf(rule) });
      }
    }
  }
  return found;
}

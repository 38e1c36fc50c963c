/**
 * The policy JSON format, read and written. The same text is a `--policy` file on the command line and
 * the task pane's document setting, so parsing lives here, in the pure engine, and reports every problem
 * as a catalogue key plus the path of the bad field ("rules[1].percent") instead of throwing.
 *
 *   { "version": 1, "rules": [ { "kind": "planTotal", "column": { "header": ["Năm 2024"] }, "total": 240 } ] }
 */
import type { ColumnRef, PolicyRule, RuleScope } from "./types";

export interface PolicyProblem {
  /** A "policy.error.*" catalogue key. */
  readonly key: string;
  readonly params: { readonly path: string; readonly [name: string]: string | number };
}

export type PolicyParseResult =
  | { readonly ok: true; readonly rules: PolicyRule[] }
  | { readonly ok: false; readonly problems: PolicyProblem[] };

export const POLICY_FORMAT_VERSION = 1;

type Json = unknown;
type Obj = { readonly [k: string]: Json };

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Collects problems while one document is read; every reader returns undefined after reporting one. */
class Reader {
  readonly problems: PolicyProblem[] = [];

  fail(key: string, path: string, extra: { [name: string]: string | number } = {}): undefined {
    this.problems.push({ key, params: { path, ...extra } });
    return undefined;
  }

  /** Reports fields the format does not know: a typo ("percnt") must not silently drop a setting. */
  onlyFields(o: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail("policy.error.unknownField", `${path}.${k}`);
  }

  number(o: Obj, field: string, path: string, check: (n: number) => boolean, rangeKey: string): number | undefined {
    const v = o[field];
    if (v === undefined) return this.fail("policy.error.required", `${path}.${field}`);
    if (typeof v !== "number" || !Number.isFinite(v)) return this.fail("policy.error.number", `${path}.${field}`);
    return check(v) ? v : this.fail(rangeKey, `${path}.${field}`, { value: v });
  }

  choice<T extends string>(o: Obj, field: string, path: string, allowed: readonly T[], fallback: T): T | undefined {
    const v = o[field];
    if (v === undefined) return fallback;
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    return this.fail("policy.error.choice", `${path}.${field}`, { allowed: allowed.join(", ") });
  }

  optionalText(o: Obj, field: string, path: string): string | undefined {
    const v = o[field];
    if (v === undefined || typeof v === "string") return v;
    return this.fail("policy.error.text", `${path}.${field}`);
  }

  column(o: Obj, field: string, path: string): ColumnRef | undefined {
    const v = o[field];
    const at = `${path}.${field}`;
    if (v === undefined) return this.fail("policy.error.required", at);
    if (!isObj(v)) return this.fail("policy.error.column", at);
    if (v.letter !== undefined && v.header === undefined && Object.keys(v).length === 1) {
      return typeof v.letter === "string" && /^[A-Za-z]{1,3}$/.test(v.letter.trim())
        ? { letter: v.letter.trim().toUpperCase() }
        : this.fail("policy.error.letter", `${at}.letter`);
    }
    if (v.header !== undefined && v.letter === undefined && Object.keys(v).length === 1) {
      const h = v.header;
      const words = Array.isArray(h) ? h : [];
      return words.length > 0 && words.every((w) => typeof w === "string" && w.trim() !== "")
        ? { header: words as string[] }
        : this.fail("policy.error.header", `${at}.header`);
    }
    return this.fail("policy.error.column", at);
  }

  scope(o: Obj, path: string): RuleScope | undefined {
    const v = o.scope;
    if (v === undefined) return undefined;
    const at = `${path}.scope`;
    if (!isObj(v)) return this.fail("policy.error.scope", at);
    this.onlyFields(v, at, ["sheet", "table"]);
    const sheet = this.optionalText(v, "sheet", at);
    let table: number | undefined;
    if (v.table !== undefined) {
      table = typeof v.table === "number" && Number.isInteger(v.table) && v.table >= 1 ? v.table : this.fail("policy.error.tableIndex", `${at}.table`);
    }
    return { ...(sheet !== undefined ? { sheet } : {}), ...(table !== undefined ? { table } : {}) };
  }
}

const percentRange = (n: number) => n > 0 && n <= 100;
const BASE_FIELDS = ["kind", "label", "scope"];

function readRule(r: Reader, v: Json, path: string): PolicyRule | undefined {
  if (!isObj(v)) return r.fail("policy.error.rule", path);
  const before = r.problems.length;
  const label = r.optionalText(v, "label", path);
  const scope = r.scope(v, path);
  const base = { ...(label !== undefined ? { label } : {}), ...(scope !== undefined ? { scope } : {}) };
  let rule: PolicyRule | undefined;
  switch (v.kind) {
    case "minRate": {
      r.onlyFields(v, path, [...BASE_FIELDS, "quota", "members", "percent", "rounding"]);
      const quota = r.column(v, "quota", path);
      const members = r.column(v, "members", path);
      const percent = r.number(v, "percent", path, percentRange, "policy.error.percent");
      const rounding = r.choice(v, "rounding", path, ["up", "nearest", "none"] as const, "up");
      if (quota && members && percent !== undefined && rounding) rule = { kind: "minRate", ...base, quota, members, percent, rounding };
      break;
    }
    case "minShare": {
      r.onlyFields(v, path, [...BASE_FIELDS, "part", "whole", "percent", "per"]);
      const part = r.column(v, "part", path);
      const whole = r.column(v, "whole", path);
      const percent = r.number(v, "percent", path, percentRange, "policy.error.percent");
      const per = r.choice(v, "per", path, ["table", "row"] as const, "table");
      if (part && whole && percent !== undefined && per) rule = { kind: "minShare", ...base, part, whole, percent, per };
      break;
    }
    case "planTotal": {
      r.onlyFields(v, path, [...BASE_FIELDS, "column", "total", "comparison"]);
      const column = r.column(v, "column", path);
      const total = r.number(v, "total", path, (n) => n >= 0, "policy.error.total");
      const comparison = r.choice(v, "comparison", path, ["equal", "atLeast"] as const, "equal");
      if (column && total !== undefined && comparison) rule = { kind: "planTotal", ...base, column, total, comparison };
      break;
    }
    default:
      return r.fail("policy.error.kind", `${path}.kind`, { allowed: "minRate, minShare, planTotal" });
  }
  return r.problems.length === before ? rule : undefined;
}

/**
 * A JSON syntax error as a place in the text (line, column and the characters there), not the parser's
 * English sentence: the message around it comes from the catalogue in the user's language.
 */
function jsonSyntaxProblem(text: string, parserMessage: string): PolicyProblem {
  const m = /position (\d+)/.exec(parserMessage) ?? /line (\d+) column (\d+)/.exec(parserMessage);
  let pos = text.length;
  if (m && m.length === 2) pos = Number(m[1]);
  else if (m) {
    const lines = text.split("\n");
    pos = lines.slice(0, Number(m[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(m[2]) - 1;
  } else if (!/end of (json )?input/i.test(parserMessage)) return { key: "policy.error.jsonSyntax", params: { path: "$" } };
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  const near = text.slice(pos, pos + 20).split("\n")[0].trim();
  return near === ""
    ? { key: "policy.error.jsonEnd", params: { path: "$", line, column } }
    : { key: "policy.error.jsonAt", params: { path: "$", line, column, near } };
}

/** Reads policy JSON text: every problem is reported (not only the first), each with its field's path. */
export function parsePolicyJson(text: string): PolicyParseResult {
  let doc: Json;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problems: [jsonSyntaxProblem(text.replace(/^\uFEFF/, ""), (e as Error).message)] };
  }
  const r = new Reader();
  // A bare array of rules is accepted too: it is what people paste from an example.
  const rulesJson = Array.isArray(doc) ? doc : isObj(doc) ? doc.rules : undefined;
  if (isObj(doc)) {
    r.onlyFields(doc, "$", ["version", "rules", "$schema", "description"]);
    if (doc.version !== undefined && doc.version !== POLICY_FORMAT_VERSION) r.fail("policy.error.version", "$.version", { version: POLICY_FORMAT_VERSION });
  }
  if (!Array.isArray(rulesJson)) {
    r.fail("policy.error.rules", "$.rules");
    return { ok: false, problems: r.problems };
  }
  const rules: PolicyRule[] = [];
  rulesJson.forEach((v, i) => {
    const rule = readRule(r, v, `rules[${i}]`);
    if (rule) rules.push(rule);
  });
  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, rules };
}

/** The JSON text for `rules` (what the pane saves in document settings), readable back by parsePolicyJson. */
export function serializePolicy(rules: readonly PolicyRule[]): string {
  return JSON.stringify({ version: POLICY_FORMAT_VERSION, rules }, null, 2);
}

/**
 * When two rules are the same promise: a found rule the user already saved must show as saved (not be
 * offered again) and must not be reported twice. The label is a name, not part of the promise, and the
 * scope only says where it applies, so both are left out; key order does not matter either (rules come
 * from files, the pane's form and the caption reader, each building objects its own way).
 */
import type { PolicyRule } from "./types";

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const o = v as { [k: string]: unknown };
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(typeof v === "string" ? v.trim() : v);
}

/** A text key equal for rules that state the same promise (label and scope aside). */
export function ruleKey(rule: PolicyRule): string {
  const { label, scope, ...promise } = rule;
  void label;
  void scope;
  return canonical(promise);
}

export function sameRule(a: PolicyRule, b: PolicyRule): boolean {
  return ruleKey(a) === ruleKey(b);
}

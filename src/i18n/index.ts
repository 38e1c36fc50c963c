/**
 * The one message catalogue: every user-facing string of the add-in, the functions and the command line
 * comes from here, Vietnamese first, English second. Each area keeps its messages in catalog/<area>.ts;
 * keys are namespaced by area ("issue.TOTAL_MISMATCH", "cli.usage", "pane.validate" …).
 */
import type { Catalog, Lang, Message } from "./catalog";
import { issuesMessages } from "./catalog/issues";
import { cliMessages } from "./catalog/cli";
import { functionsMessages } from "./catalog/functions";
import { paneMessages } from "./catalog/pane";
import { policyMessages } from "./catalog/policy";
import { fillMessages } from "./catalog/fill";
import { cliSeverityMessages, paneSeverityMessages, severityCountMessages } from "./catalog/severity";
import { causesMessages } from "./catalog/causes";
import { reconcileMessages } from "./catalog/reconcile";

export type { Catalog, Lang, Message };

const catalogue: { [key: string]: Message } = {
  ...issuesMessages,
  ...cliMessages,
  ...functionsMessages,
  ...paneMessages,
  ...policyMessages,
  ...fillMessages,
  ...paneSeverityMessages,
  ...cliSeverityMessages,
  ...severityCountMessages,
  ...causesMessages,
  ...reconcileMessages,
};

export const messages: Catalog = catalogue;

/**
 * Adds messages only one front end needs (the command line's `consolidate`), when that front end loads,
 * so the task pane's scripts do not carry them.
 */
export function registerMessages(extra: Catalog): void {
  for (const key of Object.keys(extra)) catalogue[key] = extra[key];
}

export type Params = { readonly [name: string]: string | number | undefined };

/** Formats numbers the way the language writes them: "7.715" and "58,57" in Vietnamese, "7,715" and "58.57" in English. */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: maxDecimals }).format(n);
}

/**
 * `{name, plural, one {# cell} other {# cells}}` (the ICU MessageFormat form, "#" being the number): English needs
 * it ("1 cell", "2 cells"), Vietnamese never does. By hand rather than Intl.PluralRules, which Internet Explorer 11
 * (Office 2016's pane) lacks; "one" is exactly 1, which is English's rule.
 */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/** The message for `key` in `lang`, with `{name}` placeholders replaced (numbers formatted for the language). */
export function t(key: string, lang: Lang, params: Params = {}): string {
  const m = messages[key];
  if (!m) throw new Error(`message catalogue has no key "${key}"`);
  const plural = m[lang].replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    const n = typeof v === "number" ? v : Number(v);
    const shown = typeof v === "number" ? formatNumber(v, lang) : v;
    return (n === 1 ? one : other).replace(/#/g, shown);
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, lang) : v;
  });
}

/** Picks the language from a BCP 47 tag such as Office's display language ("vi-VN", "en-US"): Vietnamese unless English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}

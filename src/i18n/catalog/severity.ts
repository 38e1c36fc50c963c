import type { Catalog } from "../catalog";

/**
 * The one severity vocabulary (issue 13): the pane, the command line and the docs all say lỗi / cảnh báo / ghi chú
 * (error / warning / note). Every severity word of the other catalogues is derived from these, so they cannot drift.
 */
export const SEVERITY_WORDS = {
  error: { vi: "lỗi", en: "error", enPlural: "errors" },
  warning: { vi: "cảnh báo", en: "warning", enPlural: "warnings" },
  info: { vi: "ghi chú", en: "note", enPlural: "notes" },
} as const;

type Sev = keyof typeof SEVERITY_WORDS;
const SEVERITIES: readonly Sev[] = ["error", "warning", "info"];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Group titles in the pane: "Lỗi", "Errors". */
export const paneSeverityMessages: Catalog = Object.fromEntries(
  SEVERITIES.map((s) => [`pane.severity.${s}`, { vi: capital(SEVERITY_WORDS[s].vi), en: capital(SEVERITY_WORDS[s].enPlural) }]),
);

/** The severity column of the command line's report: "GHI CHÚ", "NOTE". */
export const cliSeverityMessages: Catalog = Object.fromEntries(
  SEVERITIES.map((s) => [`cli.severity.${s}`, { vi: SEVERITY_WORDS[s].vi.toUpperCase(), en: SEVERITY_WORDS[s].en.toUpperCase() }]),
);

/** "1 bảng · 2 lỗi · 0 cảnh báo · 1 ghi chú" in the pane; in English with the plural the count needs. */
export const severityCountMessages: Catalog = {
  "pane.summary": {
    vi: `{tables} bảng · {errors} ${SEVERITY_WORDS.error.vi} · {warnings} ${SEVERITY_WORDS.warning.vi} · {infos} ${SEVERITY_WORDS.info.vi}`,
    en: [
      "{tables, plural, one {# table} other {# tables}}",
      ...SEVERITIES.map((s, i) => `{${["errors", "warnings", "infos"][i]}, plural, one {# ${SEVERITY_WORDS[s].en}} other {# ${SEVERITY_WORDS[s].enPlural}}}`),
    ].join(" · "),
  },
  "cli.report.summary": {
    vi: `Tổng kết: {files} tệp, {tables} bảng, {errors} ${SEVERITY_WORDS.error.vi}, {warnings} ${SEVERITY_WORDS.warning.vi}, {infos} ${SEVERITY_WORDS.info.vi}.`,
    en: `Summary: files {files}, tables {tables}, ${SEVERITY_WORDS.error.enPlural} {errors}, ${SEVERITY_WORDS.warning.enPlural} {warnings}, ${SEVERITY_WORDS.info.enPlural} {infos}.`,
  },
};

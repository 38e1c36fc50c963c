/**
 * Causes in words, in the user's language: the sentence of a cause (with the list of what its repair
 * makes hold) and the sentence listing candidates when none is certain. Used by the JSON report, the
 * text report and the task pane alike.
 */
import { a1 } from "../grid";
import type { Cause, CauseKind } from "../model";
import { t, type Lang } from "../../i18n/index";

export function causeSentence(cause: Cause, lang: Lang): string {
  const { key, params, fixes } = cause.because;
  const phrases = (fixes ?? []).map((f) => t(f.key, lang, f.params));
  const joined = phrases.length <= 1 ? (phrases[0] ?? "") : `${phrases.slice(0, -1).join(", ")}${t("cause.and", lang)}${phrases[phrases.length - 1]}`;
  return t(key, lang, { ...params, fixes: joined });
}

/** Candidates by A1 address (report causes) or by position (engine causes). */
export function candidatesSentence(candidates: readonly ({ readonly value: number; readonly kind: CauseKind } & ({ readonly cell: string } | { readonly row: number; readonly col: number }))[], lang: Lang): string {
  const address = (c: (typeof candidates)[number]) => ("cell" in c ? c.cell : a1(c.row, c.col));
  const list = candidates.map((c) => t("cause.candidate", lang, { cell: address(c), value: c.value, kind: t(`cause.kind.${c.kind}`, lang) })).join("; ");
  return t("cause.candidates", lang, { list });
}

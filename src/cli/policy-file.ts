/**
 * `--policy FILE`: reads a policy JSON file (format in docs/policy.md) into rules. The parsing is the
 * engine's parsePolicyJson (the task pane reads the same JSON from document settings); this file only
 * adds the file system and turns every failure into a PolicyFileError with a catalogue key, so the
 * command line can print it in the user's language and exit with status 2.
 */
import { readFile } from "fs/promises";
import { type Lang, t } from "../i18n/index";
import { type PolicyProblem, type PolicyRule, describeProblem, parsePolicyJson } from "../engine/policy/index";

export type PolicyFileErrorCode = "not-found" | "unreadable" | "invalid";

export class PolicyFileError extends Error {
  constructor(
    readonly code: PolicyFileErrorCode,
    /** A "policy.file.*" catalogue key. */
    readonly key: string,
    readonly params: { readonly [name: string]: string | number },
    /** For "invalid": every problem, each naming the bad field's path. */
    readonly problems: readonly PolicyProblem[] = [],
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "PolicyFileError";
  }

  /** The whole error in one language: the headline, then one line per problem. */
  render(lang: Lang): string {
    const lines = [t(this.key, lang, this.params), ...this.problems.map((p) => `  - ${describeProblem(p, lang)}`)];
    return lines.join("\n");
  }
}

export async function loadPolicyFile(path: string): Promise<PolicyRule[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new PolicyFileError("not-found", "policy.file.notFound", { file: path });
    // The system's code (EACCES, EISDIR …), not its English sentence: the message around it is the user's language.
    throw new PolicyFileError("unreadable", "policy.file.unreadable", { file: path, detail: err.code ?? "EIO" });
  }
  const parsed = parsePolicyJson(text);
  if (!parsed.ok) {
    throw new PolicyFileError("invalid", "policy.file.invalid", { file: path, count: parsed.problems.length }, parsed.problems);
  }
  return parsed.rules;
}

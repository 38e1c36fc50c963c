/**
 * The policy rules saved with the workbook (issue 6): the text of a policy file under the document
 * setting "quotacheck.policy", so a rule list can be copied between the pane and a --policy file as is.
 * Used by the task pane and by the ribbon command, which must check the same rules.
 */
import { parsePolicyJson, serializePolicy, type PolicyProblem, type PolicyRule } from "../engine/policy/index";
import { SETTINGS_KEYS, type SettingsStore } from "./settings";

export interface SavedPolicy {
  readonly rules: readonly PolicyRule[];
  /** Why the saved text could not be read (hand-edited, or from a newer version): the rules are then empty. */
  readonly problems: readonly PolicyProblem[];
}

export function loadPolicyRules(store: SettingsStore): SavedPolicy {
  const text = store.get<unknown>(SETTINGS_KEYS.policy);
  if (text === undefined) return { rules: [], problems: [] };
  // A bad setting must not stop the pane from opening: it is reported and the rules are left out.
  const parsed = parsePolicyJson(typeof text === "string" ? text : JSON.stringify(text));
  return parsed.ok ? { rules: parsed.rules, problems: [] } : { rules: [], problems: parsed.problems };
}

export async function savePolicyRules(store: SettingsStore, rules: readonly PolicyRule[]): Promise<void> {
  if (rules.length === 0) store.remove(SETTINGS_KEYS.policy);
  else store.set(SETTINGS_KEYS.policy, serializePolicy(rules));
  await store.save();
}

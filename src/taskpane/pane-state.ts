/**
 * What the task pane shows, as one immutable value: PaneController (controller.ts) produces a new one after
 * every action and the view (ui/Pane.tsx) draws it. Nothing here refers to Excel or to the DOM.
 */
import type { PolicyRule } from "../engine/policy/index";
import type { Lang } from "../i18n/index";
import type { PaneSettings } from "./pane-settings";
import type { FoundRuleItem } from "./policy-view";
import type { PreviewChoice, PreviewLine } from "./preview";
import type { RuleForm, RuleFormError } from "./rule-form";
import type { IssueView } from "./view-model";

export interface PaneStatus {
  readonly kind: "info" | "success" | "error";
  readonly text: string;
}

export interface PanePreview {
  readonly lines: readonly PreviewLine[];
  readonly merges: number;
  /** Findings whose likely cause is another cell: the repair chosen, or the ones to pick from (issue 10). */
  readonly choices?: readonly PreviewChoice[];
}

/** The rule being added (index null) or edited in the "Quy định" section. */
export interface RuleEdit {
  readonly index: number | null;
  readonly form: RuleForm;
  readonly errors: readonly RuleFormError[];
}

export interface PaneState {
  readonly lang: Lang;
  readonly settings: PaneSettings;
  readonly busy: boolean;
  readonly status?: PaneStatus;
  readonly view?: IssueView;
  readonly preview?: PanePreview;
  readonly canUndo: boolean;
  readonly selectedKey?: string;
  /** The saved policy rules (document settings), checked on every "Kiểm tra" and by the ribbon. */
  readonly rules: readonly PolicyRule[];
  /** Why the saved rules could not be read, in words. */
  readonly rulesProblem?: string;
  readonly ruleEdit?: RuleEdit;
  /** Rules the sheet's captions state: shown, applied only once the user saves them. */
  readonly found?: readonly FoundRuleItem[];
}

/**
 * Key/value state saved in the workbook's document settings (Office.context.document.settings), so the
 * pane's settings and the marks' remembered fills travel with the file. The memory store is what runs
 * outside Office (the pane opened in a plain browser) — state then lasts as long as the page.
 */
export interface SettingsStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists the changes (saveAsync in Office). */
  save(): Promise<void>;
}

export function memorySettingsStore(initial: { [key: string]: unknown } = {}): SettingsStore {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    get: <T>(key: string) => data.get(key) as T | undefined,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    save: () => Promise.resolve(),
  };
}

/** Office.Settings as a store; values are JSON-serialisable by design. */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: <T>(key: string) => {
      const v = settings.get(key) as T | null | undefined;
      return v === null ? undefined : v;
    },
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
      ),
  };
}

export const SETTINGS_KEYS = {
  pane: "quotacheck.pane",
  marks: "quotacheck.marks",
  /** The saved policy rules, as the text of a policy file (docs/policy.md), so one format serves both. */
  policy: "quotacheck.policy",
} as const;

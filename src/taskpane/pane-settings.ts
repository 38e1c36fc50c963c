/**
 * The pane's settings, saved in the workbook's document settings so they travel with the file: the
 * office that sends a table up gets the same fill behaviour the next time anyone opens it.
 */
import type { FillOptions } from "../engine/fill/index";
import { langFromLocale, type Lang } from "../i18n/index";
import { SETTINGS_KEYS, type SettingsStore } from "../excel/settings";

export interface PaneSettings {
  readonly mode: "formulas" | "values";
  readonly functions: "native" | "quota";
  readonly addShortfall: boolean;
  /** "auto": Vietnamese unless Office's display language is English. */
  readonly language: "auto" | Lang;
  /** Check the whole used range of the active sheet, or only the selection. */
  readonly source: "used" | "selection";
  /** Re-validate after each edit (off by default: a full check per keystroke burst is not free on the web). */
  readonly live: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { mode: "formulas", functions: "native", addShortfall: false, language: "auto", source: "used", live: false };

/** Reads the saved settings, keeping defaults for anything missing or of the wrong kind (a hand-edited file). */
export function loadSettings(store: SettingsStore): PaneSettings {
  const saved = store.get<Partial<PaneSettings>>(SETTINGS_KEYS.pane) ?? {};
  const pick = <K extends keyof PaneSettings>(k: K, allowed: readonly PaneSettings[K][]): PaneSettings[K] =>
    allowed.indexOf(saved[k] as PaneSettings[K]) >= 0 ? (saved[k] as PaneSettings[K]) : DEFAULT_SETTINGS[k];
  return {
    mode: pick("mode", ["formulas", "values"]),
    functions: pick("functions", ["native", "quota"]),
    addShortfall: pick("addShortfall", [true, false]),
    language: pick("language", ["auto", "vi", "en"]),
    source: pick("source", ["used", "selection"]),
    live: pick("live", [true, false]),
  };
}

export async function saveSettings(store: SettingsStore, settings: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEYS.pane, settings);
  await store.save();
}

export function paneLang(settings: PaneSettings, displayLanguage: string | undefined): Lang {
  return settings.language === "auto" ? langFromLocale(displayLanguage) : settings.language;
}

export function fillOptions(settings: PaneSettings, lang: Lang): FillOptions {
  return { mode: settings.mode, functions: settings.functions, addShortfall: settings.addShortfall, lang };
}

export type Lang = "vi" | "en";

/** A message in both languages. `{name}` placeholders are filled from params. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export type Catalog = { readonly [key: string]: Message };

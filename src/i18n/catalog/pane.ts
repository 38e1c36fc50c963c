import type { Catalog } from "../catalog";

/** Messages of the pane area: Vietnamese first, English second. */
export const paneMessages: Catalog = {};

import type { Catalog } from "../catalog";

/** Messages of the issues area: Vietnamese first, English second. */
export const issuesMessages: Catalog = {};

import type { Catalog } from "../catalog";

/** Messages of the functions area: Vietnamese first, English second. */
export const functionsMessages: Catalog = {};

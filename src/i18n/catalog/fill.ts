import type { Catalog } from "../catalog";

/** Messages of the fill area: Vietnamese first, English second. */
export const fillMessages: Catalog = {};

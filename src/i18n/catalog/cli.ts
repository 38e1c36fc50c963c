import type { Catalog } from "../catalog";

/** Messages of the cli area: Vietnamese first, English second. */
export const cliMessages: Catalog = {};

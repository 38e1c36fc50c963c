import type { Catalog } from "../catalog";

/** Messages of the policy area: Vietnamese first, English second. */
export const policyMessages: Catalog = {};

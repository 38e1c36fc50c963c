/** Every corpus table, in the order the scorecard prints them. */
import type { CorpusTable } from "./types";
import { UNIT_APPENDICES } from "./unit-appendices";
import { VERTICAL } from "./vertical";
import { HORIZONTAL } from "./horizontal";
import { RATING } from "./rating";
import { INDICATOR } from "./indicator";

export const CORPUS: readonly CorpusTable[] = [...UNIT_APPENDICES, ...VERTICAL, ...HORIZONTAL, ...RATING, ...INDICATOR];

/** Every case of the reference corpus (issue 11), in the order the scorecard prints them. */
import type { ConsolidationCase, ReferencePair } from "./types";
import { hungYenTwoSheets, ninhThuanExtraUnit, quangNamGrouped, quangNamReport } from "./pairs-provinces";
import { binhDinhLevels, canThoPlan, vinhBaoLowered } from "./pairs-districts";
import { binhDinhBloc } from "./pairs-bloc";
import { haiDuongSwapped } from "./pairs-hai-duong";
import { CONSOLIDATIONS } from "./consolidation";

export const PAIRS: readonly ReferencePair[] = [hungYenTwoSheets, quangNamReport, quangNamGrouped, ninhThuanExtraUnit, canThoPlan, vinhBaoLowered, binhDinhLevels, binhDinhBloc, haiDuongSwapped];
export const FOLDERS: readonly ConsolidationCase[] = CONSOLIDATIONS;

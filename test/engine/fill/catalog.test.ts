import { t } from "../../../src/i18n";
import type { EditReason } from "../../../src/engine/plan";

const REASONS: EditReason[] = ["total", "subtotal", "parts", "percent", "share", "shortfall", "status", "header", "number"];

test("every reason a plan can give has a message in both languages", () => {
  for (const r of REASONS) {
    expect(t(`fill.reason.${r}`, "vi")).not.toBe(t(`fill.reason.${r}`, "en"));
  }
});

test("the words the fill writes into sheets are Vietnamese by default", () => {
  expect(t("fill.cell.totalLabel", "vi")).toBe("Tổng cộng");
  expect(t("fill.cell.shortfallHeader", "vi")).toBe("Còn thiếu");
  expect([t("fill.cell.statusMet", "vi"), t("fill.cell.statusExceeded", "vi"), t("fill.cell.statusBehind", "vi")]).toEqual(["Đạt", "Vượt", "Chưa đạt"]);
});

/**
 * Issue 13: English counts take the right plural ("1 relation", "2 relations"), and pane, command line and docs
 * use one severity vocabulary (lỗi / cảnh báo / ghi chú; error / warning / note).
 */
import * as fs from "fs";
import * as path from "path";
import { messages, t } from "../../src/i18n/index";

const NOUNS = "cells|cell ranges|relations|rules|marks|tables|errors|warnings|notes|problems|files|new cells";

describe("plural forms", () => {
  test("English counts of 1 are singular, others plural; Vietnamese has one form", () => {
    const table = (relations: number, lang: "vi" | "en") => t("cli.report.table", lang, { range: "A5:H60", first: 6, last: 59, relations });
    expect(table(1, "en")).toBe("    Table A5:H60: data in rows 6–59, 1 relation between cells");
    expect(table(3, "en")).toBe("    Table A5:H60: data in rows 6–59, 3 relations between cells");
    expect(table(0, "en")).toMatch(/ 0 relations between/);
    expect(table(1, "vi")).toBe("    Bảng A5:H60: số liệu ở dòng 6–59, 1 quan hệ giữa các ô");
    expect(t("pane.applied", "en", { count: 1 })).toBe("Wrote 1 cell.");
    expect(t("pane.applied", "en", { count: 1234 })).toBe("Wrote 1,234 cells.");
    expect(t("pane.summary", "en", { tables: 1, errors: 1, warnings: 0, infos: 2 })).toBe("1 table · 1 error · 0 warnings · 2 notes");
  });

  test("no English message puts a bare count before a plural noun", () => {
    const bare = new RegExp(`\\{\\w+\\} (${NOUNS})\\b`);
    const offenders = Object.entries(messages).filter(([, m]) => bare.test(m.en)).map(([k]) => k);
    expect(offenders).toEqual([]);
  });
});

describe("one severity vocabulary", () => {
  const words = { error: ["lỗi", "error"], warning: ["cảnh báo", "warning"], info: ["ghi chú", "note"] } as const;

  test("the pane's group titles and the command line's column use the same words", () => {
    for (const [sev, [vi, en]] of Object.entries(words)) {
      expect(t(`cli.severity.${sev}`, "vi")).toBe(vi.toUpperCase());
      expect(t(`pane.severity.${sev}`, "vi").toLowerCase()).toBe(vi);
      expect(t(`cli.severity.${sev}`, "en")).toBe(en.toUpperCase());
      expect(t(`pane.severity.${sev}`, "en").toLowerCase()).toBe(`${en}s`);
    }
    expect(t("pane.summary", "vi", { tables: 1, errors: 1, warnings: 0, infos: 1 })).toBe("1 bảng · 1 lỗi · 0 cảnh báo · 1 ghi chú");
    expect(t("cli.report.summary", "vi", { files: 3, tables: 4, errors: 2, warnings: 0, infos: 4 })).toBe("Tổng kết: 3 tệp, 4 bảng, 2 lỗi, 0 cảnh báo, 4 ghi chú.");
  });

  test('neither the catalogue nor the docs call a severity "lưu ý"', () => {
    const inCatalogue = Object.entries(messages).filter(([, m]) => /lưu ý/i.test(m.vi)).map(([k]) => k);
    expect(inCatalogue).toEqual([]);
    const root = path.join(__dirname, "..", "..");
    const docs = ["README.md", ...fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    // "Lưu ý" as a severity: next to the other two severity words.
    const severityUse = /(cảnh báo|lỗi)[^.\n]{0,20}lưu ý/i;
    expect(docs.filter((f) => severityUse.test(fs.readFileSync(path.join(root, f), "utf8")))).toEqual([]);
  });

  test('the policy file is "tệp quy định" everywhere, as in the README', () => {
    expect(Object.entries(messages).filter(([, m]) => /quy tắc/i.test(m.vi)).map(([k]) => k)).toEqual([]);
  });
});

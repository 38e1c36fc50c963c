import { foldKey, memoize, normalizeText } from "../../src/engine/text";

describe("normalizeText", () => {
  it("collapses NBSP, tabs and line breaks inside a merged header into single spaces", () => {
    expect(normalizeText("  Tổng số đảng viên\nhiện có\u00a0 tính đến\r\nngày 31/12/2023 ")).toBe(
      "Tổng số đảng viên hiện có tính đến ngày 31/12/2023",
    );
  });

  it("composes decomposed diacritics (NFD from some keyboards) into NFC", () => {
    const decomposed = "Tổng cộng".normalize("NFD");
    expect(decomposed).not.toBe("Tổng cộng");
    expect(normalizeText(decomposed)).toBe("Tổng cộng");
  });

  it("turns whitespace-only text into the empty string", () => {
    expect(normalizeText(" \u00a0\n\t")).toBe("");
  });
});

describe("foldKey", () => {
  it.each([
    ["TỔNG CỘNG", "tong cong"],
    ["Tổng  cộng", "tong cong"],
    ["Tổng cộng".normalize("NFD"), "tong cong"],
    ["Đảng bộ", "dang bo"],
    ["ĐUK CQ-DN", "duk cq-dn"],
    ["Tỷ lệ %", "ty le %"],
    ["Stt", "stt"],
    ["Toàn tỉnh", "toan tinh"],
    ["Ðảng bộ", "dang bo"], // eth from old font conversions
  ])("%s → %s", (input, key) => {
    expect(foldKey(input)).toBe(key);
  });
});

describe("without String.prototype.normalize (IE11, Office 2016's task pane)", () => {
  const original = String.prototype.normalize;
  afterEach(() => {
    String.prototype.normalize = original;
  });

  it("still folds Vietnamese labels to their plain keys", () => {
    // Remove normalize before the module loads, as in IE11, then load a fresh copy of it.
    delete (String.prototype as { normalize?: unknown }).normalize;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const text = require("../../src/engine/text") as typeof import("../../src/engine/text");
      expect(text.foldKey("TỔNG CỘNG")).toBe("tong cong");
      expect(text.foldKey("Đoàn viên thanh niên")).toBe("doan vien thanh nien");
      expect(text.foldKey("Tỷ lệ %")).toBe("ty le %");
      expect(text.foldKey("Ưu tiên   Ở  Bắc Ninh")).toBe("uu tien o bac ninh");
      expect(text.normalizeText(" Chỉ tiêu\u00a0mới ")).toBe("Chỉ tiêu mới");
    });
  });
});

describe("memoize (the text caches)", () => {
  test("computes each text once while it is remembered, and stays right after the cache starts over", () => {
    const seen: string[] = [];
    const upper = memoize((s: string) => {
      seen.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(seen).toEqual(["a", "b"]);
    // A third text exceeds the limit of 2: the cache starts over, results do not change.
    expect([upper("c"), upper("a"), upper("c")]).toEqual(["C", "A", "C"]);
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});

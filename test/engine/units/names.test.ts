/** Unit names as people write them (issue 11): which spellings are one unit, which are only maybe, which are not. */
import { matchNames } from "../../../src/engine/units/names";
import { findNameIn, pairUnits } from "../../../src/engine/units/pairing";
import { unitNameOf } from "../../../src/engine/units/unit-caption";

describe("matchNames", () => {
  it.each([
    ["TP Hưng Yên", "Thành phố Hưng Yên"],
    ["TP Hưng Yên", "Đảng bộ thành phố Hưng Yên"],
    ["T.P Hưng Yên", "thành phố  HƯNG YÊN"],
    ["TX Mỹ Hào", "Thị xã Mỹ Hào"],
    ["H. Kim Động", "Huyện Kim Động"],
    ["Cộng Hòa", "Cộng Hoà"], // the tone mark on the other vowel
    ["Xã Thủy Triều", "Đảng bộ xã Thuỷ Triều"],
    ["1. Yên Mỹ", "Yên Mỹ"],
    ["Phù Cừ (*)", "Phù Cừ"],
    ["Huyện ủy Văn Lâm", "Huyện Văn Lâm"],
    ["Chi bộ Khoa Nội", "Khoa Nội"],
    ["CB Trung tâm Y tế", "Chi bộ Trung tâm Y tế"],
    ["ĐẢNG BỘ XÃ CỔ AM", "Xã Cổ Am"],
    ["Biên phòng tỉnh", "Đảng bộ Bộ đội Biên phòng tỉnh"], // "Bộ đội", "Bộ Chỉ huy" in front are left out
    ["Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
    ["BĐBP tỉnh", "Bộ đội Biên phòng tỉnh"],
    ["Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
  ])("%s = %s (exact)", (a, b) => {
    expect(matchNames(a, b)).toBe("exact");
    expect(matchNames(b, a)).toBe("exact");
  });

  it.each([
    ["ĐUK CQ-DN", "Đảng ủy Khối Cơ quan - Doanh nghiệp"],
    ["Hưng Yên", "Hung Yen"], // typed without diacritics
    ["Kim Động", "Huyện Kim Động"], // without the kind of place
    ["Cộng Hòa", "Xã Cộng Hòa"],
    ["Quân sự tỉnh", "QUAN SU TINH"],
    ["Sở Y tế", "Sở Y tế tỉnh Bình Định"],
    ["Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"],
    ["Chi bộ TT Y tế", "Trung tâm Y tế"],
    ["xa Giang Bien", "Đảng bộ xã Giang Biên"],
    // The body with or without where it is: a trailing "tỉnh", a place after "tỉnh"/"huyện", or neither.
    ["ĐUK CQ-DN", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh"],
    ["Cục Thuế Bình Định", "Cục Thuế tỉnh Bình Định"],
    ["Cục Hải quan tỉnh Bình Định", "Cục Hải quan Bình Định"],
    ["Công an", "Đảng bộ Công an tỉnh"],
    ["Quân sự", "Đảng bộ Quân sự tỉnh"],
    ["Công an huyện Vĩnh Bảo", "Đảng bộ Công An huyện"],
    ["Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp phụ nữ tỉnh Bình Định"],
    ["Đảng bộ Bệnh viện Mắt tỉnh", "Bệnh viện Mắt tỉnh Bình Định"], // a chi bộ become đảng bộ
    ["Bệnh viện Đa khoa huyện Vĩnh Bảo", "Đảng bộ Bệnh viện ĐK Vĩnh Bảo"],
    ["Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng Nhân Dân tỉnh Bình Định"],
    ["Đài Phát thanh - Truyền hình Bình Định", "Đài Phát thanh và Truyền hình Bình Định"],
    // Acronyms that mix with words or other acronyms, and the country's name inside a province's front.
    ["UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["Cơ quan UBMTTQ tỉnh", "Cơ quan Ủy ban MTTQ Việt Nam tỉnh"],
    ["Quân sự", "Bộ CHQS tỉnh"],
    ["Trung tâm Y tế huyện Vĩnh Bảo", "TTYT Vĩnh Bảo"],
    ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
  ])("%s ~ %s (near)", (a, b) => {
    expect(matchNames(a, b)).toBe("near");
    expect(matchNames(b, a)).toBe("near");
  });

  it.each([
    ["Kim Động", "Kim Đông"], // both with diacritics, not the same: a typo or another place
    ["TP Hưng Yên", "Huyện Hưng Yên"], // the same place name, another kind of place
    ["Chi bộ thôn 1", "Chi bộ thôn 2"],
  ])("%s ? %s (doubtful)", (a, b) => {
    expect(matchNames(a, b)).toBe("doubtful");
  });

  it.each([
    ["Văn Giang", "Văn Lâm"],
    ["Công an tỉnh", "Quân sự tỉnh"],
    ["Ân Thi", "Tiên Lữ"],
    ["Cộng Hòa", "Tổng cộng"],
    ["Cơ quan Tỉnh đoàn", "Cơ quan Tỉnh ủy"], // "Tỉnh đoàn", "Tỉnh ủy" are bodies, not "tỉnh" + a place
    ["Cục Thuế tỉnh Bình Định", "Cục Hải quan tỉnh Bình Định"],
    ["Công an tỉnh", "Công an huyện"], // the same body in another place: never paired
    ["Công an huyện Vĩnh Bảo", "Công an huyện Tiên Lãng"],
    ["Cơ quan UBND tỉnh", "Văn phòng UBND tỉnh"],
    ["UBMTTQ tỉnh", "UBND tỉnh"],
  ])("%s ≠ %s", (a, b) => {
    expect(matchNames(a, b)).toBeUndefined();
  });
});

describe("pairUnits", () => {
  const items = (names: string[]) => names.map((name, i) => ({ name, item: i }));

  it("uses exact and near pairings, shows a doubtful one without using it", () => {
    const r = pairUnits(items(["Thành phố Hưng Yên", "Kim Đông", "Van Giang", "Công an tỉnh"]), items(["TP Hưng Yên", "Kim Động", "Văn Giang", "Phù Cừ"]));
    expect(r.pairings.map((p) => [p.left.name, p.right.name, p.match])).toEqual([
      ["Thành phố Hưng Yên", "TP Hưng Yên", "exact"],
      ["Kim Đông", "Kim Động", "doubtful"],
      ["Van Giang", "Văn Giang", "near"],
    ]);
    expect(r.leftOnly.map((x) => x.name)).toEqual(["Kim Đông", "Công an tỉnh"]);
    expect(r.rightOnly.map((x) => x.name)).toEqual(["Kim Động", "Phù Cừ"]);
  });

  it("pairs repeated names in turn", () => {
    const r = pairUnits(items(["Chi bộ thôn 1", "Chi bộ thôn 1"]), items(["Thôn 1", "Thôn 1"]));
    expect(r.pairings.map((p) => [p.left.item, p.right.item, p.match])).toEqual([
      [0, 0, "exact"],
      [1, 1, "exact"],
    ]);
  });

  it("never uses a near name that fits two units", () => {
    const r = pairUnits(items(["Hung Yen"]), items(["Hưng Yên", "Hưng Yến"]));
    expect(r.pairings.every((p) => p.match === "doubtful")).toBe(true);
    expect(r.leftOnly).toHaveLength(1);
  });

  it("a grouped report's short names pair with the province's units, a short name that fits two does not", () => {
    const r = pairUnits(
      items(["Công an", "Quân sự", "Biên phòng", "Thị xã Điện Bàn"]),
      items(["Đảng bộ Công an tỉnh", "Đảng bộ Quân sự tỉnh", "Đảng bộ Bộ đội Biên phòng tỉnh", "Đảng bộ thị xã Điện Bàn"]),
    );
    expect(r.pairings.map((p) => [p.left.item, p.right.item, p.match])).toEqual([
      [0, 0, "near"],
      [1, 1, "near"],
      [2, 2, "near"],
      [3, 3, "exact"],
    ]);
    const two = pairUnits(items(["Công an"]), items(["Công an tỉnh", "Công an huyện Vĩnh Bảo"]));
    expect(two.pairings.every((p) => p.match === "doubtful")).toBe(true);
    expect(two.leftOnly).toHaveLength(1);
  });
});

describe("findNameIn", () => {
  const names = ["TP Hưng Yên", "Kim Động", "Cục Thuế tỉnh Bình Định", "Sở Y tế tỉnh Bình Định"];
  it("finds the unit a caption, sheet or file name names", () => {
    expect(findNameIn("ĐẢNG BỘ CỤC THUẾ TỈNH BÌNH ĐỊNH", names)?.index).toBe(2);
    expect(findNameIn("HUYỆN ỦY KIM ĐỘNG", names)?.index).toBe(1);
    expect(findNameIn("so y te", names)?.index).toBe(3);
    expect(findNameIn("Báo cáo kết quả của Đảng bộ thành phố Hưng Yên", names)?.index).toBe(0);
  });
  it("does not take the province for its capital city, nor a title for a unit", () => {
    expect(findNameIn("TỈNH ỦY HƯNG YÊN", names)).toBeUndefined();
    expect(findNameIn("ĐẢNG CỘNG SẢN VIỆT NAM", names)).toBeUndefined();
    expect(findNameIn("Sheet1", names)).toBeUndefined();
  });
});

describe("unitNameOf (a new summary's row names)", () => {
  it("takes the unit's own line under its parent's, then a title's 'của Đảng bộ …', then sheet and file names", () => {
    expect(unitNameOf(["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ CỤC THUẾ TỈNH BÌNH ĐỊNH", "CHỈ TIÊU NĂM 2024"], [], "x.xlsx")).toBe(
      "Cục Thuế Tỉnh Bình Định",
    );
    expect(unitNameOf(["HUYỆN ỦY KIM ĐỘNG"], [], "x.xlsx")).toBe("Huyện Kim Động");
    expect(unitNameOf(["Kết quả kết nạp đảng viên của Đảng bộ xã Cộng Hòa năm 2024"], [], "x.xlsx")).toBe("xã Cộng Hòa");
    expect(unitNameOf([], ["Sheet1"], "so-y-te.xlsx")).toBe("so y te");
    expect(unitNameOf([], ["Xã Cộng Hòa"], "a.xlsx")).toBe("Xã Cộng Hòa");
  });
});

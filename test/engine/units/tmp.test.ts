import { matchNames, parseUnitName } from "../../../src/engine/units/names";
test("x", () => {
  const pairs: [string,string][] = [
    ["TP Hưng Yên","Thành phố Hưng Yên"],["TP Hưng Yên","Đảng bộ thành phố Hưng Yên"],["TX Mỹ Hào","Thị xã Mỹ Hào"],
    ["H. Kim Động","Huyện Kim Động"],["Kim Động","Huyện Kim Động"],["ĐUK CQ-DN","Đảng ủy Khối Cơ quan - Doanh nghiệp"],
    ["Hưng Yên","Hung Yen"],["Cộng Hòa","Cộng Hoà"],["Cộng Hòa","xã Cộng Hòa"],["Kim Động","Kim Đông"],["TP Hưng Yên","Huyện Hưng Yên"],
    ["Quân sự tỉnh","Quan su tinh"],["Quân sự tỉnh","Công an tỉnh"],["Sở Y tế","Sở Y tế tỉnh Bình Định"],["Huyện ủy Kim Động","Kim Động"],
    ["Văn Giang","Văn Lâm"],["Ân Thi","Tiên Lữ"],["Khoái Châu","Khoai Chau"],["Phù Cừ","Phù Cừ (*)"],["1. Yên Mỹ","Yên Mỹ"],
  ];
  for (const [a,b] of pairs) console.log(a, "|", b, "=>", matchNames(a,b));
  console.log(parseUnitName("ĐUK CQ-DN"), parseUnitName("Đảng ủy Khối Cơ quan - Doanh nghiệp"));
});

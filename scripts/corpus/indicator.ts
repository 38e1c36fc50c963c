/**
 * Result-vs-plan indicator tables: Kế hoạch / Thực hiện / % so với kế hoạch / % so với cùng kỳ, "x" and "-"
 * where a figure does not apply, and stock rows ("Tổng số đảng viên") that are not totals of the rows around.
 */
import type { CorpusTable } from "./types";
import { BREAKDOWN_HEADER } from "./vertical";

export const tuKyIndicators: CorpusTable = {
  name: "tu-ky-2012-chi-tieu",
  shape: "indicator",
  source: { url: "https://baohaiduong.vn/tu-ky-ket-nap-dang-vuot-47-7-ke-hoach-319204.html", title: "Tứ Kỳ: Kết nạp đảng vượt 47,7% kế hoạch (Báo Hải Dương, 05/12/2012)" },
  provenance:
    "Laid out from prose: 192 admitted, 'vượt 47,7% kế hoạch' (plan 130, the unique whole number), 'tăng 12,9% so với cùng kỳ' (170, unique), subsets 125 / 136 / 68 with 65,1 / 70,8 / 35,4% of the admitted.",
  oddities: "'x' where a plan does not apply, '-' where a figure is unknown; two percent columns on different bases (plan, same period) and a third on the admitted.",
  sheets: [
    {
      name: "Chỉ tiêu",
      widths: [6, 30, 12, 12, 12, 12, 12, 14],
      blocks: [
        {
          captions: ["HUYỆN ỦY TỨ KỲ", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2012 (ĐẾN 30/11)"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Chỉ tiêu" },
            { r: 0, c: 2, text: "Kế hoạch năm 2012" },
            { r: 0, c: 3, text: "Thực hiện đến 30/11/2012" },
            { r: 0, c: 4, text: "Tỷ lệ % so với kế hoạch" },
            { r: 0, c: 5, text: "Cùng kỳ năm 2011" },
            { r: 0, c: 6, text: "Tỷ lệ % so với cùng kỳ" },
            { r: 0, c: 7, text: "Tỷ lệ % so với tổng số kết nạp" },
          ],
          formats: { 4: "0.0", 6: "0.0", 7: "0.0" },
          lines: [
            { key: "adm", cells: ["1", "Kết nạp đảng viên mới", 130, 192, 147.7, 170, 112.9, 100] },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["1.1", "Đảng viên nữ", "x", 125, "x", "-", "-", 65.1] },
            { key: "dvtn", cells: ["1.2", "Đoàn viên thanh niên", "x", 136, "x", "-", "-", 70.8] },
            { key: "nd", cells: ["1.3", "Nông dân", "x", 68, "x", "-", "-", 35.4] },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "nd:H",
    typed: 52.3,
    finding: {
      cells: ["nd:H"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "The farmers' share computed on the plan (68/130 = 52,3) instead of on the admitted (68/192 = 35,4).",
      cause: { cell: "nd:H", value: 35.4, kind: "base" },
    },
  },
};

export const binhThuan2019: CorpusTable = {
  name: "binh-thuan-2019-to-chuc",
  shape: "indicator",
  source: {
    url: "https://btctu.binhthuan.dcs.vn/Tin-tức/post/180993/ket-qua-ket-nap-dang-vien-moi-tu-dau-nam-2019-den-nay-trong-toan-dang-bo-tinh.aspx",
    title: "Kết quả kết nạp đảng viên mới từ đầu năm 2019 đến nay trong toàn Đảng bộ tỉnh (Ban Tổ chức Tỉnh ủy Bình Thuận)",
  },
  provenance: "Laid out from prose, every figure as published: 477 TCCSĐ (248 đảng bộ cơ sở + 229 chi bộ cơ sở), 14 đảng bộ bộ phận, 2.370 chi bộ trực thuộc, 36.607 members, 1.669 admitted = 83,45% of the 2.000 a year of the resolution.",
  oddities: "Stock rows (members, chi bộ) beside flow rows; the last rows are not a total of those above; one percent, its base named in Ghi chú.",
  sheets: [
    {
      name: "Tình hình 2019",
      blocks: [
        {
          captions: ["TÌNH HÌNH TỔ CHỨC ĐẢNG, ĐẢNG VIÊN VÀ KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2019"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          formats: { 3: "0.00" },
          lines: [
            { key: "tccsd", cells: ["1", "Tổng số tổ chức cơ sở đảng", 477] },
            { cells: [null, "Chia ra:"] },
            { key: "dbcs", cells: ["-", "Đảng bộ cơ sở", 248] },
            { key: "cbcs", cells: ["-", "Chi bộ cơ sở", 229] },
            { key: "dbbp", cells: ["2", "Đảng bộ bộ phận", 14] },
            { key: "cbtt", cells: ["3", "Chi bộ trực thuộc đảng ủy cơ sở", 2370] },
            { key: "dv", cells: ["4", "Tổng số đảng viên", 36607] },
            { key: "ct", cells: ["5", "Chỉ tiêu kết nạp đảng viên năm 2019 (Nghị quyết)", 2000] },
            { key: "kn", cells: ["6", "Số đảng viên đã kết nạp từ đầu năm", 1669, 83.45, "So với chỉ tiêu Nghị quyết"] },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "cbcs:C",
    typed: 292,
    finding: {
      cells: ["cbcs:C", "dbcs:C", "tccsd:C"],
      codes: ["PARTS_MISMATCH", "TOTAL_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Chi bộ cơ sở 229 typed 292: 248 + 292 = 540 ≠ 477 (diff 63 = 7×9).",
      cause: { cell: "cbcs:C", value: 229, kind: "transposition" },
    },
  },
};

export const ninhThuanOrg2022: CorpusTable = {
  name: "ninh-thuan-2022-to-chuc",
  shape: "indicator",
  source: {
    url: "https://baoninhthuan.com.vn/news/131984p24c161/toan-tinh-ket-nap-288-dang-vien-dat-3534-chi-tieu-nam-2022.htm",
    title: "Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022 (Báo Ninh Thuận)",
  },
  provenance: "Laid out from prose: 20.952 members, 434 TCCSĐ (149 đảng bộ cơ sở + 285 chi bộ cơ sở), 1.251 chi bộ trực thuộc, 288 admitted = 35,34% of the year's quota (815, the unique whole number).",
  oddities: "Stock rows and a flow row with its percent; 'Chia ra' partition that adds up.",
  sheets: [
    {
      name: "30-6-2022",
      blocks: [
        {
          captions: ["TÌNH HÌNH TỔ CHỨC ĐẢNG, ĐẢNG VIÊN ĐẾN NGÀY 30/6/2022"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          formats: { 3: "0.00" },
          lines: [
            { key: "dv", cells: ["1", "Tổng số đảng viên", 20952] },
            { key: "tccsd", cells: ["2", "Tổng số tổ chức cơ sở đảng", 434] },
            { cells: [null, "Chia ra:"] },
            { key: "dbcs", cells: ["2.1", "Đảng bộ cơ sở", 149] },
            { key: "cbcs", cells: ["2.2", "Chi bộ cơ sở", 285] },
            { key: "cbtt", cells: ["3", "Chi bộ trực thuộc đảng ủy cơ sở", 1251] },
            { key: "ct", cells: ["4", "Chỉ tiêu kết nạp đảng viên năm 2022", 815] },
            { key: "kn", cells: ["5", "Số đảng viên kết nạp 6 tháng đầu năm", 288, 35.34, "So với chỉ tiêu năm"] },
          ],
        },
      ],
    },
  ],
};

export const haiDuongCity2014: CorpusTable = {
  name: "tp-hai-duong-2014-quy-1",
  shape: "indicator",
  source: { url: "https://baohaiduong.vn/69-so-dang-vien-moi-ket-nap-la-nu-307611.html", title: "69% số đảng viên mới kết nạp là nữ (Báo Hải Dương, 03/04/2014)" },
  provenance:
    "Laid out from prose: 68 admitted, 34% of the year's plan (200: a round plan fitting 34%), women 69%, college or higher 83,8%, youth 64,7%; the counts 47 / 57 / 44 are the unique ones giving those percents of 68.",
  oddities: "Whole-number and one-decimal percents in one column (each row as published).",
  sheets: [
    {
      name: "Quý I-2014",
      blocks: [
        {
          captions: ["THÀNH ỦY HẢI DƯƠNG", "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUÝ I NĂM 2014"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          lines: [
            { key: "plan", cells: ["1", "Kế hoạch kết nạp năm 2014", 200] },
            { key: "adm", cells: ["2", "Số đảng viên đã kết nạp", 68, 34, "So với kế hoạch năm"], formats: { 3: "0" } },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["2.1", "Nữ", 47, 69], formats: { 3: "0" } },
            { key: "cd", cells: ["2.2", "Trình độ cao đẳng trở lên", 57, 83.8], formats: { 3: "0.0" } },
            { key: "tn", cells: ["2.3", "Thanh niên", 44, 64.7], formats: { 3: "0.0" } },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "cd:C",
    typed: 51,
    finding: {
      cells: ["cd:C", "cd:D"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "College-or-higher 57 typed 51 (one digit wrong): 51/68 = 75,0 but the row says 83,8 (57/68).",
      cause: { cell: "cd:C", value: 57, kind: "digit" },
    },
  },
};

export const dongThapBloc2013: CorpusTable = {
  name: "dong-thap-duk-2013-nghi-quyet",
  shape: "indicator",
  source: {
    url: "http://www.baodongthap.com.vn/xay-dung-dang/dang-uy-khoi-cac-co-quan-tinh-ket-nap-duoc-1-235-dang-vien-moi-31741.aspx",
    title: "Đảng ủy Khối các cơ quan tỉnh kết nạp được 1.235 đảng viên mới (Báo Đồng Tháp, 26/06/2013)",
  },
  provenance:
    "Laid out from prose: 1.235 admitted = 102,91% of the resolution's target; 97,35% of members rated HTTNV or better against a 95% target, of which 12,45% HTXSNV; 887 awards. The target 1.200 is inferred: 1.235/1.200 = 102,917, which the article truncates to 102,91 (no whole target rounds to it).",
  oddities: "A truncated percent (102,91); rows whose figures are themselves percents (95 / 97,35) in the same columns as counts; 'x' and '-'.",
  sheets: [
    {
      name: "Nửa nhiệm kỳ",
      widths: [6, 44, 10, 12, 12, 12, 16],
      blocks: [
        {
          captions: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH ĐỒNG THÁP", "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI VI (NỬA NHIỆM KỲ)"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Chỉ tiêu" },
            { r: 0, c: 2, text: "Đơn vị tính" },
            { r: 0, c: 3, text: "Chỉ tiêu Nghị quyết" },
            { r: 0, c: 4, text: "Thực hiện" },
            { r: 0, c: 5, text: "Tỷ lệ % so với Nghị quyết" },
            { r: 0, c: 6, text: "Ghi chú" },
          ],
          lines: [
            { key: "kn", cells: ["1", "Kết nạp đảng viên mới", "Đảng viên", 1200, 1235, 102.91, "Vượt chỉ tiêu"], formats: { 5: "0.00" } },
            { key: "htt", cells: ["2", "Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ (bình quân 2 năm)", "%", 95, 97.35, "x", "Đạt"], formats: { 3: "0", 4: "0.00" } },
            { key: "xs", cells: ["2.1", "Trong đó: hoàn thành xuất sắc nhiệm vụ", "%", "-", 12.45, "x", null], formats: { 4: "0.00" } },
            { key: "kt", cells: ["3", "Lượt đảng viên hoàn thành xuất sắc nhiệm vụ được khen thưởng", "Lượt", "-", 887, "x", null] },
          ],
        },
      ],
    },
  ],
};

export const INDICATOR: readonly CorpusTable[] = [tuKyIndicators, binhThuan2019, ninhThuanOrg2022, haiDuongCity2014, dongThapBloc2013];

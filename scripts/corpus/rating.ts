/**
 * Quality-rating tables (đánh giá, xếp loại): counts and % of the rated total, a "trong đó … tiêu biểu"
 * sub-item whose % is of its parent row, the base stated in the caption, two tables stacked on one sheet.
 */
import type { CorpusTable, HeaderCell } from "./types";

const RATING_HEADER: readonly HeaderCell[] = [
  { r: 0, c: 0, text: "STT" },
  { r: 0, c: 1, text: "Xếp loại" },
  { r: 0, c: 2, text: "Số lượng" },
  { r: 0, c: 3, text: "Tỷ lệ (%)" },
  { r: 0, c: 4, text: "Ghi chú" },
];
const P1 = { 3: "0.0" };

export const canTho2016: CorpusTable = {
  name: "can-tho-2016-danh-gia-tccsd",
  shape: "rating",
  source: { url: "https://baocantho.com.vn/nang-cao-nang-luc-lanh-dao-pham-chat-cua-nguoi-dung-dau-van-de-cap-bach-a19333.html", title: "Nâng cao năng lực lãnh đạo, phẩm chất của người đứng đầu - vấn đề cấp bách (Báo Cần Thơ, 25/05/2017)" },
  provenance:
    "Laid out from prose: 709 TCCSĐ, 439 TSVM (62,62%), of which 107 tiêu biểu (24,37%), 30,96% HTTNV, 6,13% HTNV, 0,29% yếu kém. 439/709 would be 61,92, so the base is the 701 rated (439/701 = 62,62); the counts 217, 43, 2 are the unique ones giving the published percents on 701 and 439 + 217 + 43 + 2 = 701.",
  oddities: "Base (701 rated of 709) only in the caption and the first row; the tiêu biểu share is of its parent row (107/439), named in Ghi chú.",
  sheets: [
    {
      name: "Xếp loại 2016",
      blocks: [
        {
          captions: ["KẾT QUẢ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2016", "(Đảng bộ thành phố có 709 TCCSĐ; 701 TCCSĐ được đánh giá)"],
          headerRows: 1,
          header: RATING_HEADER,
          formats: { 3: "0.00" },
          lines: [
            { key: "base", cells: [null, "Tổng số TCCSĐ được đánh giá", 701, 100], bold: true },
            { key: "tsvm", cells: ["1", "Trong sạch, vững mạnh", 439, 62.62] },
            { key: "tieubieu", cells: [null, "Trong đó: trong sạch, vững mạnh tiêu biểu", 107, 24.37, "So với số TCCSĐ trong sạch, vững mạnh"] },
            { key: "htt", cells: ["2", "Hoàn thành tốt nhiệm vụ", 217, 30.96] },
            { key: "ht", cells: ["3", "Hoàn thành nhiệm vụ", 43, 6.13] },
            { key: "yk", cells: ["4", "Yếu kém", 2, 0.29] },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "tieubieu:D",
    typed: 15.26,
    finding: {
      cells: ["tieubieu:D"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "The tiêu biểu share computed on the table base instead of its parent: 107/701 = 15,26; it should be 107/439 = 24,37 as its note says.",
      cause: { cell: "tieubieu:D", value: 24.37, kind: "base" },
    },
  },
};

export const dongThap2012: CorpusTable = {
  name: "dong-thap-2012-danh-gia-tccsd",
  shape: "rating",
  source: { url: "https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx", title: "20,59% cơ sở đảng đạt trong sạch, vững mạnh tiêu biểu (Báo Đồng Tháp, 05/04/2013)" },
  provenance:
    "Laid out from prose: percents as published (87,97 / 20,59 / 10,22 / 1,42 / 0,39). The counts are back-computed: 773 rated is the only base giving all four rating percents (680 / 79 / 11 / 3), and 140/680 = 20,59 (the tiêu biểu share is of its parent row).",
  oddities: "Total row last ('Cộng'); caption with the 787 = 269 + 518 organizations, not the rated base.",
  sheets: [
    {
      name: "Xếp loại 2012",
      blocks: [
        {
          captions: ["KẾT QUẢ ĐÁNH GIÁ TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2012", "(Toàn Đảng bộ có 787 tổ chức cơ sở đảng: 269 đảng bộ cơ sở, 518 chi bộ cơ sở)"],
          headerRows: 1,
          header: RATING_HEADER,
          formats: { 3: "0.00" },
          lines: [
            { key: "tsvm", cells: ["1", "Trong sạch, vững mạnh", 680, 87.97] },
            { key: "tieubieu", cells: [null, "trong đó: trong sạch, vững mạnh tiêu biểu", 140, 20.59] },
            { key: "htt", cells: ["2", "Hoàn thành tốt nhiệm vụ", 79, 10.22] },
            { key: "ht", cells: ["3", "Hoàn thành nhiệm vụ", 11, 1.42] },
            { key: "yk", cells: ["4", "Yếu kém", 3, 0.39] },
            { key: "total", cells: ["Cộng", null, 773, 100], merge: [0, 1], bold: true },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "htt:C",
    typed: 97,
    finding: {
      cells: ["htt:C", "htt:D", "total:C"],
      codes: ["TOTAL_MISMATCH", "PARTS_MISMATCH", "PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "HTTNV 79 typed 97: 680 + 97 + 11 + 3 = 791 ≠ 773 (diff 18 = 2×9), and 97/773 = 12,55 ≠ 10,22.",
      cause: { cell: "htt:C", value: 79, kind: "transposition" },
    },
  },
};

export const haiDuong2019: CorpusTable = {
  name: "hai-duong-2019-danh-gia-tccsd",
  shape: "rating",
  source: { url: "http://m.baohaiduong.vn/chinh-tri/912-so-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-129280", title: "91,2% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (Báo Hải Dương, 27/02/2020)" },
  provenance:
    "Laid out from prose: 662 of 686 rated, 604 HTTNV trở lên (91,2%), 'trong đó 23,8%' HTXSNV, 8,8% HTNV, none KHTNV. The HTXSNV count 144 is the only one giving 23,8% — of 604 (on 662 no whole number gives 23,8).",
  oddities: "'-' for a zero count and its percent; the sub-item's share is of its parent row; one decimal.",
  sheets: [
    {
      name: "Xếp loại 2019",
      blocks: [
        {
          captions: ["KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2019", "(Toàn tỉnh có 686 TCCSĐ, trong đó 662 TCCSĐ được đánh giá chất lượng)"],
          headerRows: 1,
          header: RATING_HEADER,
          formats: P1,
          lines: [
            { key: "base", cells: [null, "Tổng số TCCSĐ được đánh giá", 662, 100], bold: true },
            { key: "htt", cells: ["1", "Hoàn thành tốt nhiệm vụ trở lên", 604, 91.2] },
            { key: "htxs", cells: [null, "Trong đó: hoàn thành xuất sắc nhiệm vụ", 144, 23.8, "So với số hoàn thành tốt nhiệm vụ trở lên"] },
            { key: "ht", cells: ["2", "Hoàn thành nhiệm vụ", 58, 8.8] },
            { key: "kht", cells: ["3", "Không hoàn thành nhiệm vụ", "-", "-"] },
          ],
        },
      ],
    },
  ],
};

export const diAn2022: CorpusTable = {
  name: "di-an-2022-danh-gia",
  shape: "rating",
  source: { url: "http://dian.binhduong.gov.vn/Trang-chu/Thoi-su-Chinh-tri/ctl/Detail/ttId/47969/mid/426", title: "Hội nghị tổng kết công tác xây dựng Đảng năm 2022 (Thành ủy Dĩ An, 13/01/2023)" },
  provenance:
    "Laid out from prose, counts as published: 50 TCCSĐ (10 / 37 / 3), 142 chi bộ trực thuộc rated (29 / 99 / 13), 5.645 members (4.760 to rate, 84,32%; 864 exempt; 21 not rated). Percents computed by us on the stated bases.",
  oddities: "Two tables stacked on one sheet; SL / % pairs for two kinds of organization; '-' where none.",
  sheets: [
    {
      name: "Xếp loại 2022",
      blocks: [
        {
          captions: ["KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG NĂM 2022"],
          headerRows: 2,
          header: [
            { r: 0, c: 0, text: "STT", rows: 2 },
            { r: 0, c: 1, text: "Xếp loại", rows: 2 },
            { r: 0, c: 2, text: "Tổ chức cơ sở đảng", cols: 2 },
            { r: 0, c: 4, text: "Chi bộ trực thuộc đảng ủy cơ sở", cols: 2 },
            { r: 1, c: 2, text: "Số lượng" },
            { r: 1, c: 3, text: "Tỷ lệ %" },
            { r: 1, c: 4, text: "Số lượng" },
            { r: 1, c: 5, text: "Tỷ lệ %" },
          ],
          formats: { 3: "0.00", 5: "0.00" },
          lines: [
            { key: "t", cells: [null, "Tổng số được đánh giá, xếp loại", 50, 100, 142, 100], bold: true },
            { key: "xs", cells: [1, "Hoàn thành xuất sắc nhiệm vụ", 10, 20, 29, 20.42] },
            { key: "tot", cells: [2, "Hoàn thành tốt nhiệm vụ", 37, 74, 99, 69.72] },
            { key: "ht", cells: [3, "Hoàn thành nhiệm vụ", 3, 6, 13, 9.15] },
            { key: "kht", cells: [4, "Không hoàn thành nhiệm vụ", "-", "-", "-", "-"] },
          ],
        },
        {
          captions: ["ĐẢNG VIÊN THUỘC DIỆN ĐÁNH GIÁ, XẾP LOẠI NĂM 2022"],
          headerRows: 1,
          header: [
            { r: 0, c: 0, text: "STT" },
            { r: 0, c: 1, text: "Nội dung" },
            { r: 0, c: 2, text: "Số lượng" },
            { r: 0, c: 3, text: "Tỷ lệ (%)" },
          ],
          formats: { 3: "0.00" },
          lines: [
            { key: "dv", cells: [null, "Tổng số đảng viên", 5645, 100], bold: true },
            { cells: [null, "Chia ra:"] },
            { key: "dv1", cells: [1, "Đảng viên phải đánh giá, xếp loại", 4760, 84.32] },
            { key: "dv2", cells: [2, "Được miễn đánh giá", 864, 15.31] },
            { key: "dv3", cells: [3, "Chưa được đánh giá", 21, 0.37] },
          ],
        },
      ],
    },
  ],
  realSlips: [
    {
      cells: ["t:E", "xs:E", "tot:E", "ht:E", "kht:E"],
      codes: ["TOTAL_MISMATCH", "PARTS_MISMATCH"],
      why: "142 chi bộ rated, but 29 + 99 + 13 = 141 (as published).",
    },
  ],
};

export const RATING: readonly CorpusTable[] = [canTho2016, dongThap2012, haiDuong2019, diAn2022];

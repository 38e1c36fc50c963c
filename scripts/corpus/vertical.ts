/**
 * Vertical breakdowns: a base row, then "Trong đó:" subsets and "Chia ra:" partitions, each with its share
 * of a base in one percent column. Percent points as numbers; each row keeps the precision it was published
 * with (a per-row number format), because that precision is what a checker must compare at.
 */
import type { CorpusTable, HeaderCell } from "./types";

export const BREAKDOWN_HEADER: readonly HeaderCell[] = [
  { r: 0, c: 0, text: "STT" },
  { r: 0, c: 1, text: "Nội dung" },
  { r: 0, c: 2, text: "Số lượng" },
  { r: 0, c: 3, text: "Tỷ lệ (%)" },
  { r: 0, c: 4, text: "Ghi chú" },
];
const P0 = { 3: "0" };
const P1 = { 3: "0.0" };
const P2 = { 3: "0.00" };

export const tuKy2012: CorpusTable = {
  name: "tu-ky-2012-co-cau",
  shape: "vertical",
  source: { url: "https://baohaiduong.vn/tu-ky-ket-nap-dang-vuot-47-7-ke-hoach-319204.html", title: "Tứ Kỳ: Kết nạp đảng vượt 47,7% kế hoạch (Báo Hải Dương, 05/12/2012)" },
  provenance:
    "Laid out from prose: 192 admitted to end of November, 125 women (65,1%), 136 youth-union (70,8%), 68 farmers (35,4%); the plan 130 is the unique whole number with 192/130 = 147,7% ('vượt 47,7%').",
  oddities: "One percent column with two bases: the admitted row against the plan (named in Ghi chú), the subsets against the admitted.",
  sheets: [
    {
      name: "Cơ cấu",
      blocks: [
        {
          captions: ["HUYỆN ỦY TỨ KỲ", "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN ĐẾN HẾT THÁNG 11 NĂM 2012"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          lines: [
            { key: "plan", cells: ["1", "Kế hoạch kết nạp đảng viên năm 2012", 130, null, null] },
            { key: "adm", cells: ["2", "Số đảng viên đã kết nạp", 192, 147.7, "So với kế hoạch năm"], formats: P1 },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["2.1", "Đảng viên nữ", 125, 65.1], formats: P1 },
            { key: "dvtn", cells: ["2.2", "Đoàn viên thanh niên", 136, 70.8], formats: P1 },
            { key: "nd", cells: ["2.3", "Nông dân", 68, 35.4], formats: P1 },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "nu:D",
    typed: 56.1,
    finding: {
      cells: ["nu:D", "nu:C"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Women's share 65,1 typed 56,1 (two digits swapped): 125/192 = 65,10.",
      cause: { cell: "nu:D", value: 65.1, kind: "transposition" },
    },
  },
};

export const kinhMon2022: CorpusTable = {
  name: "kinh-mon-2022-chia-ra",
  shape: "vertical",
  source: {
    url: "https://m.baohaiduong.vn/xay-dung-dang---chinh-quyen/so-dang-vien-moi-ket-nap-o-kinh-mon-vuot-ca-nam-ngoai-213185",
    title: "Số đảng viên mới kết nạp ở Kinh Môn vượt cả năm ngoái (Báo Hải Dương, 07/09/2022)",
  },
  provenance:
    "Laid out from prose: 166 admitted (87,4% of 190), 130 women (78,3%), 109 with a university degree (65,7%), 151 in all 2021 ('vượt 15'); the occupation partition is published as percents only (72,3 / 16,3 / 7,8 / 3,6) and its counts 120 / 27 / 13 / 6 are the unique ones giving them (they add up to 166).",
  oddities: "'Chia ra (theo nghề nghiệp):' label row inside the table; a last row (the 2021 figure) that is a stock, not a total.",
  sheets: [
    {
      name: "Kết nạp 2022",
      blocks: [
        {
          captions: ["THỊ ỦY KINH MÔN", "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN TỪ ĐẦU NĂM ĐẾN NGÀY 05/9/2022"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          lines: [
            { key: "plan", cells: ["1", "Chỉ tiêu kết nạp năm 2022 (tỉnh giao)", 190] },
            { key: "adm", cells: ["2", "Số đảng viên đã kết nạp", 166, 87.4, "So với chỉ tiêu năm"], formats: P1 },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["a", "Đảng viên nữ", 130, 78.3], formats: P1 },
            { key: "dh", cells: ["b", "Có trình độ đại học", 109, 65.7], formats: P1 },
            { cells: [null, "Chia ra (theo nghề nghiệp):"] },
            { key: "ccvc", cells: ["-", "Công chức, viên chức", 120, 72.3], formats: P1 },
            { key: "nongdan", cells: ["-", "Nông dân", 27, 16.3], formats: P1 },
            { key: "congnhan", cells: ["-", "Công nhân", 13, 7.8], formats: P1 },
            { key: "hocsinh", cells: ["-", "Học sinh", 6, 3.6], formats: P1 },
            { key: "y2021", cells: ["3", "Số đảng viên kết nạp cả năm 2021", 151] },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "congnhan:C",
    typed: 31,
    finding: {
      cells: ["congnhan:C", "congnhan:D", "adm:C", "ccvc:C", "nongdan:C", "hocsinh:C"],
      codes: ["PARTS_MISMATCH", "PERCENT_MISMATCH", "ROW_RELATION_MISMATCH", "TOTAL_MISMATCH"],
      why: "Workers 13 typed 31: the partition 120 + 27 + 31 + 6 = 184 ≠ 166 (diff 18 = 2×9), and 31/166 = 18,67 ≠ 7,8.",
      cause: { cell: "congnhan:C", value: 13, kind: "transposition" },
    },
  },
};

export const toanDang2011: CorpusTable = {
  name: "toan-dang-6-thang-2011",
  shape: "vertical",
  source: {
    url: "https://xaydungdang.org.vn/dang-vien/6-thang-dau-nam-2011-toan-dang-ket-nap-hon-88-nghin-dang-vien-4134",
    title: "6 tháng đầu năm 2011 toàn Đảng kết nạp hơn 88 nghìn đảng viên (Tạp chí Xây dựng Đảng)",
  },
  provenance: "Laid out from prose, every count and percent as published (two numbering levels; the 4.x rows are 'trong đó' of row 4 and add up to it exactly).",
  oddities:
    "The 4.x sub-rows give their share of the whole 88.029, not of their parent row (15.263/88.029 = 17,34); one row published with one decimal (67,9), the rest with two.",
  sheets: [
    {
      name: "6 tháng 2011",
      blocks: [
        {
          captions: ["CƠ CẤU ĐẢNG VIÊN MỚI KẾT NẠP 6 THÁNG ĐẦU NĂM 2011"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          lines: [
            { key: "base", cells: [null, "Tổng số đảng viên mới kết nạp", 88029, 100], formats: P2 },
            { cells: [null, "Trong đó:"] },
            { key: "dvtn", cells: ["1", "Đoàn viên TNCS Hồ Chí Minh", 59776, 67.9], formats: P1 },
            { key: "nu", cells: ["2", "Phụ nữ", 35658, 40.51], formats: P2 },
            { key: "dtts", cells: ["3", "Người dân tộc thiểu số", 10938, 12.43], formats: P2 },
            { key: "cbccvc", cells: ["4", "Cán bộ, công chức, viên chức hoạt động sự nghiệp, kinh doanh", 43752, 48.57], formats: P2 },
            { key: "cbcc", cells: ["4.1", "Cán bộ, công chức", 15263, 17.34], formats: P2 },
            { key: "vcsn", cells: ["4.2", "Viên chức hoạt động sự nghiệp", 22754, 25.85], formats: P2 },
            { key: "vckd", cells: ["4.3", "Viên chức kinh doanh", 5735, 6.51], formats: P2 },
            { key: "cn", cells: ["5", "Công nhân lao động", 8203, 9.32], formats: P2 },
          ],
        },
      ],
    },
  ],
  realSlips: [
    {
      cells: ["cbccvc:D", "cbccvc:C"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Published 48,57%, but 43.752/88.029 = 49,70% (and its own parts 17,34 + 25,85 + 6,51 = 49,70).",
    },
  ],
};

export const dongNai2020: CorpusTable = {
  name: "dong-nai-2020-thang-3",
  shape: "vertical",
  source: {
    url: "https://baodongnai.com.vn/chinhtri/202004/ket-nap-162-dang-vien-moi-trong-3-thang-dau-nam-2998710",
    title: "Kết nạp 162 đảng viên mới trong 3 tháng đầu năm (Báo Đồng Nai, 14/04/2020)",
  },
  provenance: "Laid out from prose, every count and percent as published (44 admitted in March 2020).",
  oddities: "Truncated shares as published: 6/44 = 13,636 shown 13,63; 2/44 = 4,545 shown 4,54. The qualification rows are not a partition (9 + 6 + 22 + 2 = 39 < 44).",
  sheets: [
    {
      name: "Tháng 3",
      blocks: [
        {
          captions: ["BAN TỔ CHỨC TỈNH ỦY ĐỒNG NAI", "CƠ CẤU ĐẢNG VIÊN KẾT NẠP TRONG THÁNG 3/2020"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          formats: P2,
          lines: [
            { key: "base", cells: [null, "Số đảng viên kết nạp trong tháng", 44, 100] },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["1", "Đảng viên nữ", 16, 36.36] },
            { key: "dvtn", cells: ["2", "Đoàn viên TNCS Hồ Chí Minh", 27, 61.36] },
            { cells: [null, "Về trình độ chuyên môn:"] },
            { key: "tc", cells: ["3", "Trung cấp", 9, 20.45] },
            { key: "cd", cells: ["4", "Cao đẳng", 6, 13.63] },
            { key: "dh", cells: ["5", "Đại học", 22, 50] },
            { key: "sdh", cells: ["6", "Trên đại học", 2, 4.54] },
          ],
          after: ["Từ đầu năm đến nay toàn tỉnh kết nạp 162 đảng viên, đạt gần 4,9% chỉ tiêu Ban Thường vụ Tỉnh ủy giao năm 2020."],
        },
      ],
    },
  ],
};

export const binhThanh2009: CorpusTable = {
  name: "binh-thanh-2009-co-cau",
  shape: "vertical",
  source: {
    url: "https://xaydungdang.org.vn/dang-vien/quan-binh-thanh-tp-ho-chi-minh-53-3-so-dang-vien-moi-ket-nap-co-trinh-do-dai-hoc-cao-dang-1998",
    title: "Quận Bình Thạnh, TP.Hồ Chí Minh: 53,3% số đảng viên mới kết nạp có trình độ đại học, cao đẳng (Tạp chí Xây dựng Đảng)",
  },
  provenance:
    "Laid out from prose (152 admitted in 2009): counts and percents as published; the two qualification counts (81, 39) are the unique ones giving the published 53,3% and 25,7%.",
  oddities: "Truncated shares as published (73/152 = 48,026 shown 48,02; 1/152 = 0,658 shown 0,65); mixed precision (59,9 beside 48,02).",
  sheets: [
    {
      name: "Năm 2009",
      blocks: [
        {
          captions: ["QUẬN ỦY BÌNH THẠNH", "CƠ CẤU ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2009"],
          headerRows: 1,
          header: BREAKDOWN_HEADER,
          lines: [
            { key: "base", cells: [null, "Tổng số đảng viên kết nạp", 152, 100], formats: P0 },
            { cells: [null, "Trong đó:"] },
            { key: "nu", cells: ["1", "Nữ", 73, 48.02], formats: P2 },
            { key: "dvtn", cells: ["2", "Đoàn viên thanh niên", 76, 50], formats: P0 },
            { key: "dtts", cells: ["3", "Người dân tộc thiểu số", 1, 0.65], formats: P2 },
            { key: "cbccvc", cells: ["4", "Cán bộ, công chức, viên chức", 91, 59.9], formats: P1 },
            { key: "llvt", cells: ["5", "Sĩ quan, chiến sỹ lực lượng vũ trang", 47, 30.9], formats: P1 },
            { key: "cn", cells: ["6", "Công nhân, lao động các thành phần kinh tế", 5, 3.3], formats: P1 },
            { cells: [null, "Về trình độ chuyên môn:"] },
            { key: "cddh", cells: ["7", "Cao đẳng, đại học, trên đại học", 81, 53.3], formats: P1 },
            { key: "thcn", cells: ["8", "Trung học chuyên nghiệp", 39, 25.7], formats: P1 },
          ],
        },
      ],
    },
  ],
  slip: {
    at: "dvtn:C",
    typed: 67,
    finding: {
      cells: ["dvtn:C", "dvtn:D"],
      codes: ["PERCENT_MISMATCH", "ROW_RELATION_MISMATCH"],
      why: "Youth-union members 76 typed 67: 67/152 = 44% but the row says 50% (76/152).",
      cause: { cell: "dvtn:C", value: 76, kind: "transposition" },
    },
  },
};

export const VERTICAL: readonly CorpusTable[] = [tuKy2012, kinhMon2022, toanDang2011, dongNai2020, binhThanh2009];

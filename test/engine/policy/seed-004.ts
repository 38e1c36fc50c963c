/** Seed 004 (Bình Định ĐUK, plan 104-KH/ĐUK): STT, kind, unit, then 2024 total / youth union / trade union and 2025 the same, as published. */
export { SEED_004_UNITS as SEED_004_ROWS } from "../checks/seed-rows";

/** The plan's own sentence (section II.1), which states the rules the table must meet. */
export const SEED_004_PLAN_SENTENCE =
  "1. Chỉ tiêu: Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240 đảng viên mới (đạt trên 4% đảng viên toàn Đảng bộ). Trong đó, tỷ lệ đảng viên mới là đoàn viên thanh niên phần đầu đạt từ 70% trở lên.";

/**
 * The depth a row's numbering gives it, for the row tree: tables number their rows on several levels
 * (A, I, 1, 1.1, a, "-"), and a row hangs under the nearest row above with a smaller depth. Read from the
 * STT cell, else from an enumerator written in front of the label ("1. Đảng viên nữ", "- Nông dân").
 */
import { foldKey } from "../text";

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Depths, shallow to deep. Only their order matters. */
export const LEVEL = { letterGroup: 0, roman: 1, arabic: 2, bullet: 7 } as const;

/** The depth of an STT text ("II", "1", "1.2", "b)", "-"), or undefined when it says nothing about depth. */
export function sttLevel(raw: string): number | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  if (/^[-+*•–—]$/.test(text)) return LEVEL.bullet;
  const arabic = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\)?$/.exec(text);
  if (arabic) return LEVEL.arabic + arabic[1].split(".").length - 1;
  if (/^[A-DĐ][.)]?$/.test(text)) return LEVEL.letterGroup;
  const k = foldKey(text).replace(/[.)]$/, "");
  if (k.length > 0 && ROMAN.test(k) && k !== "c" && k !== "l") return LEVEL.roman;
  if (/^[a-zđ][.)]?$/.test(text)) return LEVEL.arabic + 4;
  return undefined;
}

/** The depth an enumerator in front of a label gives ("1. …", "a) …", "- …", "II. …"). */
export function labelLevel(label: string): number | undefined {
  const m = /^\s*([-+*•–]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[a-zđ][.)]|[IVXLC]+[.)])\s+\S/.exec(label);
  if (!m) return undefined;
  return sttLevel(m[1]);
}

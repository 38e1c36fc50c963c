/**
 * Unit names as people write them. The same đảng bộ is "TP Hưng Yên" in the quota appendix, "Thành phố
 * Hưng Yên" in the results and "Đảng bộ thành phố Hưng Yên" in the unit's own file; the province's bloc is
 * "Đảng ủy Khối Cơ quan - Doanh nghiệp" or "ĐUK CQ-DN". This module turns a name into comparable forms and
 * says how sure a pairing of two names is:
 *
 * - "exact": the same name once organisational words ("Đảng bộ", "Chi bộ", "Đảng ủy") are dropped, the
 *   standard abbreviations (TP, TX, H., Q., ĐUK) written out, and case, spacing, punctuation and the place
 *   of the tone mark ("Hoà"/"Hòa") ignored;
 * - "near": the same name typed without diacritics, with an acronym for some words ("CQ-DN"), without the
 *   kind of place ("Kim Động" / "Huyện Kim Động"), or without a trailing "tỉnh …" qualifier;
 * - "doubtful": a likely typo, the same place name with a different kind ("TP" / "Huyện"), one name inside
 *   another. Doubtful pairings are shown for the user to confirm and never used.
 *
 * Pure string work, IE11-safe (no \p{…}, normalize() only when the runtime has it).
 */
import { foldKey, normalizeText } from "../text";

export type MatchLevel = "exact" | "near" | "doubtful";

const HAS_NORMALIZE = typeof "".normalize === "function";

/** Combining tone marks (huyền, sắc, hỏi, ngã, nặng): their place in a syllable varies between keyboards. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A syllable with its tone moved out: "hoà" and "hòa" both give "hoa\u0300". */
function toneKey(token: string): string {
  if (!HAS_NORMALIZE) return token;
  const d = token.normalize("NFD");
  const tones = d.match(TONE_MARKS);
  const shape = d.replace(TONE_MARKS, "").normalize("NFC");
  return tones ? `${shape}${tones.join("")}` : shape;
}

/** Folded (no diacritics, đ → d), with y and i as one letter ("Kỳ" / "Kì", "Lý" / "Lí"). */
function looseKey(token: string): string {
  return foldKey(token).replace(/y/g, "i");
}

/** Separators between the words of a name. */
const SEPARATORS = /[\s\-\u2013\u2014_,.;:/\\()[\]{}"'*+&!?]+/;

/** Kinds of place written in front of a place name, with the key the comparison uses. */
const PLACE_KINDS: readonly { readonly words: readonly string[]; readonly key: string }[] = [
  { words: ["thành", "phố"], key: "tp" },
  { words: ["thị", "xã"], key: "tx" },
  { words: ["thị", "trấn"], key: "tt" },
  { words: ["huyện"], key: "h" },
  { words: ["quận"], key: "q" },
  { words: ["phường"], key: "p" },
  { words: ["xã"], key: "x" },
  { words: ["tỉnh"], key: "t" },
];

/**
 * Rewrites of the words in front, on loose keys (so "ủy", "uỷ" and "uy" are one word): abbreviations
 * written out, "Huyện ủy X" read as the place "huyện X", organisational words dropped (`to` empty).
 * A one-letter abbreviation ("H.", "Q.") only counts in front of a name.
 */
const FRONT_REWRITES: readonly { readonly from: readonly string[]; readonly to: readonly string[] }[] = [
  { from: ["duk"], to: ["đảng", "ủy", "khối"] },
  { from: ["du"], to: ["đảng", "ủy"] },
  { from: ["db"], to: ["đảng", "bộ"] },
  { from: ["cb"], to: ["chi", "bộ"] },
  { from: ["dbcs"], to: ["đảng", "bộ", "cơ", "sở"] },
  { from: ["tp"], to: ["thành", "phố"] },
  { from: ["t", "p"], to: ["thành", "phố"] },
  { from: ["t", "x"], to: ["thị", "xã"] },
  { from: ["tx"], to: ["thị", "xã"] },
  { from: ["h"], to: ["huyện"] },
  { from: ["q"], to: ["quận"] },
  { from: ["p"], to: ["phường"] },
  { from: ["x"], to: ["xã"] },
  { from: ["tinh", "ui"], to: ["tỉnh"] },
  { from: ["huien", "ui"], to: ["huyện"] },
  { from: ["thanh", "ui"], to: ["thành", "phố"] },
  { from: ["thi", "ui"], to: ["thị", "xã"] },
  { from: ["quan", "ui"], to: ["quận"] },
  { from: ["dang", "bo"], to: [] },
  { from: ["chi", "bo"], to: [] },
  { from: ["dang", "ui"], to: [] },
  { from: ["ban", "chap", "hanh"], to: [] },
  { from: ["ban", "thuong", "vu"], to: [] },
  { from: ["co", "so"], to: [] },
  { from: ["truc", "thuoc"], to: [] },
  // "Đảng bộ Bộ đội Biên phòng tỉnh" is "Biên phòng tỉnh", "Bộ Chỉ huy Quân sự tỉnh" is "Quân sự tỉnh".
  { from: ["bo", "doi"], to: [] },
  { from: ["bo", "chi", "hui"], to: [] },
  { from: ["bo", "chqs"], to: ["quân", "sự"] },
  { from: ["bchqs"], to: ["quân", "sự"] },
  { from: ["bdbp"], to: ["biên", "phòng"] },
];

/** Leading item numbers ("1.", "II-", "a)") and trailing note marks ("(*)", "*"). */
const ENUMERATOR = /^(?:[ivxlc]+|[a-g]|\d{1,3})\s*[.)\-/:]\s+/;
const NOTE_MARK = /\s*\(?\*+\)?\s*$/;

export interface UnitName {
  /** The name as written (normalised whitespace). */
  readonly text: string;
  /** Words after organisational prefixes are dropped and abbreviations written out, lower case. */
  readonly words: readonly string[];
  /** toneKey of each word: equal lists mean an exact match. */
  readonly exactKey: string;
  /** looseKey of each word. */
  readonly loose: readonly string[];
  /** The kind of place written in front ("tp", "h", …), or null. */
  readonly kind: string | null;
  /** loose words without the kind of place. */
  readonly core: readonly string[];
  /** Words typed without any diacritics (so only a loose comparison is possible). */
  readonly plain: boolean;
  /** loose words that are acronyms ("cq", "dn", "ubnd"): no vowel, or capitals in a mixed-case name. */
  readonly acronyms: ReadonlySet<number>;
}

function rewriteFront(words: string[]): string[] {
  let cur = words;
  for (let guard = 0; guard < 10; guard++) {
    const loose = cur.map(looseKey);
    const rule = FRONT_REWRITES.find(
      (r) => r.from.length < cur.length && r.from.every((w, i) => loose[i] === w) && (r.from[0].length > 1 || cur.length > 1),
    );
    if (!rule) return cur;
    cur = [...rule.to, ...cur.slice(rule.from.length)];
  }
  return cur;
}

const VOWELS = /[aeiouy]/;

export function parseUnitName(raw: string): UnitName {
  const text = normalizeText(raw);
  // "Đ" read from old fonts as Ð (U+00D0) is the same letter.
  const lower = text.toLowerCase().replace(NOTE_MARK, "").replace(/[\u00d0\u00f0]/g, "đ").replace(ENUMERATOR, "");
  const words = rewriteFront(lower.split(SEPARATORS).filter((w) => w !== ""));
  const originalWords = text.replace(NOTE_MARK, "").split(SEPARATORS).filter((w) => w !== "");
  const mixedCase = text !== text.toUpperCase();
  const upperAcronyms = new Set(
    originalWords.filter((w) => mixedCase && w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && /[A-Z\u0110]/.test(w)).map((w) => looseKey(w)),
  );
  const loose = words.map(looseKey);
  const acronyms = new Set<number>();
  loose.forEach((w, i) => {
    if (/^[a-z]+$/.test(w) && w.length >= 2 && w.length <= 6 && (!VOWELS.test(w) || upperAcronyms.has(w))) acronyms.add(i);
  });
  let kind: string | null = null;
  let core = loose;
  for (const k of PLACE_KINDS) {
    const n = k.words.length;
    if (words.length > n && k.words.every((w, i) => toneKey(words[i]) === toneKey(w))) {
      kind = k.key;
      core = loose.slice(n);
      break;
    }
  }
  return {
    text,
    words,
    exactKey: words.map(toneKey).join(" "),
    loose,
    kind,
    core,
    plain: words.every((w) => foldKey(w) === w),
    acronyms,
  };
}

const eq = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * True when the two word lists align word for word, an acronym on either side standing for as many words
 * of the other as it has letters ("cq" ↔ "cơ quan"), and at least one acronym was needed.
 */
function alignsWithAcronyms(a: UnitName, b: UnitName): boolean {
  const A = a.loose;
  const B = b.loose;
  // memo[i][j]: can A[i..] align with B[j..]; the value records whether an acronym was used (2) or not (1), 0 = no.
  const memo = new Map<number, number>();
  const go = (i: number, j: number): number => {
    if (i === A.length && j === B.length) return 1;
    if (i === A.length || j === B.length) return 0;
    const key = i * 1000 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let best = 0;
    if (A[i] === B[j]) best = Math.max(best, go(i + 1, j + 1));
    if (a.acronyms.has(i)) {
      const n = A[i].length;
      if (j + n <= B.length && B.slice(j, j + n).every((w, k) => w[0] === A[i][k]) && go(i + 1, j + n) > 0) best = 2;
    }
    if (best < 2 && b.acronyms.has(j)) {
      const n = B[j].length;
      if (i + n <= A.length && A.slice(i, i + n).every((w, k) => w[0] === B[j][k]) && go(i + n, j + 1) > 0) best = 2;
    }
    memo.set(key, best);
    return best;
  };
  return go(0, 0) === 2;
}

/** A word of a name with whether it is an acronym (after the name's location words are taken out). */
interface Word {
  readonly w: string;
  readonly acronym: boolean;
}

/**
 * Words inside a name that say where the body is ("Cục Thuế tỉnh Bình Định", "Công an huyện", "Bệnh viện Đa
 * khoa huyện Vĩnh Bảo"), matched with their diacritics so "quận" is not "quân" or "Cơ quan". "Tỉnh ủy",
 * "Huyện đoàn", "Tỉnh đội" are bodies of their own, not a location.
 */
const WHERE_KINDS: readonly { readonly words: readonly string[]; readonly key: string }[] = [
  { words: ["thành", "phố"], key: "tp" },
  { words: ["tp"], key: "tp" },
  { words: ["thị", "xã"], key: "tx" },
  { words: ["tx"], key: "tx" },
  { words: ["tỉnh"], key: "t" },
  { words: ["huyện"], key: "h" },
  { words: ["quận"], key: "q" },
];
const NOT_A_PLACE_AFTER = new Set(["ui", "doan", "doi"]);
/** Linking words people write or leave out: "Phát thanh và Truyền hình" / "Phát thanh - Truyền hình". */
const FILLERS = new Set(["va"]);

interface Located {
  /** The words before the first location word. */
  readonly body: readonly Word[];
  /** The words after it, location words left out. */
  readonly tail: readonly string[];
  /** Every word but the location words and fillers. */
  readonly all: readonly Word[];
  /** The kinds of the location words, in order. */
  readonly kinds: readonly string[];
}

function locateBody(n: UnitName): Located | undefined {
  if (n.kind !== null) return undefined;
  const body: Word[] = [];
  const tail: string[] = [];
  const all: Word[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < n.words.length; ) {
    const k =
      i === 0
        ? undefined
        : WHERE_KINDS.find(
            (kk) =>
              kk.words.every((w, m) => n.words[i + m] !== undefined && toneKey(n.words[i + m]) === toneKey(w)) &&
              !NOT_A_PLACE_AFTER.has(n.loose[i + kk.words.length] ?? ""),
          );
    if (k) {
      kinds.push(k.key);
      i += k.words.length;
      continue;
    }
    // "Ủy ban MTTQ Việt Nam tỉnh" is "Ủy ban MTTQ tỉnh": the country's name adds nothing inside a province.
    if (i > 0 && n.loose[i] === "viet" && n.loose[i + 1] === "nam") {
      i += 2;
      continue;
    }
    const word = { w: n.loose[i], acronym: n.acronyms.has(i) };
    if (!FILLERS.has(word.w)) {
      all.push(word);
      if (kinds.length === 0) body.push(word);
      else tail.push(word.w);
    }
    i++;
  }
  return { body, tail, all, kinds };
}

/**
 * Word for word, an acronym on either side standing for words of the other: each word gives its initial, an
 * acronym among them all its letters ("UBMTTQ" = "Ủy ban" + "MTTQ" = "Ủy ban Mặt trận Tổ quốc").
 */
function alignWords(A: readonly Word[], B: readonly Word[]): boolean {
  const memo = new Map<number, boolean>();
  /** Where the words of `Y` from `j` spell `short` exactly, the index after them (one per way). */
  const spelled = (short: string, Y: readonly Word[], j: number): number[] => {
    const ends: number[] = [];
    let letters = "";
    for (let k = j; k < Y.length && letters.length < short.length; k++) {
      letters += Y[k].acronym ? Y[k].w : Y[k].w[0];
      if (!short.startsWith(letters)) break;
      if (letters === short && k > j) ends.push(k + 1);
    }
    return ends;
  };
  const go = (i: number, j: number): boolean => {
    if (i === A.length && j === B.length) return true;
    if (i === A.length || j === B.length) return false;
    const key = i * 1000 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = A[i].w === B[j].w && go(i + 1, j + 1);
    if (!ok && A[i].acronym) ok = spelled(A[i].w, B, j).some((end) => go(i + 1, end));
    if (!ok && B[j].acronym) ok = spelled(B[j].w, A, i).some((end) => go(end, j + 1));
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** One list of location kinds is the start of the other: "tỉnh" and "tỉnh", or none and "huyện"; not "tỉnh" and "huyện". */
function kindsAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((k, i) => long[i] === k);
}

/**
 * The same body, located or not: "Cục Thuế Bình Định" / "Cục Thuế tỉnh Bình Định", "Công an" / "Đảng bộ Công
 * an tỉnh", "Công an huyện Vĩnh Bảo" / "Công An huyện" (a unit within the district names it without the
 * district), "Bệnh viện ĐK Vĩnh Bảo" / "Bệnh viện Đa khoa huyện Vĩnh Bảo". Locations of different kinds
 * ("Công an tỉnh" / "Công an huyện") never agree.
 */
function sameLocatedBody(a: UnitName, b: UnitName): boolean {
  const la = locateBody(a);
  const lb = locateBody(b);
  if (!la || !lb || !kindsAgree(la.kinds, lb.kinds)) return false;
  if (la.kinds.length === 0 && lb.kinds.length === 0 && la.all.length === a.loose.length && lb.all.length === b.loose.length) return false;
  // One word alone pairs only as an acronym of three letters or more ("UBMTTQ tỉnh"), never "Khối" for "Khối tỉnh".
  const enough = (l: Located) => l.all.length >= 2 || (l.all.length === 1 && l.all[0].acronym && l.all[0].w.length >= 3);
  if (enough(la) && enough(lb) && alignWords(la.all, lb.all)) return true;
  if (la.body.length < 2 || lb.body.length < 2 || !alignWords(la.body, lb.body)) return false;
  const [short, long] = la.tail.length <= lb.tail.length ? [la.tail, lb.tail] : [lb.tail, la.tail];
  return short.every((w, i) => long[i] === w);
}

/** "Sở Y tế" and "Sở Y tế tỉnh Bình Định": the longer one adds only where the body is. */
function differsByLocation(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length <= short.length + 1) return false;
  if (!short.every((w, i) => long[i] === w)) return false;
  const rest = long.slice(short.length);
  return /^(tinh|thanh pho|huyen|quan|thi xa|tp)\b/.test(rest.join(" ")) && rest.length <= 5;
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
}

/** How sure it is that `a` and `b` name the same unit; undefined when they plainly do not. */
export function compareNames(a: UnitName, b: UnitName): MatchLevel | undefined {
  if (a.words.length === 0 || b.words.length === 0) return undefined;
  if (a.exactKey === b.exactKey) return "exact";
  const looseEqual = eq(a.loose, b.loose);
  // Typed without diacritics: the loose form is all there is to compare.
  if (looseEqual && (a.plain || b.plain)) return "near";
  const sameKindOrOneMissing = a.kind === b.kind || a.kind === null || b.kind === null;
  if (sameKindOrOneMissing && eq(a.core, b.core) && (a.kind === null) !== (b.kind === null)) {
    // "Kim Động" / "Huyện Kim Động": the same words, one without the kind of place (diacritics must agree).
    const aCore = a.words.slice(a.words.length - a.core.length).map(toneKey).join(" ");
    const bCore = b.words.slice(b.words.length - b.core.length).map(toneKey).join(" ");
    if (aCore === bCore || a.plain || b.plain) return "near";
    return "doubtful";
  }
  if (alignsWithAcronyms(a, b)) return "near";
  if (sameKindOrOneMissing && differsByLocation(a.loose, b.loose)) return "near";
  if (sameLocatedBody(a, b)) return "near";
  // Below: shown for confirmation only.
  if (looseEqual) return "doubtful";
  if (eq(a.core, b.core) && a.core.length > 0) return "doubtful";
  const la = a.loose.join(" ");
  const lb = b.loose.join(" ");
  const d = levenshtein(la, lb);
  if (Math.min(la.length, lb.length) >= 5 && d <= Math.max(1, Math.floor(Math.min(la.length, lb.length) * 0.2))) return "doubtful";
  if (containsRun(a.core, b.core) || containsRun(b.core, a.core)) return "doubtful";
  return undefined;
}

/** Shorthand for tests and callers holding plain strings. */
export function matchNames(a: string, b: string): MatchLevel | undefined {
  return compareNames(parseUnitName(a), parseUnitName(b));
}

/** A rough closeness for ranking doubtful candidates: lower is closer. */
export function nameDistance(a: UnitName, b: UnitName): number {
  return levenshtein(a.loose.join(" "), b.loose.join(" "));
}

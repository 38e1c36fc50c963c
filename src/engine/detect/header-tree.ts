/**
 * The header tree of a band: one node per header cell (a merged area or a single cell), a parent over
 * the columns of its children. Files converted from Word or typed without merges leave the cells under a
 * tall header blank and the cells beside a wide one blank; both are read as if merged.
 */
import type { HeaderNode } from "../model";
import type { Band } from "./header-band";
import { type Scan, cellAt, mergeOf } from "./scan";
import { normalizeText } from "../text";

interface MutableNode {
  label: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  children: MutableNode[];
}

export interface HeaderLayout {
  readonly tree: HeaderNode[];
  /** For each column left..right: header texts from the top of the band down to the leaf. */
  readonly paths: ReadonlyMap<number, readonly string[]>;
}

export function buildHeaderTree(s: Scan, band: Band, left: number, right: number): HeaderLayout {
  const bottom = band.numberingRow === band.bottom ? band.bottom - 1 : band.bottom;
  const height = bottom - band.top + 1;
  const width = right - left + 1;
  // owner[r][c]: the node covering band cell (r, c), or null where the cell is blank.
  const owner: (MutableNode | null)[][] = Array.from({ length: Math.max(0, height) }, () => new Array<MutableNode | null>(width).fill(null));
  const nodes: MutableNode[] = [];

  for (let r = band.top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (owner[r - band.top][c - left]) continue;
      const m = mergeOf(s, r, c);
      const cell = m ? cellAt(s, m.top, m.left) : cellAt(s, r, c);
      if (cell.kind === "blank") continue;
      const label = normalizeText(cell.kind === "number" ? String(cell.value) : cell.kind === "text" || cell.kind === "text-number" ? cell.text : "");
      const node: MutableNode = {
        label,
        top: m ? Math.max(m.top, band.top) : r,
        bottom: m ? Math.min(m.bottom, bottom) : r,
        left: m ? Math.max(m.left, left) : c,
        right: m ? Math.min(m.right, right) : c,
        children: [],
      };
      nodes.push(node);
      for (let rr = node.top; rr <= node.bottom; rr++) for (let cc = node.left; cc <= node.right; cc++) owner[rr - band.top][cc - left] = node;
    }
  }

  // Unmerged wide parents: a header cell followed by blanks whose columns have headers in the row below.
  for (const node of nodes) {
    if (node.bottom >= bottom || node.top !== node.bottom) continue;
    const r = node.top - band.top;
    const above = r > 0 ? owner[r - 1][node.left - left] : null;
    if (!owner[r + 1][node.left - left]) continue;
    let c = node.right + 1;
    while (
      c <= right &&
      owner[r][c - left] === null &&
      owner[r + 1][c - left] !== null &&
      (r === 0 || owner[r - 1][c - left] === above)
    ) {
      owner[r][c - left] = node;
      node.right = c;
      c++;
    }
  }

  // Unmerged tall headers: blanks under a header cell belong to it ("STT" over an empty cell).
  for (const node of nodes) {
    let r = node.bottom + 1;
    while (r <= bottom && spanIsBlank(owner[r - band.top], node.left - left, node.right - left)) {
      for (let cc = node.left; cc <= node.right; cc++) owner[r - band.top][cc - left] = node;
      node.bottom = r;
      r++;
    }
  }

  // Parent: the node right above that covers the child's columns.
  const roots: MutableNode[] = [];
  nodes.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const node of nodes) {
    const parent = node.top > band.top ? owner[node.top - band.top - 1][node.left - left] : null;
    if (parent && parent !== node && parent.left <= node.left && parent.right >= node.right) parent.children.push(node);
    else roots.push(node);
  }

  const paths = new Map<number, string[]>();
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    let previous: MutableNode | null = null;
    for (let r = 0; r < height; r++) {
      const n = owner[r][c - left];
      if (n && n !== previous && n.label !== "") path.push(n.label);
      if (n) previous = n;
    }
    paths.set(c, path);
  }
  return { tree: roots.map(freeze), paths };
}

function spanIsBlank(row: readonly (MutableNode | null)[], from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (row[c] !== null) return false;
  return true;
}

function freeze(n: MutableNode): HeaderNode {
  return {
    label: n.label,
    top: n.top,
    bottom: n.bottom,
    left: n.left,
    right: n.right,
    children: n.children.sort((a, b) => a.left - b.left).map(freeze),
  };
}

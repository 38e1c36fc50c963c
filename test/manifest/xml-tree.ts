/** A small element tree over fast-xml-parser's ordered output, so manifest tests can walk XML by name. */
import { XMLParser } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its namespace prefix, e.g. "Image". */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown>;

function toElement(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text" || name.startsWith("?") || name === "#comment") return null;
  const attrs: Record<string, string> = {};
  const raw = (node[":@"] ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) attrs[k.replace(/^@_/, "")] = String(v);
  const kids = (node[name] ?? []) as Ordered[];
  const children: XmlElement[] = [];
  let text = "";
  for (const kid of kids) {
    if ("#text" in kid) text += String(kid["#text"]);
    const el = toElement(kid);
    if (el) children.push(el);
  }
  return { name, local: name.replace(/^.*:/, ""), attrs, children, text: text.trim() };
}

export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const top = parser.parse(xml) as Ordered[];
  for (const node of top) {
    const el = toElement(node);
    if (el) return el;
  }
  throw new Error("no root element");
}

/** Direct children with this local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** The one direct child with this local name (throws otherwise, so a test names what is missing). */
export function child(el: XmlElement, local: string): XmlElement {
  const found = childrenNamed(el, local);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${local}> children, expected 1`);
  return found[0];
}

/** Every descendant (depth first) with this local name. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Every attribute value and text node in the tree, for URL harvesting. */
export function allValues(el: XmlElement): string[] {
  const out: string[] = [...Object.values(el.attrs)];
  if (el.text) out.push(el.text);
  for (const c of el.children) out.push(...allValues(c));
  return out;
}

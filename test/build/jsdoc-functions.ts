/**
 * Reads the QUOTA custom functions straight from src/functions/functions.ts source text (JSDoc + signature),
 * independently of custom-functions-metadata, so the test can compare the generated functions.json with it.
 * Follows the documented rules: id = first word after @customfunction (upper-cased) or the function name
 * upper-cased; name = second word or the id; a trailing CustomFunctions.*Invocation parameter is not a parameter.
 */
export interface SourceFunction {
  functionName: string;
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string | undefined }[];
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Splits a parameter list at top-level commas (types may hold commas inside <>, [], (), {}). */
function splitParams(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if ("<[({".includes(ch)) depth++;
    if (">])}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}

function parseJsDoc(body: string): { description: string; tags: { tag: string; text: string }[] } {
  const lines = body.split("\n").map((l) => l.replace(/^\s*\*\s?/, ""));
  const text = lines.join("\n");
  const firstTag = text.search(/(^|\n)\s*@\w/);
  const description = collapse(firstTag === -1 ? text : text.slice(0, firstTag));
  const tags = [...(firstTag === -1 ? "" : text.slice(firstTag)).matchAll(/@(\w+)([^@]*)/g)].map((m) => ({
    tag: m[1],
    text: collapse(m[2]),
  }));
  return { description, tags };
}

export function readSourceFunctions(source: string): SourceFunction[] {
  const found: SourceFunction[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)\s*(?:<[^>]*>)?\s*\(([\s\S]*?)\)\s*(?::[^{]*)?\{/g;
  for (const m of source.matchAll(re)) {
    const doc = parseJsDoc(m[1]);
    const cf = doc.tags.find((t) => t.tag === "customfunction");
    if (!cf) continue;
    const [idWord, nameWord] = cf.text.split(" ").filter(Boolean);
    const id = (idWord || m[2]).toUpperCase();
    const paramDocs = new Map<string, string>();
    for (const t of doc.tags.filter((t) => t.tag === "param")) {
      const pm = /^(?:\{[^}]*\}\s*)?\[?(\w+)(?:=[^\]]*)?\]?\s*(?:-\s*)?([\s\S]*)$/.exec(t.text);
      if (pm) paramDocs.set(pm[1], collapse(pm[2]));
    }
    const params = splitParams(m[3])
      .map((p) => {
        const pm = /^(\w+)\s*\??\s*(?::\s*([\s\S]*?))?(?:=[\s\S]*)?$/.exec(p);
        return { name: pm ? pm[1] : p, type: pm?.[2] ?? "" };
      })
      .filter((p, i, all) => !(i === all.length - 1 && /CustomFunctions\.\w*Invocation/.test(p.type)));
    found.push({
      functionName: m[2],
      id,
      name: nameWord || id,
      description: doc.description,
      parameters: params.map((p) => ({ name: p.name, description: paramDocs.get(p.name) })),
    });
  }
  return found;
}

/**
 * manifest.xml has the structure issue 2 demands: a plain task pane base that installs on Office 2016/2019,
 * and VersionOverrides (gated on SharedRuntime 1.1) carrying the shared runtime, QUOTA functions and ribbon.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLValidator } from "fast-xml-parser";
import { allValues, child, childrenNamed, descendants, parseXml, XmlElement } from "./xml-tree";

const ROOT = path.join(__dirname, "..", "..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV = "https://localhost:3000/";

const app = parseXml(XML);
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");
const workbookHost = child(child(overrides, "Hosts"), "Host");

/** resid → DefaultValue over every resource kind (images, urls, short and long strings). */
function resourceTable(): Map<string, XmlElement> {
  const table = new Map<string, XmlElement>();
  for (const group of resources.children) for (const res of group.children) table.set(res.attrs.id, res);
  return table;
}
const RES = resourceTable();
const value = (resid: string): string => {
  const res = RES.get(resid);
  if (!res) throw new Error(`resource ${resid} is not defined`);
  return res.attrs.DefaultValue;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is well-formed XML and a TaskPaneApp add-in only manifest", () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(child(app, "Hosts"), "Host").attrs.Name).toBe("Workbook");
  });

  test("base requirements are only an ExcelApi set old Excel has, never SharedRuntime", () => {
    const sets = descendants(child(app, "Requirements"), "Set");
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      expect(set.attrs.Name).toBe("ExcelApi");
      // Excel 2016 MSI reaches ExcelApi 1.1 only; anything higher would block installing there.
      expect(Number(set.attrs.MinVersion)).toBeLessThanOrEqual(1.1);
    }
    expect(allValues(child(app, "Requirements")).join(" ")).not.toMatch(/SharedRuntime|CustomFunctions/);
  });

  test("VersionOverrides require SharedRuntime 1.1 and declare one long-lived runtime on the pane page", () => {
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const sets = descendants(child(overrides, "Requirements"), "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion ?? child(overrides, "Requirements").children[0].attrs.DefaultMinVersion]))
      .toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = descendants(workbookHost, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
    expect(value(runtimes[0].attrs.resid)).toBe(`${DEV}taskpane.html`);
    expect(value(child(child(workbookHost, "DesktopFormFactor"), "FunctionFile").attrs.resid)).toBe(`${DEV}taskpane.html`);
  });

  test("custom functions: namespace QUOTA, functions.json with an en-US override, the shared page", () => {
    const points = descendants(workbookHost, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    expect(points).toHaveLength(1);
    const cf = points[0];
    expect(value(child(cf, "Namespace").attrs.resid)).toBe("QUOTA");
    expect(value(child(child(cf, "Page"), "SourceLocation").attrs.resid)).toBe(`${DEV}taskpane.html`);
    expect(value(child(child(cf, "Script"), "SourceLocation").attrs.resid)).toBe(`${DEV}functions.js`);
    const metadata = RES.get(child(child(cf, "Metadata"), "SourceLocation").attrs.resid)!;
    expect(metadata.attrs.DefaultValue).toBe(`${DEV}functions.json`);
    expect(childrenNamed(metadata, "Override").map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([
      ["en-US", `${DEV}functions.en-US.json`],
    ]);
  });

  test("Home tab group QuotaCheck: a ShowTaskpane button and a 'Kiểm tra' ExecuteFunction validateSheet button", () => {
    const tab = descendants(workbookHost, "OfficeTab");
    expect(tab.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const groups = childrenNamed(tab[0], "Group");
    expect(groups).toHaveLength(1);
    expect(value(child(groups[0], "Label").attrs.resid)).toBe("QuotaCheck");
    const actions = childrenNamed(groups[0], "Control").map((c) => ({
      label: value(child(c, "Label").attrs.resid),
      action: child(c, "Action"),
    }));
    const show = actions.filter((a) => a.action.attrs["xsi:type"] === "ShowTaskpane");
    expect(show).toHaveLength(1);
    expect(value(child(show[0].action, "SourceLocation").attrs.resid)).toBe(`${DEV}taskpane.html`);
    const run = actions.filter((a) => a.action.attrs["xsi:type"] === "ExecuteFunction");
    expect(run).toHaveLength(1);
    expect(run[0].label).toBe("Kiểm tra");
    expect(child(run[0].action, "FunctionName").text).toBe("validateSheet");
  });

  test("Vietnamese by default with an en-US override on every display string", () => {
    expect(child(app, "DefaultLocale").text).toBe("vi-VN");
    const strings = [...descendants(resources, "ShortStrings"), ...descendants(resources, "LongStrings")].flatMap((g) => g.children);
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const el of [child(app, "DisplayName"), child(app, "Description"), ...strings]) {
      const en = childrenNamed(el, "Override").filter((o) => o.attrs.Locale === "en-US");
      expect({ id: el.attrs.id ?? el.name, en: en.length }).toEqual({ id: el.attrs.id ?? el.name, en: 1 });
      expect(en[0].attrs.Value.trim().length).toBeGreaterThan(0);
    }
  });

  test("resource limits Office enforces: ids ≤ 32 chars, short strings ≤ 125, long strings ≤ 250", () => {
    for (const [id] of RES) expect(id.length).toBeLessThanOrEqual(32);
    const check = (group: string, max: number): void => {
      for (const s of descendants(resources, group).flatMap((g) => g.children)) {
        for (const text of [s.attrs.DefaultValue, ...childrenNamed(s, "Override").map((o) => o.attrs.Value)]) {
          expect(text.length).toBeLessThanOrEqual(max);
        }
      }
    };
    check("ShortStrings", 125);
    check("LongStrings", 250);
  });

  test("every resid used is defined, and every resource is used", () => {
    const used = new Set<string>();
    const walk = (e: XmlElement): void => {
      if (e.attrs.resid) used.add(e.attrs.resid);
      e.children.forEach(walk);
    };
    walk(overrides);
    for (const resid of used) expect(RES.has(resid)).toBe(true);
    for (const id of RES.keys()) expect(used.has(id)).toBe(true);
  });

  test("only the ReadWriteDocument permission and no extra AppDomains", () => {
    expect(childrenNamed(app, "Permissions").map((p) => p.text)).toEqual(["ReadWriteDocument"]);
    expect(descendants(app, "AppDomain")).toHaveLength(0);
  });

  test("icons 16/32/64/80 px exist in assets/ at their declared sizes", () => {
    const urls = [child(app, "IconUrl"), child(app, "HighResolutionIconUrl"), ...descendants(resources, "Images").flatMap((g) => g.children)]
      .map((e) => e.attrs.DefaultValue);
    const sizes = new Set<number>();
    for (const url of urls) {
      const m = /assets\/icon-(\d+)\.png$/.exec(url);
      expect(m).not.toBeNull();
      const px = Number(m![1]);
      sizes.add(px);
      expect(pngSize(path.join(ROOT, "assets", `icon-${px}.png`))).toEqual([px, px]);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  test("every add-in URL is under the dev origin, so the ADDIN_URL rewrite moves them all", () => {
    const urls = allValues(app).filter((v) => /^https?:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      if (url.startsWith("http://schemas.microsoft.com/") || url.startsWith("http://www.w3.org/")) continue;
      expect(url.startsWith(DEV)).toBe(true);
    }
  });
});

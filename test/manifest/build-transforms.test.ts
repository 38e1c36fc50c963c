/** The production URL rewrite and the local office.js switch (scripts/build-transforms.js). */
import * as fs from "fs";
import * as path from "path";
import { normalizeAddinUrl, rewriteManifestUrls, useLocalOfficeJs } from "../../scripts/build-transforms";

const MANIFEST = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const PROD = "https://intranet.example.vn/quotacheck/";

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe("rewriteManifestUrls", () => {
  test("replaces every occurrence of https://localhost:3000/ in the real manifest, not just the first", () => {
    const before = count(MANIFEST, "https://localhost:3000/");
    expect(before).toBeGreaterThan(5);
    const out = rewriteManifestUrls(MANIFEST, PROD);
    expect(count(out, "https://localhost:3000/")).toBe(0);
    expect(count(out, "localhost")).toBe(0);
    expect(count(out, PROD)).toBe(before);
    expect(out).toContain(`<SourceLocation DefaultValue="${PROD}taskpane.html" />`);
    expect(out).toContain(`Value="${PROD}functions.en-US.json"`);
  });

  test("keeps every other byte: undoing the rewrite gives the manifest back", () => {
    const out = rewriteManifestUrls(MANIFEST, PROD);
    expect(out.split(PROD).join("https://localhost:3000/")).toBe(MANIFEST);
  });

  test("adds the missing trailing slash so relative paths stay intact", () => {
    const out = rewriteManifestUrls('<a x="https://localhost:3000/assets/icon-16.png"/>', "https://intranet.example.vn/quotacheck");
    expect(out).toBe('<a x="https://intranet.example.vn/quotacheck/assets/icon-16.png"/>');
    expect(normalizeAddinUrl(" https://a.example.vn//  ")).toBe("https://a.example.vn/");
  });

  test("refuses URLs Office cannot load an add-in from", () => {
    expect(() => normalizeAddinUrl("http://intranet.example.vn/quotacheck/")).toThrow(/https/);
    expect(() => normalizeAddinUrl("intranet.example.vn/quotacheck")).toThrow(/not a URL/);
    expect(() => normalizeAddinUrl("https://intranet.example.vn/q/?v=1")).toThrow(/query/);
  });
});

describe("useLocalOfficeJs", () => {
  test("points every office.js script tag at office-js/office.js and leaves the rest", () => {
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    const html = `<head><script src="${cdn}"></script><script src=${cdn}></script><script src="taskpane.js"></script></head>`;
    expect(useLocalOfficeJs(html)).toBe(
      '<head><script src="office-js/office.js"></script><script src=office-js/office.js></script><script src="taskpane.js"></script></head>',
    );
  });
});

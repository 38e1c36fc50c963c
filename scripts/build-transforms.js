/**
 * Pure text transforms the webpack build applies to what it copies into dist/ (kept out of
 * webpack.config.js so they can be unit-tested without running a build).
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/**
 * Checks ADDIN_URL and returns it with exactly one trailing slash, because every manifest URL is
 * DEV_URL + a relative path and the rewrite must keep those paths intact. Office only loads add-ins
 * over HTTPS, so anything else is refused here rather than failing silently at sideload time.
 */
function normalizeAddinUrl(url) {
  const trimmed = String(url).trim();
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${trimmed}"`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL must use https:// (Office refuses http add-ins): "${trimmed}"`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL must not have a query or fragment: "${trimmed}"`);
  return trimmed.replace(/\/+$/, "") + "/";
}

/** Replaces EVERY occurrence of the dev URL (the Microsoft template replaces only the first). */
function rewriteManifestUrls(xml, addinUrl, devUrl = DEV_URL) {
  return String(xml).split(devUrl).join(normalizeAddinUrl(addinUrl));
}

/**
 * Points a page's office.js <script> at the copy served beside it (OFFICE_JS=local, for closed
 * intranets). The relative path works wherever dist/ is hosted because every page sits at the root.
 */
function useLocalOfficeJs(html) {
  return String(html).split(OFFICE_JS_CDN).join(OFFICE_JS_LOCAL);
}

module.exports = { DEV_URL, OFFICE_JS_CDN, OFFICE_JS_LOCAL, normalizeAddinUrl, rewriteManifestUrls, useLocalOfficeJs };

/**
 * The built task pane (dist/, from `npm run build`) in headless Chromium, with a test Office host
 * (fake-office.js, backed by the seed 001 fixture in HyperFormula) served in place of office.js from
 * Microsoft's CDN. Walks the user's path: Kiểm tra → the quota total mismatch (281 vs 280) → select it →
 * fill with preview → 281 in the cell → Hoàn tác → 280 again. Saves test-output/taskpane.png (copy it to docs/images/ when the pane changes).
 *
 * Chromium is Debian's /usr/bin/chromium driven by playwright-core (nothing is downloaded). Without it
 * the test is skipped locally but FAILS in CI (CI=true).
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadFixture, SEED_001 } from "../helpers/fixtures";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
// Written outside the tracked tree so a test run leaves the checkout clean.
const SCREENSHOT = path.join(ROOT, "test-output", "taskpane.png");
const SETTINGS_SCREENSHOT = path.join(ROOT, "test-output", "taskpane-rules.png");
const inCI = process.env.CI === "true";
const run = fs.existsSync(CHROMIUM) || inCI ? describe : describe.skip;

const TYPES: { [ext: string]: string } = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(dir, path.normalize(url).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

run("task pane in Chromium with a test Office host (seed 001)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  let officeJs: (language: string) => string;
  const foreign: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
    const [grid] = await loadFixture(SEED_001.name);
    const hyperformula = fs.readFileSync(path.join(ROOT, "node_modules", "hyperformula", "dist", "hyperformula.full.min.js"), "utf8");
    const fakeOffice = fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");
    officeJs = (language: string) =>
      `window.__FAKE_WORKBOOK__ = ${JSON.stringify(grid)};\nwindow.__FAKE_LANGUAGE__ = ${JSON.stringify(language)};\n${hyperformula}\n;${fakeOffice}`;

    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    page = await openPane("vi-VN");
  });

  /** A new page whose Office stand-in reports `language` as Office's display language. */
  async function openPane(language: string): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 380, height: 760 } });
    p.on("pageerror", (e) => console.error("page error:", e.message));
    await p.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "application/javascript", body: officeJs(language) });
      if (url.startsWith(base)) return route.continue();
      // The test never reaches the internet; and the pane asks no host but its own and office.js's.
      foreign.push(url);
      return route.abort();
    });
    await p.goto(`${base}/taskpane.html`);
    await p.waitForSelector("#validate:not([disabled])");
    return p;
  }

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  test("check → 281 vs 280 → select → fill → undo", async () => {
    expect(await page.textContent("#validate")).toBe("Kiểm tra");

    await page.click("#validate");
    const issue = page.locator('li.issue[data-address="C60"]');
    await issue.waitFor();
    await expect(issue.locator(".issue-values").textContent()).resolves.toBe("Đúng ra: 281 · Hiện tại: 280");
    expect(await page.textContent("#summary")).toMatch(/^1 bảng · [1-9]\d* lỗi/);

    await issue.locator("button.issue-main").click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { state: { selected: string } } }).__fakeExcel.state.selected === "C60");
    await page.waitForSelector('body[data-busy="false"]');
    expect(await page.textContent("#status")).not.toMatch(/Đang xử lý/);
    await page.screenshot({ path: SCREENSHOT });

    await issue.locator("button.issue-fix").click();
    await page.waitForSelector("#preview:not([hidden])");
    // 280 ≠ 281 has no certain cause (issue 10): the preview writes nothing until a repair is picked.
    const choice = page.locator("#preview-choices li.choice.waiting");
    await choice.waitFor();
    expect(await page.locator("#preview-list li", { hasText: "C60" }).count()).toBe(0);
    await choice.locator("button.choice-option", { hasText: "C60 = 281" }).click();
    const change = page.locator("#preview-list li", { hasText: "C60" });
    await change.waitFor();
    await expect(change.locator(".change-values").textContent()).resolves.toBe("280 → 281");

    await page.click("#apply");
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { value(a: string): unknown } }).__fakeExcel.value("C60") === 281);
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: { formula(a: string): unknown } }).__fakeExcel.formula("C60"))).toBe("=SUM(C6:C59)");
    await page.waitForSelector("#status.status-success");
    expect(await page.locator('li.issue[data-address="C60"].sev-error').count()).toBe(0);

    await page.click("#undo");
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { value(a: string): unknown } }).__fakeExcel.value("C60") === 280);
    await page.locator('li.issue[data-address="C60"]').waitFor();
    expect(await page.isDisabled("#undo")).toBe(true);
  });

  test("Cài đặt › Quy định: add a plan-total rule, see its warning on Kiểm tra, remove it", async () => {
    const p = await openPane("vi-VN");
    await p.click("#settings-toggle");
    await p.waitForSelector("#settings:not([hidden])");
    await p.click("#rule-add");
    await p.waitForSelector("#rule-form:not([hidden])");
    // Another kind first, then back: the form changes its fields with the kind and keeps what was typed.
    // (Fluent draws the radio over its label: the user clicks the label.)
    const kind = (k: string) => p.click(`#rule-kind label[for$='-${k}']`);
    await kind("minShare");
    await p.waitForSelector("#rule-second");
    await kind("planTotal");
    await p.waitForSelector("#rule-second", { state: "detached" });
    expect(await p.isChecked("#rule-kind input[value='planTotal']")).toBe(true);
    await p.fill("#rule-label", "Kế hoạch năm 2023");
    await p.fill("#rule-first", "Chỉ tiêu");
    // Typed the Vietnamese way, with a dot for thousands: 1.000 is one thousand.
    await p.fill("#rule-amount", "1.000");
    await p.click("#rule-form button[data-action='save']");
    await p.waitForSelector("#rule-form", { state: "hidden" });
    expect(await p.locator("#rules-list li.rule").count()).toBe(1);
    // Saved in the workbook's document settings, as the text of a policy file.
    const saved = await p.evaluate(() => (window as unknown as { __fakeExcel: { state: { settings: Record<string, unknown> } } }).__fakeExcel.state.settings["quotacheck.policy"]);
    expect(JSON.parse(String(saved)).rules).toEqual([
      expect.objectContaining({ kind: "planTotal", label: "Kế hoạch năm 2023", total: 1000 }),
    ]);

    await p.click("#validate");
    // The 54 units' quotas add up to 281 (seed 001), not the plan's 1,000: a warning on the total row's cell.
    const warning = p.locator('li.issue.sev-warning[data-address="C60"]');
    await warning.waitFor();
    await p.screenshot({ path: SETTINGS_SCREENSHOT, fullPage: true });
    await expect(warning.locator(".issue-values").textContent()).resolves.toBe("Đúng ra: 1.000 · Hiện tại: 281");

    await p.click("#rules-list li.rule button[data-action='remove']");
    await p.locator("#rules-list li.rule").waitFor({ state: "detached" });
    await p.click("#validate");
    // The warning goes; the table's own error on C60 (281 vs 280) stays.
    await p.locator('li.issue.sev-warning[data-address="C60"]').waitFor({ state: "detached" });
    await p.waitForSelector('body[data-busy="false"]');
    expect(await p.locator('li.issue.sev-error[data-address="C60"]').count()).toBe(1);
    await p.close();
  });

  test("English Office: English pane; a protected sheet refuses the fill and nothing is written", async () => {
    const en = await openPane("en-US");
    expect(await en.textContent("#validate")).toBe("Check");
    await en.click("#validate");
    const issue = en.locator('li.issue[data-address="C60"]');
    await issue.waitFor();
    await expect(issue.locator(".issue-values").textContent()).resolves.toBe("Expected: 281 · Actual: 280");

    await en.evaluate(() => {
      (window as unknown as { __fakeExcel: { state: { protected: boolean } } }).__fakeExcel.state.protected = true;
    });
    await en.click("#fill-all");
    await en.waitForSelector("#preview:not([hidden])");
    await en.click("#apply");
    await en.waitForSelector("#status.status-error");
    expect(await en.textContent("#status")).toMatch(/protected/);
    const fake = await en.evaluate(() => {
      const x = (window as unknown as { __fakeExcel: { writes: number; value(a: string): unknown } }).__fakeExcel;
      return { writes: x.writes, c60: x.value("C60") };
    });
    expect(fake).toEqual({ writes: 0, c60: 280 });
    expect(await en.isDisabled("#undo")).toBe(true);
    await en.close();
  });

  // Last: by now every page of the run has been drawn, checked, filled and set up.
  test("the pane loads nothing from other hosts (no web fonts or icon fonts from a CDN): intranet installs work", () => {
    expect(foreign).toEqual([]);
  });
});

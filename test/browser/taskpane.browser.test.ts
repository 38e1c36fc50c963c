/**
 * The built task pane (dist/, from `npm run build`) in headless Chromium, with a test Office host
 * (fake-office.js, backed by the seed 001 fixture in HyperFormula) served in place of office.js from
 * Microsoft's CDN. Walks the user's path: Kiểm tra → the quota total mismatch (281 vs 280) → select it →
 * fill with preview → 281 in the cell → Hoàn tác → 280 again. Checks the layout at the widths a task pane has
 * (320, 350, 400 px, and 400 px at 125% zoom): no horizontal scrolling, one unwrapped command row. Takes the docs'
 * screenshots with a bundled font (screenshot-kit.ts), the pane beside a drawn sheet, into test-output/
 * (`npm run docs:images` copies them to docs/images/).
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
import type { Grid } from "../../src/engine/grid";
import { besidePaneHtml, bundledFontCss, sheetHtml } from "./screenshot-kit";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
// Written outside the tracked tree so a test run leaves the checkout clean.
const OUT = path.join(ROOT, "test-output");
const SCREENSHOT = path.join(OUT, "taskpane.png");
const SETTINGS_SCREENSHOT = path.join(OUT, "taskpane-rules.png");
/** A plan-total rule as the pane saves it (policy-file JSON in the document settings): 1,000 for column C. */
const PLAN_RULE = JSON.stringify({ version: 1, rules: [{ kind: "planTotal", label: "Kế hoạch năm 2023", column: { header: ["Chỉ tiêu"] }, total: 1000 }] });
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
  let officeJs: (language: string, settings?: Record<string, string>) => string;
  let grid: Grid;
  let fontCss: string;
  const foreign: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
    [grid] = await loadFixture(SEED_001.name);
    const hyperformula = fs.readFileSync(path.join(ROOT, "node_modules", "hyperformula", "dist", "hyperformula.full.min.js"), "utf8");
    const fakeOffice = fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");
    officeJs = (language: string, settings: Record<string, string> = {}) =>
      `window.__FAKE_WORKBOOK__ = ${JSON.stringify(grid)};\nwindow.__FAKE_LANGUAGE__ = ${JSON.stringify(language)};\n` +
      `window.__FAKE_SETTINGS__ = ${JSON.stringify(settings)};\n${hyperformula}\n;${fakeOffice}`;
    fontCss = bundledFontCss();
    fs.mkdirSync(OUT, { recursive: true });

    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    page = await openPane("vi-VN");
  });

  interface PaneOptions {
    readonly width?: number;
    readonly height?: number;
    /** Office's zoom: 1.25 draws every CSS pixel on 1.25 screen pixels, so the pane has 1/1.25 of its CSS width. */
    readonly zoom?: number;
    readonly settings?: Record<string, string>;
  }

  /** Serves office.js from the test Office host; refuses (and records) every request to another host. */
  async function routeOffice(p: Page, language: string, settings?: Record<string, string>): Promise<void> {
    await p.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "application/javascript", body: officeJs(language, settings) });
      if (url.startsWith(base) || url.startsWith("data:") || url === "about:blank") return route.continue();
      // The test never reaches the internet; and the pane asks no host but its own and office.js's.
      foreign.push(url);
      return route.abort();
    });
  }

  /** A new page whose Office stand-in reports `language` as Office's display language, drawn in the bundled font. */
  async function openPane(language: string, o: PaneOptions = {}): Promise<Page> {
    const zoom = o.zoom ?? 1;
    const p = await browser.newPage({ viewport: { width: Math.round((o.width ?? 380) / zoom), height: Math.round((o.height ?? 760) / zoom) }, deviceScaleFactor: zoom });
    p.on("pageerror", (e) => console.error("page error:", e.message));
    await routeOffice(p, language, o.settings);
    await p.goto(`${base}/taskpane.html`);
    await p.addStyleTag({ content: fontCss });
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.waitForSelector("#validate:not([disabled])");
    return p;
  }

  /** Runs a command of the command bar, through its "…" overflow menu when the pane is too narrow to show it. */
  async function command(p: Page, id: string): Promise<void> {
    if (await p.locator(`.command-bar #${id}`).isVisible()) return p.click(`.command-bar #${id}`);
    await p.click("#more-commands");
    await p.click(`.ms-ContextualMenu #${id}`);
  }

  /** Whether a command is disabled (Fluent keeps disabled commands focusable: aria-disabled, not `disabled`). */
  async function commandDisabled(p: Page, id: string): Promise<boolean> {
    const inBar = p.locator(`.command-bar #${id}`);
    const el = (await inBar.isVisible()) ? inBar : (await p.click("#more-commands"), p.locator(`.ms-ContextualMenu #${id}`));
    const disabled = (await el.getAttribute("aria-disabled")) === "true" || (await el.isDisabled());
    if (!(await inBar.isVisible())) await p.keyboard.press("Escape");
    return disabled;
  }

  /** The command row's boxes: the primary button, the bar's visible buttons and its overflow button. */
  async function commandRowBoxes(p: Page): Promise<{ id: string; top: number; bottom: number; right: number }[]> {
    return p.$$eval(".command-row .command-primary, .command-row .ms-CommandBar button", (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.id || el.className.split(" ")[0], top: Math.round(r.top), bottom: Math.round(r.bottom), right: Math.round(r.right) };
      }),
    );
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
    await expect(issue.locator(".issue-head .issue-values").textContent()).resolves.toBe("Đúng ra: 281 · Hiện tại: 280");
    expect(await page.textContent("#summary")).toMatch(/^1 bảng · [1-9]\d* lỗi · \d+ cảnh báo · \d+ ghi chú$/);

    await issue.locator("button.issue-main").click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { state: { selected: string } } }).__fakeExcel.state.selected === "C60");
    await page.waitForSelector('body[data-busy="false"]');
    expect(await page.textContent("#status")).not.toMatch(/Đang xử lý/);

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

    await command(page, "undo");
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { value(a: string): unknown } }).__fakeExcel.value("C60") === 280);
    await page.locator('li.issue[data-address="C60"]').waitFor();
    expect(await commandDisabled(page, "undo")).toBe(true);
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
    // The 54 units' quotas add up to 281 (seed 001), not the plan's 1,000: a warning on the total row's cell, in
    // the same card as the table's own error there (280 written, 281 added up), which comes first.
    const card = p.locator('li.issue[data-address="C60"]');
    const warning = card.locator("li.related.sev-warning");
    await warning.waitFor();
    expect(await card.count()).toBe(1);
    await expect(card.getAttribute("class")).resolves.toMatch(/\bsev-error\b/);
    await expect(card.locator(".issue-head .issue-values").textContent()).resolves.toBe("Đúng ra: 281 · Hiện tại: 280");
    // The plan's figure is labelled as the plan's, and a sentence says how the two relate.
    await expect(warning.locator(".issue-values").textContent()).resolves.toBe("Kế hoạch: 1.000 · Theo bảng: 281");
    await expect(card.locator(".issue-cell-note").textContent()).resolves.toMatch(/ô phải là 281; 1\.000 là con số kế hoạch/);

    await p.click("#rules-list li.rule button[data-action='remove']");
    await p.locator("#rules-list li.rule").waitFor({ state: "detached" });
    await p.click("#validate");
    // The warning goes; the table's own error on C60 (281 vs 280) stays.
    await p.locator('li.issue[data-address="C60"] li.related').waitFor({ state: "detached" });
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
    await expect(issue.locator(".issue-head .issue-values").textContent()).resolves.toBe("Expected: 281 · Actual: 280");

    await en.evaluate(() => {
      (window as unknown as { __fakeExcel: { state: { protected: boolean } } }).__fakeExcel.state.protected = true;
    });
    await command(en, "fill-all");
    await en.waitForSelector("#preview:not([hidden])");
    await en.click("#apply");
    await en.waitForSelector("#status.status-error");
    expect(await en.textContent("#status")).toMatch(/protected/);
    const fake = await en.evaluate(() => {
      const x = (window as unknown as { __fakeExcel: { writes: number; value(a: string): unknown } }).__fakeExcel;
      return { writes: x.writes, c60: x.value("C60") };
    });
    expect(fake).toEqual({ writes: 0, c60: 280 });
    expect(await commandDisabled(en, "undo")).toBe(true);
    await en.close();
  });

  // The widths a task pane has: Excel's default (about 350 px), narrower and wider, and 400 px at 125% zoom.
  test.each([
    { width: 320, zoom: 1 },
    { width: 350, zoom: 1 },
    { width: 400, zoom: 1 },
    { width: 400, zoom: 1.25 },
  ])("at $width px, zoom $zoom: one unwrapped command row, no horizontal scrolling, every command reachable", async ({ width, zoom }) => {
    const p = await openPane("vi-VN", { width, zoom, settings: { "quotacheck.policy": PLAN_RULE } });
    await p.click("#validate");
    await p.locator('li.issue[data-address="C60"] li.related').waitFor();
    await p.waitForSelector('body[data-busy="false"]');

    const boxes = await commandRowBoxes(p);
    expect(boxes[0].id).toBe("validate");
    // One row: every visible command shares the primary button's line, and the last ends inside the pane.
    for (const b of boxes) expect({ id: b.id, top: b.top, bottom: b.bottom }).toEqual({ id: b.id, top: boxes[0].top, bottom: boxes[0].bottom });
    const cssWidth = await p.evaluate(() => document.documentElement.clientWidth);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(cssWidth);
    // Nothing is wider than the pane: no horizontal scroll bar, whatever the messages' length.
    const overflow = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

    await p.screenshot({ path: path.join(OUT, `pane-${width}${zoom === 1 ? "" : `-zoom${zoom * 100}`}.png`) });

    // Every command is on the row or in its "…" menu.
    const shown = boxes.map((b) => b.id);
    const inMenu: string[] = [];
    if (await p.locator("#more-commands").isVisible()) {
      await p.click("#more-commands");
      await p.waitForSelector(".ms-ContextualMenu");
      inMenu.push(...(await p.$$eval(".ms-ContextualMenu button[id]", (els) => els.map((e) => e.id))));
      await p.keyboard.press("Escape");
    }
    expect([...shown, ...inMenu].filter((id) => !/^(validate|more-commands|ms-)/.test(id)).sort()).toEqual(["clear-marks", "fill-all", "mark", "undo"]);
    await p.close();
  });

  /** The docs' screenshot: the drawn seed 001 sheet on the left, the pane (checked, C60 selected) on the right. */
  async function besideSheet(file: string, settings: Record<string, string>, height: number): Promise<void> {
    const paneWidth = 380;
    const sheetWidth = 560;
    const p = await browser.newPage({ viewport: { width: sheetWidth + paneWidth + 1, height } });
    await routeOffice(p, "vi-VN", settings);
    const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 54, 55, 56, 57, 58, 59];
    const sheet = sheetHtml(grid, { rows, cols: [0, 1, 2, 3, 4, 5, 6, 7], colWidths: [34, 150, 62, 54, 54, 54, 54, 54], selected: "C60", width: sheetWidth });
    await p.setContent(besidePaneHtml(sheet, `${base}/taskpane.html`, paneWidth, height, fontCss));
    const frame = p.frame({ url: /taskpane\.html/ })!;
    await frame.waitForSelector("#validate:not([disabled])");
    await frame.addStyleTag({ content: fontCss });
    await frame.click("#validate");
    const card = frame.locator('li.issue[data-address="C60"]');
    await card.waitFor();
    await card.locator("button.issue-main").click();
    await frame.waitForFunction(() => (window as unknown as { __fakeExcel: { state: { selected: string } } }).__fakeExcel.state.selected === "C60");
    await frame.waitForSelector('body[data-busy="false"]');
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.screenshot({ path: file });
    await p.close();
  }

  test("screenshots for the docs: the pane beside the sheet, with and without a plan rule", async () => {
    await besideSheet(SCREENSHOT, {}, 600);
    await besideSheet(SETTINGS_SCREENSHOT, { "quotacheck.policy": PLAN_RULE }, 640);
    for (const f of [SCREENSHOT, SETTINGS_SCREENSHOT]) expect(fs.statSync(f).size).toBeGreaterThan(10000);
  });

  // Last: by now every page of the run has been drawn, checked, filled and set up.
  test("the pane loads nothing from other hosts (no web fonts or icon fonts from a CDN): intranet installs work", () => {
    expect(foreign).toEqual([]);
  });
});

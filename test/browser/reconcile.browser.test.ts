/**
 * The pane's "Đối chiếu" in headless Chromium (the built dist/, the same test Office host as
 * taskpane.browser.test.ts, backed by seed 001): a reference .xlsx picked from disk is read in the pane —
 * its reader chunk fetched on demand — and the planted differences appear; a click selects the cell.
 * The reference is seed 001's quotas written another way, built here with ExcelJS: one quota raised by 2,
 * one unit left out, one name typed without diacritics.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadFixture, SEED_001, seed001Row } from "../helpers/fixtures";
import { SEED_001_UNITS } from "../engine/checks/seed-rows";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const inCI = process.env.CI === "true";
const run = fs.existsSync(CHROMIUM) || inCI ? describe : describe.skip;

const RAISED = 4; // STT of the unit whose assigned quota is 2 more in the reference
const DROPPED = 16; // STT of the unit left out of the reference
const PLAIN = 8; // STT of the unit written without diacritics

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

async function writeReference(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Giao 2023");
  ws.getCell("A1").value = "HUYỆN ỦY VĨNH BẢO";
  ws.getCell("A3").value = "GIAO CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2023";
  ws.getRow(5).values = ["TT", "Tên đơn vị", "Chỉ tiêu giao năm 2023"];
  let row = 6;
  let sum = 0;
  for (const [stt, name, quota] of SEED_001_UNITS) {
    if (stt === DROPPED) continue;
    const q = stt === RAISED ? quota + 2 : quota;
    ws.getRow(row++).values = [stt, stt === PLAIN ? fold(name) : name, q];
    sum += q;
  }
  ws.getRow(row).values = ["Tổng cộng", null, sum];
  await wb.xlsx.writeFile(file);
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(dir, path.normalize(url).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": file.endsWith(".js") ? "application/javascript; charset=utf-8" : "text/html; charset=utf-8" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

run("task pane: Đối chiếu with a reference file opened from disk (Chromium)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const chunks: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quota-reconcile-browser-"));
    await writeReference(path.join(dir, "giao-2023.xlsx"));
    const [grid] = await loadFixture(SEED_001.name);
    const hyperformula = fs.readFileSync(path.join(ROOT, "node_modules", "hyperformula", "dist", "hyperformula.full.min.js"), "utf8");
    const fakeOffice = fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");
    const officeJs = `window.__FAKE_WORKBOOK__ = ${JSON.stringify(grid)};\nwindow.__FAKE_LANGUAGE__ = "vi-VN";\n${hyperformula}\n;${fakeOffice}`;
    server = await serve(DIST);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
    page = await browser.newPage({ viewport: { width: 380, height: 900 } });
    page.on("pageerror", (e) => console.error("page error:", e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ contentType: "application/javascript", body: officeJs });
      if (url.startsWith(base)) {
        chunks.push(url.slice(base.length));
        return route.continue();
      }
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector("#reconcile-run");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the file's reader loads only when a file is opened; the differences show and select their cells", async () => {
    expect(chunks.some((c) => c.includes("reference-file"))).toBe(false);
    await page.setInputFiles("#reconcile-file", path.join(dir, "giao-2023.xlsx"));
    await page.waitForSelector("#reconcile-current");
    expect(chunks.some((c) => c.includes("reference-file"))).toBe(true);
    await page.click("#reconcile-run");
    await page.waitForSelector("#reconcile-issues li.issue");
    const found = await page.$$eval("#reconcile-issues li.issue", (lis) => lis.map((li) => `${li.getAttribute("data-code")} ${li.querySelector(".issue-address")?.textContent}`));
    const quotaCell = `C${seed001Row(RAISED) + 1}`;
    const droppedCell = `B${seed001Row(DROPPED) + 1}`;
    expect(found.sort()).toEqual([`REFERENCE_MISMATCH ${quotaCell}`, `UNIT_NOT_IN_REFERENCE ${droppedCell}`].sort());
    await page.locator(`#reconcile-issues li[data-code="REFERENCE_MISMATCH"] button`).click();
    await page.waitForFunction(
      (cell) => (window as unknown as { __fakeExcel: { state: { selected: string } } }).__fakeExcel.state.selected === cell,
      quotaCell,
    );
    // Every name pairing is listed; the unaccented one is "near".
    const pairings = await page.$$eval("#reconcile-pairings li", (lis) => lis.map((li) => li.className));
    expect(pairings).toHaveLength(SEED_001_UNITS.length - 1);
    expect(pairings.filter((c) => c.includes("match-near"))).toHaveLength(1);
  }, 60_000);
});

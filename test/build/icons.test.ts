/** The committed icons are what scripts/make-icons.js draws, and look like a white check on green. */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { drawIcon, SIZES } from "../../scripts/make-icons";

const ASSETS = path.join(__dirname, "..", "..", "assets");

/** Decodes an 8-bit RGBA, non-interlaced PNG whose rows all use filter 0 (what the script writes). */
function decode(png: Buffer): { width: number; height: number; rgba: (x: number, y: number) => number[] } {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("ascii");
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]);
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y++) expect(raw[y * stride]).toBe(0);
  return { width, height, rgba: (x, y) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4)] };
}

describe("icons", () => {
  test.each(SIZES)("assets/icon-%i.png is the script's output", (size) => {
    expect(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)).equals(drawIcon(size))).toBe(true);
  });

  test.each([16, 32, 64, 80])("icon-%i.png: transparent corner, green edge, white check mark", (size) => {
    const img = decode(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)));
    expect([img.width, img.height]).toEqual([size, size]);
    expect(img.rgba(0, 0)[3]).toBeLessThan(64); // rounded corner: at 16 px the corner pixel is partly covered
    const edge = img.rgba(Math.floor(size / 2), 1);
    expect(edge[3]).toBe(255);
    expect(edge[1]).toBeGreaterThan(edge[0] + 40); // green dominates
    // The lowest point of the check's "V" sits near (0.42, 0.70) of the square: some pixel around it is white.
    let whitest = 0;
    for (let x = Math.floor(size * 0.3); x <= Math.ceil(size * 0.55); x++) {
      for (let y = Math.floor(size * 0.55); y <= Math.ceil(size * 0.8); y++) {
        const [r, g, b] = img.rgba(x, y);
        whitest = Math.max(whitest, Math.min(r, g, b));
      }
    }
    expect(whitest).toBeGreaterThan(200);
  });
});

#!/usr/bin/env node
/**
 * Writes the add-in icons (assets/icon-{16,32,64,80}.png): a white check mark on a green rounded square.
 * Drawn with plain geometry and encoded with Node's zlib so no image tool or binary download is needed;
 * the PNGs are committed, this script only regenerates them (`node scripts/make-icons.js`).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [0x1e, 0x7e, 0x45];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment ab, all in pixel units. */
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage 0..1 of one pixel by a shape, by 4×4 supersampling: smooth edges at 16 px too. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function drawIcon(size) {
  const s = size;
  const radius = s * 0.18;
  const inSquare = (x, y) => {
    const cx = Math.min(Math.max(x, radius), s - radius);
    const cy = Math.min(Math.max(y, radius), s - radius);
    return Math.hypot(x - cx, y - cy) <= radius;
  };
  const stroke = Math.max(1.6, s * 0.11);
  const a = [s * 0.24, s * 0.52];
  const b = [s * 0.42, s * 0.7];
  const c = [s * 0.77, s * 0.3];
  const inCheck = (x, y) =>
    distToSegment(x, y, a[0], a[1], b[0], b[1]) <= stroke / 2 || distToSegment(x, y, b[0], b[1], c[0], c[1]) <= stroke / 2;

  const raw = Buffer.alloc(s * (s * 4 + 1));
  for (let y = 0; y < s; y++) {
    const row = y * (s * 4 + 1);
    raw[row] = 0; // filter type None
    for (let x = 0; x < s; x++) {
      const bg = coverage(x, y, inSquare);
      const mark = coverage(x, y, (px, py) => inSquare(px, py) && inCheck(px, py));
      const o = row + 1 + x * 4;
      for (let k = 0; k < 3; k++) {
        const v = bg > 0 ? (GREEN[k] * (bg - mark) + WHITE[k] * mark) / bg : 0;
        raw[o + k] = Math.round(v);
      }
      raw[o + 3] = Math.round(bg * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(s, 0);
  header.writeUInt32BE(s, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { drawIcon, SIZES };

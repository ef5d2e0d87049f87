#!/usr/bin/env node
/**
 * Draws the add-in's icon — a dashboard gauge: a dial in the three status colours (non raggiunto,
 * parzialmente, raggiunto) with a needle in the green — and writes PNGs with zlib, no dependencies.
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4; // supersampling per axis

const RED = [0xd1, 0x34, 0x38];
const AMBER = [0xf2, 0xa9, 0x00];
const GREEN = [0x10, 0x7c, 0x10];
const INK = [0x24, 0x3a, 0x5e];

/** Colour (with coverage 0..1) of the glyph at a point of the unit square (y down). */
function shade(x, y) {
  // dial centre and radii, in units of the icon
  const cx = 0.5;
  const cy = 0.66;
  const dx = x - cx;
  const dy = cy - y; // y up
  const r = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx); // 0 = right, PI = left
  // needle: from the hub towards 55° (in the green band)
  const needle = (55 * Math.PI) / 180;
  const nx = Math.cos(needle);
  const ny = Math.sin(needle);
  const along = dx * nx + dy * ny;
  const across = Math.abs(-dx * ny + dy * nx);
  if (along > -0.02 && along < 0.4 && across < 0.045 * (1 - along / 0.5)) return INK;
  if (r < 0.085) return INK;
  // dial ring (upper half), three coloured sectors with small gaps
  if (dy >= -0.01 && r > 0.3 && r < 0.46) {
    const a = Math.max(0, Math.min(Math.PI, angle));
    const deg = (a * 180) / Math.PI;
    if (Math.abs(deg - 60) < 2.5 || Math.abs(deg - 120) < 2.5) return null;
    if (deg > 120) return RED;
    if (deg > 60) return AMBER;
    return GREEN;
  }
  // base line of the dashboard
  if (y > 0.74 && y < 0.8 && x > 0.08 && x < 0.92) return INK;
  return null;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          hits++;
        }
      }
      const o = (py * size + px) * 4;
      if (hits > 0) {
        pixels[o] = Math.round(r / hits);
        pixels[o + 1] = Math.round(g / hits);
        pixels[o + 2] = Math.round(b / hits);
        pixels[o + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels as a PNG file. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, render, SIZES };

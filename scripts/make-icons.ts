// Draws the add-in's icon (a shield with a tick) at every size Outlook asks for, as PNG files in
// assets/. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BLUE = [0x0f, 0x4c, 0x81];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0–1) of the shape at a point in unit coordinates, with 4×4 supersampling. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function shield(u: number, v: number): boolean {
  if (v < 0.1 || v > 0.94) return false;
  const half = v < 0.55 ? 0.38 : 0.38 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.39) ** 2));
  return Math.abs(u - 0.5) <= half;
}

function tick(u: number, v: number): boolean {
  const distance = (ax: number, ay: number, bx: number, by: number): number => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
  };
  return Math.min(distance(0.32, 0.52, 0.45, 0.66), distance(0.45, 0.66, 0.7, 0.36)) < 0.065;
}

function png(size: number): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) {
      const body = coverage(size, x, y, shield);
      const mark = coverage(size, x, y, (u, v) => shield(u, v) && tick(u, v));
      const colour = BLUE.map((c, k) => Math.round(c * (1 - mark) + WHITE[k]! * mark));
      rows.push(...colour, Math.round(255 * body));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', new Uint8Array())]);
}

for (const size of SIZES) {
  writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}

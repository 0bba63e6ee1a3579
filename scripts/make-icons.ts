/**
 * Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a white check mark over three rising bars on a
 * green rounded square. Pure Node (zlib only), so the icons can be regenerated anywhere: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN: Rgb = [0x10, 0x7c, 0x41];
const PALE: Rgb = [0xb7, 0xe1, 0xc8];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

type Rgb = [number, number, number];
/** A shape as a coverage test in unit coordinates (0..1 across the icon). */
type Shape = (x: number, y: number) => boolean;

function roundedSquare(inset: number, radius: number): Shape {
  return (x, y) => {
    const dx = Math.max(inset + radius - x, x - (1 - inset - radius), 0);
    const dy = Math.max(inset + radius - y, y - (1 - inset - radius), 0);
    return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
  };
}

function box(left: number, top: number, right: number, bottom: number): Shape {
  return (x, y) => x >= left && x <= right && y >= top && y <= bottom;
}

/** A thick line segment with round ends. */
function stroke(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  return (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.min(Math.max(((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy), 0), 1);
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= (width / 2) ** 2;
  };
}

const LAYERS: { shape: Shape; color: Rgb }[] = [
  { shape: roundedSquare(0.03, 0.18), color: GREEN },
  { shape: box(0.2, 0.62, 0.32, 0.8), color: PALE },
  { shape: box(0.44, 0.5, 0.56, 0.8), color: PALE },
  { shape: box(0.68, 0.38, 0.8, 0.8), color: PALE },
  { shape: stroke(0.22, 0.4, 0.4, 0.56, 0.11), color: WHITE },
  { shape: stroke(0.4, 0.56, 0.78, 0.18, 0.11), color: WHITE },
];

function render(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color: Rgb | null = null;
          for (const layer of LAYERS) if (layer.shape(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colours are averaged over covered samples only, so edges fade in alpha rather than darken.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / SUPERSAMPLE ** 2);
    }
  }
  return encodePng(size, size, rgba);
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

for (const size of SIZES) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, render(size));
  console.log(`assets/icon-${size}.png`);
}

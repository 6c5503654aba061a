// Writes the add-in's icons (public/assets/icon-{16,32,64,80}.png): a green square with a
// white check mark, drawn here so that no image tool is needed. Run once; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size) {
  const rows = [];
  const onCheck = (x, y) => {
    // Two strokes of the check mark, in unit coordinates.
    const u = x / size;
    const v = y / size;
    const near = (ax, ay, bx, by) => {
      const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < 0.07;
    };
    return near(0.22, 0.52, 0.42, 0.72) || near(0.42, 0.72, 0.78, 0.3);
  };
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...(onCheck(x + 0.5, y + 0.5) ? [255, 255, 255, 255] : [0x21, 0x73, 0x46, 255]));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const folder = new URL('../public/assets/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(new URL(`icon-${size}.png`, folder), png(size));

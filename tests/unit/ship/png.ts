import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, or undefined when `bytes` is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The RGBA pixels of an 8-bit RGBA, non-interlaced PNG whose rows all use filter 0: what
 * scripts/icons/encode.mjs writes. Throws on anything else rather than guess.
 */
export function pngPixels(bytes: Buffer): Uint8Array {
  const size = pngSize(bytes);
  if (!size) throw new Error('not a PNG');
  if (bytes[24] !== 8 || bytes[25] !== 6 || bytes[28] !== 0) throw new Error('not 8-bit RGBA');
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') {
      data.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const stride = size.width * 4 + 1;
  const pixels = new Uint8Array(size.width * size.height * 4);
  for (let y = 0; y < size.height; y++) {
    if (rows[y * stride] !== 0) throw new Error(`row ${y} uses a PNG filter`);
    pixels.set(rows.subarray(y * stride + 1, (y + 1) * stride), y * size.width * 4);
  }
  return pixels;
}

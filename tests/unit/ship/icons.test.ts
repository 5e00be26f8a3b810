import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { ICON_FILES } from '../../../scripts/icons/catalogue.mjs';
import { ICNS_TYPES } from '../../../scripts/icons/encode.mjs';
import { APP_FILES, APP_ICON } from '../../../src-main/app/app-files';
import { TRAY_ICONS, trayTemplatePath } from '../../../src-main/app/tray-icon-files';
import { pngPixels, pngSize } from './png';
import { trayFilesLoaded } from './tray-files';

const root = resolve(import.meta.dirname, '../../..');
const resources = join(root, APP_FILES.resources);
const read = (file: string) => readFileSync(file);

const trayFiles = trayFilesLoaded(resources);

describe('icons', () => {
  it('has every tray image the tray loads, 16 px at 1x and 32 px at 2x', () => {
    expect(trayFiles).toHaveLength(18);
    for (const file of trayFiles) {
      expect(existsSync(file), file).toBe(true);
      const side = file.endsWith('@2x.png') ? 32 : 16;
      expect(pngSize(read(file)), file).toEqual({ width: side, height: side });
    }
  });

  it('draws the macOS template images in black and alpha only, so macOS can recolour them', () => {
    const templates = trayFiles.filter((file) => file.includes('Template'));
    expect(templates).toHaveLength(6);
    for (const file of templates) {
      const pixels = pngPixels(read(file));
      let painted = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] === 0) continue;
        painted++;
        expect([pixels[i], pixels[i + 1], pixels[i + 2]], file).toEqual([0, 0, 0]);
      }
      expect(painted, `${file} is blank`).toBeGreaterThan(20);
    }
  });

  it('tells the three tray states apart by shape, not only by colour', () => {
    const alpha = (icon: (typeof TRAY_ICONS)[number]) =>
      pngPixels(read(trayTemplatePath(resources, icon))).filter((_, i) => i % 4 === 3);
    const [normal, due, paused] = TRAY_ICONS.map(alpha);
    expect(due).not.toEqual(normal);
    expect(paused).not.toEqual(normal);
    expect(paused).not.toEqual(due);
  });

  it('has a 1024 px app icon, the size macOS asks for', () => {
    expect(pngSize(read(join(root, APP_ICON)))).toEqual({ width: 1024, height: 1024 });
  });

  it('has the Linux icon set, each file as large as its name says', () => {
    for (const side of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const file = join(resources, 'icons', `${side}x${side}.png`);
      expect(pngSize(read(file)), file).toEqual({ width: side, height: side });
    }
  });

  it('has a Windows .ico whose entries are PNGs of the sizes they claim, up to 256 px', () => {
    const ico = read(join(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type icon
    const sides = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const side = ico[entry] || 256;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(png)).toEqual({ width: side, height: side });
      return side;
    });
    // electron-builder refuses a Windows icon smaller than 256 px.
    expect(sides).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns with a PNG of the right size under each element type', () => {
    const icns = read(join(resources, 'icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, number][] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found.push([icns.toString('ascii', at, at + 4), pngSize(png)?.width ?? 0]);
    }
    expect(found).toEqual(ICNS_TYPES.map(([type, side]) => [type, side]));
  });

  it('committed icons are what the drawing makes today (run `node scripts/make-icons.mjs`)', () => {
    // The small files render in milliseconds; the large ones share their drawing and sizes.
    const small = ICON_FILES.filter((icon) => icon.size <= 64);
    expect(small.length).toBeGreaterThanOrEqual(18 + 5);
    for (const icon of small) {
      expect(read(join(resources, icon.name)).equals(icon.bytes()), icon.name).toBe(true);
    }
  });
});

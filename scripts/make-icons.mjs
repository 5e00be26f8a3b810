// Makes every Limber icon from the one drawing in icons/drawing.mjs, with nothing but Node's
// zlib, so the icons are reproducible from code: `node scripts/make-icons.mjs` rewrites them
// in resources/. Commit what it writes; electron-builder and the tray read those files.
//
//   tray[-due|-paused]-{dark,light}[@2x].png   tray, for light and dark panels (Windows, Linux)
//   tray[-due|-paused]Template[@2x].png        macOS menu bar: black and alpha, macOS recolours
//   icon.png (1024)                            the app icon (macOS needs >= 512 px)
//   icons/NxN.png (16..512)                    Linux desktop entry and AppImage icon set
//   icon.ico (16..256), icon.icns (16..1024)   Windows and macOS app icons
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ICON_FILES } from './icons/catalogue.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

for (const { name, size, bytes } of ICON_FILES) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), bytes());
  console.log(`resources/${name} (${size} px)`);
}

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

import { illustrationsByStretch } from '../shared/content/illustrations/by-stretch';

/**
 * The stretch drawings are computed: each pose is solved joint by joint (body.ts, space.ts) and
 * projected through a camera, for every stretch, when by-stretch.ts is first imported. Done in
 * the player window, that math ran before the player could mount, and shipped in its bundle.
 *
 * The drawings never change while the app runs, so this runs the same code once, at build
 * time, in Node, and hands the renderer its result as a literal in place of by-stretch.ts. The
 * unit tests still test the computation itself; the window gets only what it draws. Dev
 * servers keep the live module, so an edited drawing shows at once.
 */
export function frozenIllustrations(): Plugin {
  let replaced = false;
  return {
    name: 'limber:frozen-illustrations',
    apply: 'build',
    load(id) {
      if (id !== byStretchFile) return null;
      replaced = true;
      return frozenModule();
    },
    // A moved or renamed by-stretch.ts would quietly put the math back in the player.
    buildEnd(error) {
      if (!error && !replaced) this.error(`No page imported ${byStretchFile}: nothing was frozen.`);
    },
  };
}

/** The module whose exports are replaced. By URL: the config bundler keeps each file's URL. */
export const byStretchFile = fileURLToPath(
  new URL('../shared/content/illustrations/by-stretch.ts', import.meta.url),
);

/**
 * by-stretch.ts's export, computed. JSON.parse of a string is read faster than an object literal
 * of the same size, and the data is JSON through and through.
 */
export function frozenModule(): string {
  const json = JSON.stringify(illustrationsByStretch);
  return `export const illustrationsByStretch = JSON.parse(${JSON.stringify(json)});\n`;
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Component } from 'svelte';
import type * as SvelteServer from 'svelte/server';
import { createServer } from 'vite';

import type { Side, Stretch } from '@shared/content/types';

/**
 * All the stretch drawings on one page, each per-side stretch on both sides. The drawings come
 * from StretchIllustration itself, rendered through Vite, so the sheet shows what the player
 * shows rather than a copy of its drawing code; no renderer build or test host is needed.
 */

const root = resolve(import.meta.dirname, '../..');

interface IllustrationProps {
  illustration: Stretch['illustration'];
  words: Stretch;
  side?: Side;
}

/** Loads the component and the catalogue through Vite, so `.svelte` compiles as in the app. */
async function loadSources() {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    // Only the modules asked for: no scan of the app's pages for dependencies to bundle.
    optimizeDeps: { noDiscovery: true, entries: [] },
    plugins: [
      svelte({
        configFile: resolve(root, 'svelte.config.js'),
        // The styles travel with the markup, as they would in the bundled app.
        compilerOptions: { css: 'injected' },
      }),
    ],
  });
  try {
    const component = (await vite.ssrLoadModule(
      '/src-renderer/src/player/StretchIllustration.svelte',
    )) as { default: Component<IllustrationProps> };
    const catalog = (await vite.ssrLoadModule('/shared/content/catalog.ts')) as {
      allStretches: readonly Stretch[];
    };
    // The same Svelte instance the component was compiled against, or rendering has no context.
    const server = (await vite.ssrLoadModule('svelte/server')) as typeof SvelteServer;
    return { illustration: component.default, stretches: catalog.allStretches, server };
  } finally {
    await vite.close();
  }
}

/** The sheet as a standalone HTML page, with the app's theme; its grid fits the window. */
export async function drawingSheetHtml(): Promise<{ html: string; count: number }> {
  const { illustration, stretches, server } = await loadSources();
  const theme = await readFile(resolve(root, 'src-renderer/src/styles/theme.css'), 'utf8');
  const cell = (stretch: Stretch, side: Side | undefined) => {
    const { body, head } = server.render(illustration, {
      props: { illustration: stretch.illustration, words: stretch, ...(side ? { side } : {}) },
    });
    const caption = side ? `${stretch.name} (${side})` : stretch.name;
    return { html: `<section><h2>${caption}</h2>${body}</section>`, head };
  };
  const perSide = stretches.filter((s) => s.pacing.kind === 'hold' && s.pacing.perSide);
  const cells = [
    ...stretches.map((s) => cell(s, perSide.includes(s) ? 'right' : undefined)),
    ...perSide.map((s) => cell(s, 'left')),
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drawings</title><style>${theme}
    body { padding: 12px; height: auto; }
    main { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; }
    h2 { font-size: 13px; font-weight: 600; margin: 0 0 4px; color: var(--muted); }
    section { border: 1px dashed var(--control-line); padding: 6px; }
  </style>${cells[0]?.head ?? ''}</head><body><main>${cells.map((c) => c.html).join('')}</main></body></html>`;
  return { html, count: cells.length };
}

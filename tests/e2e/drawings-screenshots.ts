/**
 * Renders all twelve stretch drawings side by side, in light and dark, for people to look at:
 * `npx tsx tests/e2e/drawings-screenshots.ts` writes test-results/drawings-light.png and
 * drawings-dark.png. The drawings come from StretchIllustration itself (rendered on the server
 * through Vite), so the picture is what the player shows, not a copy of its drawing code.
 * A script rather than a spec: it needs neither the renderer build nor the e2e host.
 * `-- piriformis desk-figure-four` draws just those, larger, to drawings-focus-*.png.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Component } from 'svelte';
import type * as SvelteServer from 'svelte/server';
import { createServer } from 'vite';

import type { Side, Stretch } from '@shared/content/types';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'test-results');
const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';

interface IllustrationProps {
  illustration: Stretch['illustration'];
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
    return {
      StretchIllustration: component.default,
      stretches: catalog.allStretches,
      render: server.render,
    };
  } finally {
    await vite.close();
  }
}

type Sources = Awaited<ReturnType<typeof loadSources>>;

function cell(
  { StretchIllustration, render }: Sources,
  stretch: Stretch,
  side: Side | undefined,
): { html: string; head: string } {
  const { body, head } = render(StretchIllustration, {
    props: { illustration: stretch.illustration, ...(side ? { side } : {}) },
  });
  const caption = side ? `${stretch.name} (${side})` : stretch.name;
  return { html: `<section><h2>${caption}</h2>${body}</section>`, head };
}

async function main(): Promise<void> {
  const sources = await loadSources();
  const { stretches } = sources;
  const theme = await readFile(resolve(root, 'src-renderer/src/styles/theme.css'), 'utf8');
  const only = process.argv.slice(2).filter((arg) => arg !== '--');
  const shown = only.length ? stretches.filter((s) => only.includes(s.id)) : stretches;
  const perSide = shown.filter((s) => s.pacing.kind === 'hold' && s.pacing.perSide);
  const drawn = [
    ...shown.map((s) => cell(sources, s, perSide.includes(s) ? 'right' : undefined)),
    ...perSide.map((s) => cell(sources, s, 'left')),
  ];
  const columns = only.length ? 'repeat(2, 720px)' : 'repeat(4, 330px)';
  const name = only.length ? 'drawings-focus' : 'drawings';
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${theme}
    body { padding: 16px; height: auto; }
    main { display: grid; grid-template-columns: ${columns}; gap: 18px 22px; }
    h2 { font-size: 13px; font-weight: 600; margin: 0 0 4px; color: var(--muted); }
    section { border: 1px dashed var(--line); padding: 6px; }
  </style>${drawn[0]?.head ?? ''}</head><body><main>${drawn.map((d) => d.html).join('')}</main></body></html>`;

  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1460, height: 900 } });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.setContent(html);
      const path = resolve(outDir, `${name}-${colorScheme}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
}

await main();

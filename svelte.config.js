import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version stamp: nothing here reads it, and every window would carry it.
  compilerOptions: { runes: true, discloseVersion: false },
};

import type { Component } from 'svelte';

import { errorMessage } from '@shared/errors/error-message';

import { getApi, type RendererApi } from '../bridge/api';
import BridgeMissing from './BridgeMissing.svelte';
import { mountRoot } from './mount-root';

/**
 * Mounts one window's view into its page's #app, over the bridge the preload exposed. Each
 * window's page has an entry of its own that names its view, so a window loads only its code.
 * The bridge is there from the first line of the page or never: it is read once.
 *
 * Mounted with mountRoot, not Svelte's `mount` (see there why): unmount with unmountRoot.
 */
export function mountWindow(View: Component<{ api: RendererApi }>): Record<string, unknown> {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element.');
  // A page may hold a placeholder first frame in #app (player.html does): the view replaces it,
  // in the same task, so no frame shows both.
  target.replaceChildren();
  let api: RendererApi;
  try {
    api = getApi();
  } catch (error) {
    return mountRoot(BridgeMissing, { target, props: { reason: errorMessage(error) } });
  }
  return mountRoot(View, { target, props: { api } });
}

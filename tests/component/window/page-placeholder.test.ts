import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';

import pageSource from '../../../src-renderer/player.html?raw';
import PlayerView from '../../../src-renderer/src/player/PlayerView.svelte';
import { unmountRoot } from '../../../src-renderer/src/window/mount-root';
import { mountWindow } from '../../../src-renderer/src/window/mount-window';
import { FakeMain } from '../support/fake-main';

// player.html holds the player's first frame, so the window paints before its scripts run.
// When the view mounts, it must draw that same frame in its place: not a second line beside it,
// and not a different one that jumps.

const appElement = /<div id="app">[\s\S]*?<\/div>/.exec(pageSource)?.[0] ?? '';
/** What #app holds as the page arrives: the placeholder, comments aside. */
const placeholder = appElement.replace(/^<div id="app">|<\/div>$/g, '').trim();

const roots: object[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await unmountRoot(root);
  document.body.innerHTML = '';
});

describe("The player's page and its first frame", () => {
  it('holds a Loading… line in #app, written in the page itself', () => {
    expect(placeholder).toBe('<p class="page-loading">Loading…</p>');
  });

  it('is drawn again by the view, in the same markup, and then replaced by the routine', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed' });
    window.limber = main.api;
    document.body.innerHTML = appElement;
    const app = document.getElementById('app')!;

    roots.push(mountWindow(PlayerView));
    // The view's first render, before main's answer: the page's line, once, unchanged. (The
    // view's wrapper around it has no box of its own: the line stays where it was.)
    expect(app.querySelector('.page-loading')?.outerHTML).toBe(placeholder);
    expect(screen.getAllByText('Loading…')).toHaveLength(1);

    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});

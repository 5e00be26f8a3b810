import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';

import NudgeView from '../../../src-renderer/src/nudge/NudgeView.svelte';
import { unmountRoot } from '../../../src-renderer/src/window/mount-root';
import { mountWindow } from '../../../src-renderer/src/window/mount-window';
import { FakeMain } from '../support/fake-main';
import { SettingsMain } from '../support/settings-main';

let mounted: Record<string, unknown> | undefined;

/** A page body as the built pages have it: one #app for the window's view. */
function pageBody(): void {
  document.body.innerHTML = '<div id="app"></div>';
}

afterEach(() => {
  if (mounted) void unmountRoot(mounted);
  mounted = undefined;
  document.body.innerHTML = '';
});

describe("each window's page", () => {
  it('the player page opens the player over window.limber', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break' });
    window.limber = main.api;
    pageBody();
    const { default: exports } = await import('../../../src-renderer/src/entries/player');
    mounted = exports;
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText('Desk break')).toBeTruthy();
  });

  it('the settings page opens the settings form at once', async () => {
    window.limber = new SettingsMain().api;
    pageBody();
    const { default: exports } = await import('../../../src-renderer/src/entries/settings');
    mounted = exports;
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    expect(await screen.findByLabelText('Nudge me after sitting for')).toBeTruthy();
  });

  it('explains instead of crashing when the bridge is missing', () => {
    pageBody();
    mounted = mountWindow(NudgeView);
    expect(screen.getByRole('heading', { name: /can't reach its main process/ })).toBeTruthy();
  });

  it('says what is wrong when the page has nowhere to mount', () => {
    window.limber = new FakeMain().api;
    expect(() => mountWindow(NudgeView)).toThrow('The page has no #app element.');
  });
});

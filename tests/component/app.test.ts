import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';

import App from '../../src-renderer/src/App.svelte';
import { FakeMain } from './support/fake-main';

describe('App', () => {
  afterEach(() => {
    location.hash = '';
  });

  it('opens the player over window.limber', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break' });
    window.limber = main.api;
    render(App);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText('Desk break')).toBeTruthy();
  });

  it('loads the settings form on demand for the settings window', async () => {
    window.limber = new FakeMain().api;
    location.hash = '#/settings';
    render(App);
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    expect(await screen.findByLabelText('Nudge me after sitting for')).toBeTruthy();
  });

  it('explains instead of crashing when the bridge is missing', () => {
    render(App);
    expect(screen.getByRole('heading', { name: /can't reach its main process/ })).toBeTruthy();
  });
});

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src-renderer/src/App.svelte';
import { FakeMain } from './support/fake-main';

describe('App', () => {
  it('opens the player over window.limber', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break' });
    window.limber = main.api;
    render(App);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText('Desk break')).toBeTruthy();
  });

  it('explains instead of crashing when the bridge is missing', () => {
    render(App);
    expect(screen.getByRole('heading', { name: /can't reach its main process/ })).toBeTruthy();
  });
});

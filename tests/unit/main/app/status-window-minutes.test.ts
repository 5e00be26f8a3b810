import { describe, expect, it } from 'vitest';

import { createHarness } from '../support/app-harness';

const MIN = 60_000;
const statusBroadcasts = (h: ReturnType<typeof createHarness>) =>
  h.broadcasts.filter((b) => b.event === 'sittingStatus').length;

describe('the status window and the minute line', () => {
  it('ticks each minute only while the status window is open', () => {
    const h = createHarness();
    h.clock.advance(10 * MIN);
    const closed = statusBroadcasts(h);
    h.clock.advance(10 * MIN);
    // With no window open, only the tray's 5-minute steps go out.
    expect(statusBroadcasts(h) - closed).toBe(2);

    h.runtime.actions.openStatus();
    expect(h.windows.showStatus).toHaveBeenCalledTimes(1);
    const open = statusBroadcasts(h);
    h.clock.advance(10 * MIN);
    expect(statusBroadcasts(h) - open).toBe(10);

    // Opened again while open: still one watcher, so closing once stops the ticking.
    h.runtime.actions.openStatus();
    h.runtime.statusWindowClosed();
    const after = statusBroadcasts(h);
    h.clock.advance(10 * MIN);
    expect(statusBroadcasts(h) - after).toBe(2);
  });
});

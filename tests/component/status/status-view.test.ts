import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { fail, ok } from '@shared/ipc/result';
import type { SittingStatus } from '@shared/reminders/nudge-schema';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import StatusView from '../../../src-renderer/src/status/StatusView.svelte';
import { FakeTransport } from '../support/fake-transport';

const sitting: SittingStatus = {
  text: 'Sitting 32 min · stretch in 13 min',
  icon: 'normal',
  boutMs: 32 * 60_000,
  away: false,
  idleDetection: 'ok',
  inMeeting: false,
};

/**
 * Main as the status window sees it: pausing and "In a meeting" change the status it pushes,
 * as the real sitting service does; every other action is only recorded.
 */
function statusMain() {
  const transport = new FakeTransport();
  let status = sitting;
  const push = (next: SittingStatus) => {
    status = next;
    transport.emit(eventChannels.sittingStatus, status);
  };
  const state = { refuseNext: false };
  transport.handle('getSittingStatus', () => ok(status));
  transport.handle('runAppAction', (request) => {
    if (state.refuseNext) {
      state.refuseNext = false;
      return fail('failed', 'main is busy');
    }
    const { action } = request as { action: string };
    if (action === 'pause') push({ ...status, text: 'Paused until 15:00', icon: 'paused' });
    if (action === 'resume') push(sitting);
    return ok(null);
  });
  transport.handle('setMeeting', (request) => {
    const { choice } = request as { choice: unknown };
    push({ ...status, inMeeting: choice !== 'off' });
    return ok(null);
  });
  return {
    state,
    actions: () => transport.payloadsOf(invokeChannels.runAppAction),
    meetings: () => transport.payloadsOf(invokeChannels.setMeeting),
    open: async () => {
      render(StatusView, { api: rendererApiFrom(transport.api) });
      await screen.findByText(sitting.text);
    },
  };
}

const button = (name: string) => screen.getByRole('button', { name });

/** Clicks, then waits for main's answer: the buttons rest while a call is on its way. */
async function press(name: string): Promise<void> {
  await fireEvent.click(button(name));
  await waitFor(() => expect(button(name).hasAttribute('disabled')).toBe(false));
}

describe('status window', () => {
  it('shows the sitting status and runs the tray actions', async () => {
    const main = statusMain();
    await main.open();

    await press('Stand up & stretch now');
    await press('Morning routine');
    await press('History');
    await press('Settings');
    expect(main.actions()).toEqual([
      { action: 'desk-break' },
      { action: 'morning' },
      { action: 'history' },
      { action: 'settings' },
    ]);
  });

  it('offers each pause length, and Resume once paused', async () => {
    const main = statusMain();
    await main.open();
    expect(screen.queryByRole('button', { name: 'Resume reminders' })).toBeNull();

    await fireEvent.click(button('Pause for 2 hours'));
    await screen.findByText('Paused until 15:00');
    expect(main.actions()).toEqual([{ action: 'pause', choice: { minutes: 120 } }]);
    expect(screen.queryByRole('button', { name: 'Pause for 30 minutes' })).toBeNull();

    await fireEvent.click(button('Resume reminders'));
    await screen.findByText(sitting.text);
    await fireEvent.click(button('Pause until morning'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Resume reminders' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Pause for 30 minutes' }));
    await waitFor(() =>
      expect(main.actions()).toEqual([
        { action: 'pause', choice: { minutes: 120 } },
        { action: 'resume' },
        { action: 'pause', choice: 'until-morning' },
        { action: 'resume' },
        { action: 'pause', choice: { minutes: 30 } },
      ]),
    );
  });

  it('turns "In a meeting" on for a while or until turned off, and "Meeting over" ends it', async () => {
    const main = statusMain();
    await main.open();

    await fireEvent.click(button('In a meeting for 1 hour'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Meeting over' }));
    await fireEvent.click(
      await screen.findByRole('button', { name: 'In a meeting until I turn it off' }),
    );
    await screen.findByRole('button', { name: 'Meeting over' });
    expect(main.meetings()).toEqual([
      { choice: { minutes: 60 } },
      { choice: 'off' },
      { choice: 'until-off' },
    ]);
    expect(screen.queryByRole('button', { name: 'In a meeting for 30 minutes' })).toBeNull();
  });

  it('says so when main refuses, and the buttons still work after', async () => {
    const main = statusMain();
    await main.open();
    main.state.refuseNext = true;
    await press('Morning routine');
    expect((await screen.findByRole('alert')).textContent).toContain('main is busy');

    await press('Morning routine');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(main.actions()).toHaveLength(2);
  });
});

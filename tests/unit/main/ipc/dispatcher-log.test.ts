import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { createHarness, playerSender } from '../support/app-harness';

describe('IPC calls main refused or could not carry out', () => {
  it('a message from a sender main does not trust is logged', async () => {
    const { invoke, log } = createHarness();
    await invoke(invokeChannels.getSettings, undefined, { ...playerSender, webContentsId: 99 });
    expect(log.messages('warn')).toEqual(['Refused settings:get from an untrusted sender']);
  });

  it('a call that failed is logged with its reason', async () => {
    const { invoke, log } = createHarness();
    await invoke(invokeChannels.controlSession, { action: 'next' });
    expect(log.messages('warn')).toEqual(['session:control failed: No routine is in progress.']);
  });

  it('a payload the settings window got wrong is not: it is the user typing, not a fault', async () => {
    const { invoke, log } = createHarness();
    await invoke(invokeChannels.updateSettings, { reminders: { sittingLimitMin: 5 } });
    expect(log.entries).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { createHarness } from '../support/app-harness';

describe('About, in the settings window', () => {
  it('tells the version and where the logs are', async () => {
    const { invoke } = createHarness();
    expect(await invoke(invokeChannels.getAbout)).toEqual({
      ok: true,
      value: { version: '1.2.3', logsDir: '/home/user/.config/Limber/logs' },
    });
  });

  it('opens the logs folder when asked', async () => {
    const { invoke, about } = createHarness();
    expect(await invoke(invokeChannels.openLogsFolder)).toEqual({ ok: true, value: null });
    expect(about.openLogsFolder).toHaveBeenCalledTimes(1);
  });

  it('says why the folder could not be opened, and logs it', async () => {
    const { invoke, about, log } = createHarness();
    about.openLogsFolder.mockResolvedValue('No application is set to open folders');
    expect(await invoke(invokeChannels.openLogsFolder)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Could not open the logs folder: No application is set to open folders',
      },
    });
    expect(log.messages('warn')).toEqual([
      'app:open-logs failed: Could not open the logs folder: No application is set to open folders',
    ]);
  });
});

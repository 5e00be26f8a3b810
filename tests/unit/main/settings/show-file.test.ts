import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { settingsFolderFrom } from '../../../../src-main/electron/settings-folder';
import { createHarness, settingsSender } from '../support/app-harness';

describe('Show the file, from the settings notice', () => {
  it('asks the file manager to show the settings file', async () => {
    const { invoke, settingsFolder } = createHarness();
    expect(await invoke(invokeChannels.showSettingsFile, undefined, settingsSender)).toEqual({
      ok: true,
      value: null,
    });
    expect(settingsFolder.showSettingsFile).toHaveBeenCalledTimes(1);
  });

  it('says why the file manager would not open, and logs it', async () => {
    const { invoke, settingsFolder, log } = createHarness();
    settingsFolder.showSettingsFile.mockResolvedValue('No application is set to open folders');
    expect(await invoke(invokeChannels.showSettingsFile, undefined, settingsSender)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Could not show the settings file: No application is set to open folders',
      },
    });
    expect(log.messages('warn')).toEqual([
      'settings:show-file failed: Could not show the settings file: No application is set to open folders',
    ]);
  });
});

describe('the file manager adapter', () => {
  const fakeShell = () => ({
    showItemInFolder: vi.fn((_path: string) => {}),
    openPath: vi.fn(async (_path: string) => ''),
  });

  it('selects settings.json in its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-show-'));
    writeFileSync(join(dir, 'settings.json'), '{}');
    const shell = fakeShell();
    expect(await settingsFolderFrom(shell, dir).showSettingsFile()).toBe('');
    expect(shell.showItemInFolder).toHaveBeenCalledWith(join(dir, 'settings.json'));
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('opens the folder where the file is missing, and passes on why it would not open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-show-'));
    const shell = fakeShell();
    shell.openPath.mockResolvedValue('Failed to open path');
    expect(await settingsFolderFrom(shell, dir).showSettingsFile()).toBe('Failed to open path');
    expect(shell.openPath).toHaveBeenCalledWith(dir);
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

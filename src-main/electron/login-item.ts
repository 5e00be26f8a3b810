import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { app } from 'electron';

import { createElectronLoginItem } from '../login/electron-login-item';
import { launchCommand } from '../login/launch-command';
import { createLinuxLoginItem } from '../login/linux-login-item';
import type { LoginItemPort } from '../login/login-state';
import { nodeTextFiles } from '../login/node-text-files';

/**
 * Start at login for the OS Limber runs on. Electron registers login items on macOS and
 * Windows and does nothing on Linux, where an XDG autostart entry does the job (or, inside
 * Flatpak, nothing can: see linux-login-item.ts).
 */
export function createLoginItemPort(): LoginItemPort {
  if (process.platform === 'linux') {
    return createLinuxLoginItem({
      files: nodeTextFiles,
      env: process.env,
      home: homedir(),
      exists: existsSync,
      launch: launchCommand({
        execPath: process.execPath,
        appPath: app.getAppPath(),
        isPackaged: app.isPackaged,
        env: process.env,
      }),
    });
  }
  // A checkout runs Electron on the project folder; a packaged app is its own executable.
  return createElectronLoginItem(
    app,
    process.platform,
    app.isPackaged ? undefined : [app.getAppPath()],
  );
}

// settings-theme.ts takes its settings through the same small interface.
export type { SettingsSource } from '../login/sync-login-item';

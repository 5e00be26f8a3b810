import { app, shell } from 'electron';
import { describe, expect, it } from 'vitest';

import { aboutFrom } from '../../../../src-main/electron/about';
import { fakeElectron } from '../../../support/electron-mock';

describe('About adapter', () => {
  it("gives the app's version and opens the logs folder with the system's file manager", async () => {
    const about = aboutFrom(app, shell, '/fake/userData/logs');
    expect(about).toMatchObject({ version: '0.1.0', logsDir: '/fake/userData/logs' });
    expect(await about.openLogsFolder()).toBe('');
    expect(fakeElectron().shell.openPath).toHaveBeenCalledWith('/fake/userData/logs');
  });
});

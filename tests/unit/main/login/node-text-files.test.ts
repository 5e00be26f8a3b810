import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { launchCommand } from '../../../../src-main/login/launch-command';
import { createLinuxLoginItem } from '../../../../src-main/login/linux-login-item';
import { nodeTextFiles } from '../../../../src-main/login/node-text-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-autostart-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the autostart entry on a real file system', () => {
  it('survives a restart: a new process reads back what the last one wrote', async () => {
    const facts = {
      execPath: '/opt/Limber/limber',
      appPath: '/opt/Limber/resources/app.asar',
      isPackaged: true,
      env: { XDG_CONFIG_HOME: join(dir, 'config') },
    };
    const start = () =>
      createLinuxLoginItem({
        files: nodeTextFiles,
        env: facts.env,
        home: dir,
        exists: () => false,
        launch: launchCommand(facts),
      });
    expect(await start().write(true)).toEqual({ enabled: true });
    // Nothing kept in memory: the state lives in the file the session reads at login.
    expect(await start().read()).toEqual({ enabled: true });
    expect(readdirSync(join(dir, 'config', 'autostart'))).toEqual(['limber.desktop']);
    expect(await start().write(false)).toEqual({ enabled: false });
    expect(readdirSync(join(dir, 'config', 'autostart'))).toEqual([]);
  });

  it('reads a missing file as none, and removing one twice is fine', async () => {
    const file = join(dir, 'nothing.desktop');
    expect(await nodeTextFiles.readText(file)).toBeUndefined();
    await nodeTextFiles.remove(file);
    await nodeTextFiles.remove(file);
  });

  it('passes on errors other than a missing file', async () => {
    await expect(nodeTextFiles.readText(dir)).rejects.toThrow(/EISDIR/);
  });
});

import { describe, expect, it } from 'vitest';
import { MISSING_RUNTIME_MESSAGE, locateElectron } from '../../../../scripts/start.mjs';

const installError = () => {
  throw new Error(
    'Electron failed to install correctly, please delete node_modules/electron and try installing again',
  );
};

describe('npm start: finding the Electron runtime', () => {
  it('explains how to fetch the runtime when npm skipped the download', () => {
    const result = locateElectron(installError, () => true);
    expect(result).toEqual({ ok: false, message: MISSING_RUNTIME_MESSAGE });
    expect(MISSING_RUNTIME_MESSAGE).toContain('node node_modules/electron/install.js');
    expect(MISSING_RUNTIME_MESSAGE).toMatch(/internet/);
    expect(MISSING_RUNTIME_MESSAGE).not.toMatch(/\bat .*:\d+/); // no stack trace
  });

  it('says the same when path.txt points at a dist folder that is gone', () => {
    const result = locateElectron(
      () => '/x/node_modules/electron/dist/electron',
      () => false,
    );
    expect(result).toEqual({ ok: false, message: MISSING_RUNTIME_MESSAGE });
  });

  it('returns the executable when it is there', () => {
    const path = '/x/node_modules/electron/dist/electron';
    expect(
      locateElectron(
        () => path,
        (p) => p === path,
      ),
    ).toEqual({ ok: true, path });
  });

  it('does not hide unrelated errors behind the download message', () => {
    expect(() =>
      locateElectron(
        () => {
          throw new Error('EACCES: permission denied');
        },
        () => true,
      ),
    ).toThrow('EACCES');
  });
});

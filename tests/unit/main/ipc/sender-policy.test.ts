import { describe, expect, it } from 'vitest';

import { isTrustedSender, type SenderInfo } from '../../../../src-main/ipc/sender-policy';

const trusted = { origin: { protocol: 'app:', host: 'limber' }, webContentsIds: new Set([7]) };
const ours: SenderInfo = {
  webContentsId: 7,
  frameUrl: 'app://limber/index.html',
  isMainFrame: true,
};

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on our origin', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://limber/#/player?x=1' }, trusted)).toBe(true);
  });

  it.each<[string, Partial<SenderInfo>]>([
    ['a sub-frame', { isMainFrame: false }],
    ['a window we did not create', { webContentsId: 8 }],
    ['another origin', { frameUrl: 'https://evil.example/index.html' }],
    ['another host on our scheme', { frameUrl: 'app://evil/index.html' }],
    ['a file:// page', { frameUrl: 'file:///tmp/index.html' }],
    ['a frame that is gone', { frameUrl: undefined }],
    ['an unparsable URL', { frameUrl: 'not a url' }],
  ])('refuses %s', (_label, change) => {
    expect(isTrustedSender({ ...ours, ...change }, trusted)).toBe(false);
  });

  it('compares protocol and host, since Node calls an app:// origin "null"', () => {
    expect(new URL('app://limber/x').origin).toBe('null');
    const httpOrigin = {
      origin: { protocol: 'http:', host: 'localhost:4173' },
      webContentsIds: new Set([1]),
    };
    const preview = { webContentsId: 1, frameUrl: 'http://localhost:4173/', isMainFrame: true };
    expect(isTrustedSender(preview, httpOrigin)).toBe(true);
    expect(isTrustedSender({ ...preview, frameUrl: 'http://localhost:5000/' }, httpOrigin)).toBe(
      false,
    );
  });
});

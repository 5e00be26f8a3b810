import { describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../../../src-main/app/csp';
import { resolveAsset } from '../../../../src-main/electron/asset-path';
import { registerAppScheme, respond, serveRenderer } from '../../../../src-main/electron/protocol';
import { fakeElectron } from '../../../support/electron-mock';

const root = '/app/out/renderer';

describe('app:// path resolver', () => {
  it.each([
    ['app://limber/player.html', `${root}/player.html`],
    ['app://limber/assets/player-abc.js', `${root}/assets/player-abc.js`],
    ['app://limber/assets/with%20space.svg', `${root}/assets/with space.svg`],
    ['app://limber/nudge.html?x=1#top', `${root}/nudge.html`],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAsset(root, url)).toBe(file);
  });

  it.each(['app://limber/../../etc/passwd', 'app://limber/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => {
      expect(resolveAsset(root, url)).toBe(`${root}/etc/passwd`);
    },
  );

  it.each([
    'app://limber/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://limber/..%2F..%2Fmain%2Findex.js',
    'app://limber/%2e%2e%2frenderer-evil/x.js',
    'app://limber/',
    'app://limber',
    'app://limber/player.html%00.png',
    'app://limber/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAsset(root, url)).toBeUndefined();
  });
});

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme whose compiled scripts are kept', () => {
    registerAppScheme();
    expect(fakeElectron().protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }),
      }),
    ]);
  });

  it('serves files with their type and the strict CSP', async () => {
    const fake = fakeElectron();
    fake.net.fetch.mockResolvedValueOnce(new Response('console.log(1)'));
    serveRenderer(root);
    const handler = fake.protocol.handlers.get('app')!;
    const response = (await handler(new Request('app://limber/assets/a.js'))) as Response;
    expect(fake.net.fetch).toHaveBeenCalledWith('file:///app/out/renderer/assets/a.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 403 to a traversal attempt without touching the disk', async () => {
    const fake = fakeElectron();
    const response = await respond(root, 'app://limber/..%2f..%2fmain%2findex.js');
    expect(response.status).toBe(403);
    expect(fake.net.fetch).not.toHaveBeenCalled();
  });

  it('answers 404 for a missing file', async () => {
    const fake = fakeElectron();
    fake.net.fetch.mockRejectedValueOnce(new Error('net::ERR_FILE_NOT_FOUND'));
    expect((await respond(root, 'app://limber/missing.js')).status).toBe(404);
  });

  it('keeps the policy strict: nothing unsafe, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|http/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});

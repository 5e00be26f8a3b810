import { beforeEach, describe, expect, it, vi } from 'vitest';

import { setupSecurity } from '../../../../src-main/electron/security';
import { fakeElectron, type FakeWebContents } from '../../../support/electron-mock';

/** Lets Electron "create" a web contents, as it does for every window and webview. */
function createdContents(): FakeWebContents {
  const fake = fakeElectron();
  const contents = new fake.FakeWebContents();
  fake.app.emit('web-contents-created', {}, contents);
  return contents;
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('app-wide security', () => {
  beforeEach(() => setupSecurity());

  it('denies every new window, whatever the URL', () => {
    const contents = createdContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://limber/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    const contents = createdContents();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event, url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('blocks redirects off our origin', () => {
    const contents = createdContents();
    const event = navigationEvent('https://example.com/');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets our own page reload within app://limber', () => {
    const contents = createdContents();
    const event = navigationEvent('app://limber/index.html');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const contents = createdContents();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const contents = createdContents();
    const request = contents.session.permissionRequestHandler as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = contents.session.permissionCheckHandler as (
      wc: unknown,
      permission: string,
    ) => boolean;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      request(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(contents, permission)).toBe(false);
    }
  });
});

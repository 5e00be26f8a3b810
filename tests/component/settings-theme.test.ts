import { describe, expect, it } from 'vitest';
import { toRendererApi } from '../../src-renderer/src/lib/api';
import { followThemeSetting } from '../../src-renderer/src/lib/settings-theme';
import { FakeMain } from './support/fake-main';

describe('followThemeSetting', () => {
  it('wears the theme the user chose, and follows the system again for "system"', async () => {
    const main = new FakeMain({ theme: 'dark' });
    const root = document.createElement('html');
    const undo = followThemeSetting(toRendererApi(main.api), root);
    await expect.poll(() => root.dataset.theme).toBe('dark');

    main.updateSettings({ theme: 'light' });
    expect(root.dataset.theme).toBe('light');
    main.updateSettings({ theme: 'system' });
    expect(root.dataset.theme).toBeUndefined();
    undo();
  });

  it('hands the page back to the system theme once undone', async () => {
    const main = new FakeMain({ theme: 'dark' });
    const root = document.createElement('html');
    const undo = followThemeSetting(toRendererApi(main.api), root);
    await expect.poll(() => root.dataset.theme).toBe('dark');
    undo();
    expect(root.dataset.theme).toBeUndefined();
    main.updateSettings({ theme: 'light' });
    expect(root.dataset.theme).toBeUndefined();
  });
});

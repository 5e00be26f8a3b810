import type { Settings } from '../../../shared/settings/schema';
import type { Dispose } from '../../../shared/time/clock';
import type { RendererApi } from './api';
import { followMain, settingsOf } from './follow-main';

/**
 * Keeps `<html data-theme>` in step with the theme setting, in every window. 'system' removes
 * the attribute so theme.css follows prefers-color-scheme; 'light' and 'dark' override it.
 * A window whose main cannot answer just keeps following the system: that is not an error.
 */
export function followThemeSetting(
  api: RendererApi,
  root: HTMLElement = document.documentElement,
): Dispose {
  const apply = (theme: Settings['theme']) => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  };
  const unfollow = followMain(
    settingsOf(api),
    (settings) => apply(settings.theme),
    () => undefined,
  );
  return () => {
    unfollow();
    delete root.dataset.theme;
  };
}

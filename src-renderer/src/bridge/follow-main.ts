import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';
import type { RendererApi } from './api';

/** A value main owns: one call that reads it now, and the event main pushes when it changes. */
export interface MainValueSource<T> {
  fetch: () => Promise<T>;
  subscribe: (listener: (value: T) => void) => Dispose;
}

/**
 * Shows a value main owns and keeps it in step: subscribes first, then fetches, so no change
 * falls between the two. A push that lands before the fetch's answer is newer, so the answer is
 * dropped; after the undo nothing more is shown. `onFetchError` hears a failed fetch.
 */
export function followMain<T>(
  source: MainValueSource<T>,
  show: (value: T) => void,
  onFetchError: (error: unknown) => void,
): Dispose {
  let pushed = false;
  let following = true;
  const unsubscribe = source.subscribe((value) => {
    pushed = true;
    show(value);
  });
  source.fetch().then(
    (value) => {
      if (following && !pushed) show(value);
    },
    (error: unknown) => {
      if (following) onFetchError(error);
    },
  );
  return () => {
    following = false;
    unsubscribe();
  };
}

/** The settings as a value to follow: every window that reads one setting follows them all. */
export function settingsOf(api: RendererApi): MainValueSource<Settings> {
  return { fetch: () => api.getSettings(), subscribe: (listener) => api.onSettings(listener) };
}

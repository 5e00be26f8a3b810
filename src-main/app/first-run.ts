import type { Settings } from '@shared/settings/schema';

import type { NotifierPort } from '../platform/notifier-port';

/** Where Limber can be found on this desktop: the tray, or the status window where there is none. */
export type Home = 'tray' | 'status-window';

/** The first-run hello, in a few plain lines: where Limber lives, the limit, the morning routine. */
export function welcomeText(settings: Settings, home: Home): { title: string; body: string } {
  const where =
    home === 'tray'
      ? 'Limber lives in your tray.'
      : 'This desktop has no tray, so Limber keeps a small status window instead.';
  const morning = settings.morning.enabled
    ? `Your morning routine is offered at ${settings.morning.time}, or start it any time from the ${home === 'tray' ? 'tray menu' : 'status window'}.`
    : `Start the morning routine any time from the ${home === 'tray' ? 'tray menu' : 'status window'}.`;
  return {
    title: 'Welcome to Limber',
    body: `${where} After ${settings.reminders.sittingLimitMin} minutes of sitting it will ask you to stand and stretch. ${morning}`,
  };
}

/** Says hello once, on the very first launch, and remembers that it did. */
export function greetFirstRun(
  deps: {
    settings: { get(): Settings; update(patch: { welcomeShown: true }): unknown };
    notifier: NotifierPort;
    onClick?: () => void;
  },
  home: Home,
): boolean {
  const settings = deps.settings.get();
  if (settings.welcomeShown) return false;
  deps.notifier.show({
    ...welcomeText(settings, home),
    ...(deps.onClick ? { onClick: deps.onClick } : {}),
  });
  deps.settings.update({ welcomeShown: true });
  return true;
}

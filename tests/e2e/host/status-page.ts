import type { Page } from '@playwright/test';

import type { AppHost } from './app-host';

/** The status window's size in the app (windows adapter): tests look at it at that size. */
export const statusWindowSize = { width: 360, height: 420 };

/** The status window as a user finds it: by role and accessible name only. */
export function statusPage(page: Page) {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  return {
    line: page.getByRole('status'),
    stretchNow: button('Stand up & stretch now'),
    morning: button('Morning routine'),
    pause: (minutes: 30 | 60 | 120) =>
      button(
        minutes === 30
          ? 'Pause for 30 minutes'
          : minutes === 60
            ? 'Pause for 1 hour'
            : 'Pause for 2 hours',
      ),
    pauseUntilMorning: button('Pause until morning'),
    resume: button('Resume reminders'),
    meetingForAnHour: button('In a meeting for 1 hour'),
    meetingUntilOff: button('In a meeting until I turn it off'),
    meetingOver: button('Meeting over'),
    history: button('History'),
    settings: button('Settings'),
  };
}

/** Opens the status window as the app does when the tray never shows, and returns its page. */
export async function openStatusWindow(host: AppHost): Promise<Page> {
  host.runtime.actions.openStatus();
  await host.settle();
  const page = host.windows.pageOf('status');
  await page.setViewportSize(statusWindowSize);
  await statusPage(page).line.waitFor();
  return page;
}

import { describe, expect, it } from 'vitest';

import { greetFirstRun } from '../../../../src-main/app/first-run';
import { createHarness } from '../support/app-harness';

describe('the first-run welcome', () => {
  it('says once where Limber lives, the sitting limit and how to start the morning routine', () => {
    const h = createHarness();
    expect(greetFirstRun({ settings: h.runtime.settings, notifier: h.notifier }, 'tray')).toBe(
      true,
    );
    const hello = h.notifier.shown.at(-1);
    expect(hello?.title).toBe('Welcome to Limber');
    expect(hello?.body).toContain('tray');
    expect(hello?.body).toContain('45 minutes');
    expect(hello?.body).toMatch(/morning routine/);
    expect(greetFirstRun({ settings: h.runtime.settings, notifier: h.notifier }, 'tray')).toBe(
      false,
    );
    expect(h.notifier.shown.filter((n) => n.title === 'Welcome to Limber')).toHaveLength(1);
  });

  it('points at the status window on a desktop with no tray', () => {
    const h = createHarness();
    greetFirstRun({ settings: h.runtime.settings, notifier: h.notifier }, 'status-window');
    expect(h.notifier.shown.at(-1)?.body).toContain('status window');
  });
});

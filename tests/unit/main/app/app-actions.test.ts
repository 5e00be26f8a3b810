import { describe, expect, it } from 'vitest';

import { createHarness } from '../support/app-harness';

/** Tray clicks and command-line commands run in Electron's event loop: a throw there is a crash. */
describe('app actions', () => {
  it('one that fails is logged and throws nothing: a player window that will not open, say', () => {
    const { runtime, log, windows } = createHarness();
    windows.showPlayer.mockImplementation(() => {
      throw new Error('GPU process gone');
    });
    expect(() => runtime.actions.startDeskBreak()).not.toThrow();
    expect(log.messages('error')).toEqual(['Starting the desk break failed']);
    // The routine itself runs in main, ready for the window when it can open.
    expect(runtime.session.snapshot()?.timeline.routineId).toBe('desk-break');
  });

  it('a pause with no length is refused in the log, and reminders stay as they were', () => {
    const { runtime, log } = createHarness();
    expect(() => runtime.actions.pauseReminders({ minutes: 0 })).not.toThrow();
    expect(runtime.sitting.status().icon).toBe('normal');
    expect(log.messages('error')).toEqual(['Pausing reminders failed']);
  });
});

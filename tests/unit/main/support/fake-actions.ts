import { vi } from 'vitest';

/** Every tray and command-line action as a spy, Quit included, so a test sees which ran. */
export const fakeActions = () => ({
  startMorningRoutine: vi.fn(),
  startDeskBreak: vi.fn(),
  startRoutine: vi.fn(),
  pauseReminders: vi.fn(),
  resumeReminders: vi.fn(),
  openSettings: vi.fn(),
  openHistory: vi.fn(),
  setMeeting: vi.fn(),
  openStatus: vi.fn(),
  quit: vi.fn(),
});

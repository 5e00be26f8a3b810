import type { RoutineId } from '@shared/content/types';
import type { MeetingChoice } from '@shared/quiet/meeting-mode';

import type { PauseChoice } from '../sitting/sitting-service-types';

/**
 * What the user can ask of the app from outside a window: the tray menu and the command line
 * offer the same actions (Quit is the app adapter's own).
 */
export interface AppActions {
  startMorningRoutine(): void;
  startDeskBreak(): void;
  /** Starts one of the user's own routines. */
  startRoutine(routineId: RoutineId): void;
  pauseReminders(choice: PauseChoice): void;
  resumeReminders(): void;
  openSettings(): void;
  openHistory(): void;
  /** "In a meeting" on for a while, or off: reminders wait until it ends. */
  setMeeting(choice: MeetingChoice | 'off'): void;
  /** The small status window, for desktops where the tray never shows. */
  openStatus(): void;
}

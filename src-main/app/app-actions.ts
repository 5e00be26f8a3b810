import type { RoutineId } from '@shared/content/types';
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
}

import type { RoutineId } from '@shared/content/types';
import type { MeetingChoice } from '@shared/quiet/meeting-mode';
import type { Clock } from '@shared/time/clock';

import { guarded } from '../platform/guarded';
import type { LogPort } from '../platform/log-port';
import type { WindowsPort } from '../platform/windows-port';
import type { QuietGate } from '../quiet/quiet-gate';
import type { PauseChoice, SittingService } from '../sitting/sitting-service-types';

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

export interface AppActionsDeps {
  log: LogPort;
  /** Starts a routine in the player window. */
  play: (routineId: RoutineId) => void;
  /** The routine the user chose for mornings: built in or one of their own. */
  morningRoutineId: () => RoutineId;
  sitting: Pick<SittingService, 'pause' | 'resume'>;
  quiet: Pick<QuietGate, 'setMeeting'>;
  windows: Pick<WindowsPort, 'showSettings' | 'showHistory' | 'showStatus'>;
  clock: Clock;
}

/**
 * The actions as the tray and the command line run them: one that fails is logged, never
 * thrown into Electron's event loop.
 */
export function createAppActions(deps: AppActionsDeps): AppActions {
  const { log, windows } = deps;
  return {
    startMorningRoutine: () =>
      guarded(log, 'Starting the morning routine', () => deps.play(deps.morningRoutineId())),
    startRoutine: (routineId) =>
      guarded(log, `Starting the routine ${routineId}`, () => deps.play(routineId)),
    startDeskBreak: () => guarded(log, 'Starting the desk break', () => deps.play('desk-break')),
    pauseReminders: (choice) => guarded(log, 'Pausing reminders', () => deps.sitting.pause(choice)),
    resumeReminders: () => guarded(log, 'Resuming reminders', () => deps.sitting.resume()),
    openSettings: () => guarded(log, 'Opening settings', () => windows.showSettings()),
    openHistory: () => guarded(log, 'Opening history', () => windows.showHistory()),
    setMeeting: (choice) =>
      guarded(log, 'Setting In a meeting', () => deps.quiet.setMeeting(choice, deps.clock.now())),
    openStatus: () => guarded(log, 'Opening the status window', () => windows.showStatus()),
  };
}

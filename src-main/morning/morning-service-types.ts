import type { RoutineId } from '@shared/content/types';
import type { LocalDate, MorningAnswer, OfferKind } from '@shared/morning/types';
import type { Clock, Timers } from '@shared/time/clock';

import type { PowerPort } from '../platform/power-port';
import type { MorningConfig } from './morning-config';
import type {
  BusyCheck,
  LastOfferedStore,
  MorningOffer,
  MorningPrompt,
  Scheduler,
} from './morning-ports';

/** For a history log: every offer made, and every answer to one. */
export type MorningEvent =
  | { type: 'offered'; kind: OfferKind; date: LocalDate; atWall: number; routineId: RoutineId }
  | { type: 'answered'; answer: MorningAnswer; date: LocalDate; atWall: number };

/** The morning routine offer: main's side of the morning decision. */
export interface MorningService {
  /** The offer waiting for an answer, or null (for the prompt window to show). */
  offer(): MorningOffer | null;
  /**
   * The user's answer. Start plays the offered routine (and, with no offer waiting, the one
   * chosen for mornings: a late click on an old notification); Later offers again in 30 min;
   * Not today ends the day. Later and Not today with no offer waiting do nothing.
   */
  answer(answer: MorningAnswer): void;
  /** A fresh idle reading showed input: a sign of the user, who may be owed a missed offer. */
  onUserInput(): void;
  /** The wall clock jumped (set by hand, or synced after a sleep): re-arm from the new time. */
  onClockChanged(): void;
  /** The machine's time zone changed: re-arm on the new zone's calendar. */
  onTimeZoneChanged(): void;
  /** Re-reads the config (settings changed) and re-arms. Turning it off takes an offer away. */
  reconfigure(): void;
  /** Cancels the wake-up and the re-check, stops hearing power events, takes an offer away. */
  dispose(): void;
}

export interface MorningServiceDeps {
  clock: Clock;
  /** For the re-check while the user is busy. */
  timers: Timers;
  scheduler: Scheduler;
  /** Resume and unlock are signs of the user; suspend and lock mean they are away. */
  power: PowerPort;
  store: LastOfferedStore;
  prompt: MorningPrompt;
  getConfig: () => MorningConfig;
  /** Plays a routine (main: the session, and the player window). */
  startRoutine: (routineId: RoutineId) => void;
  /**
   * Hears every offer and answer, for the history log. A dependency rather than a subscription
   * so an offer made while the service starts (a catch-up at login) is not missed.
   */
  onEvent?: (event: MorningEvent) => void;
  /** @default never busy */
  busy?: BusyCheck;
  /** The IANA zone now. @default the machine's (systemTimeZone) */
  timeZone?: () => string;
}

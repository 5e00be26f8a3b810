import type { RoutineId } from '@shared/content/types';
import type { MorningAnswer, MorningRecord } from '@shared/morning/types';
import { defaultSettings } from '@shared/settings/schema';

import { createMemoryLastOfferedStore } from '../../../../src-main/morning/memory-last-offered-store';
import { type MorningConfig, morningConfigFrom } from '../../../../src-main/morning/morning-config';
import type { MorningOffer, MorningPrompt } from '../../../../src-main/morning/morning-ports';
import { createMorningService } from '../../../../src-main/morning/morning-service';
import type {
  MorningEvent,
  MorningService,
} from '../../../../src-main/morning/morning-service-types';
import { FakeClock } from '../../../support/fake-clock';
import { FakePowerEvents } from '../../../support/fake-os';
import { FakeScheduler, type WakeBehaviour } from './fake-scheduler';

/** The notification and prompt window, as the user would see them. */
export class FakeMorningPrompt implements MorningPrompt {
  readonly shown: MorningOffer[] = [];
  onScreen: MorningOffer | null = null;

  show(offer: MorningOffer): void {
    this.shown.push(offer);
    this.onScreen = offer;
  }

  close(): void {
    this.onScreen = null;
  }
}

export interface HarnessOptions {
  zone: string;
  startWall: number;
  /** Changes to the default morning settings (every day at 07:30, catch-up until 11:00). */
  morning?: Partial<MorningConfig['schedule']>;
  behaviours?: readonly WakeBehaviour[];
  record?: MorningRecord;
}

/**
 * A morning service on a fake clock, scheduler, OS and store, with the user's moves: sleeping,
 * typing, locking, answering, changing the clock or the zone, restarting the app.
 */
export class MorningHarness {
  readonly clock: FakeClock;
  readonly power = new FakePowerEvents();
  readonly scheduler: FakeScheduler;
  readonly store;
  readonly prompt = new FakeMorningPrompt();
  readonly started: RoutineId[] = [];
  readonly events: MorningEvent[] = [];
  /** The zone the machine was in at each event, in step with `events`. */
  readonly zonesAtEvents: string[] = [];
  zone: string;
  busy = false;
  config: MorningConfig;
  service!: MorningService;

  constructor(options: HarnessOptions) {
    this.zone = options.zone;
    this.clock = new FakeClock(options.startWall);
    this.scheduler = new FakeScheduler(this.clock, options.behaviours);
    this.store = createMemoryLastOfferedStore(options.record);
    const base = morningConfigFrom(defaultSettings);
    this.config = { ...base, schedule: { ...base.schedule, ...options.morning } };
    this.start();
  }

  /** Starts the app (again): a new service on the same store, as after a restart. */
  start(): void {
    this.service = createMorningService({
      clock: this.clock,
      timers: this.clock,
      scheduler: this.scheduler,
      power: this.power,
      store: this.store,
      prompt: this.prompt,
      getConfig: () => this.config,
      startRoutine: (routineId) => this.started.push(routineId),
      busy: { isBusy: () => this.busy },
      timeZone: () => this.zone,
      onEvent: (event) => {
        this.events.push(event);
        this.zonesAtEvents.push(this.zone);
      },
    });
  }

  restart(): void {
    this.service.dispose();
    this.start();
  }

  /** Time passes with the machine awake: timers and scheduled jobs run on the way. */
  advanceTo(wall: number): void {
    this.clock.advance(Math.max(0, wall - this.clock.now()));
  }

  /** The machine sleeps until `wall` (no timer runs meanwhile) and wakes. */
  sleepUntil(wall: number): void {
    this.power.emit('suspend');
    this.clock.setWall(wall);
    this.power.emit('resume');
  }

  /** The wall clock is set to `wall`, and main notices. */
  setClock(wall: number): void {
    this.clock.setWall(wall);
    this.service.onClockChanged();
  }

  /** The machine moves to `zone`, and main notices. */
  moveTo(zone: string): void {
    this.zone = zone;
    this.service.onTimeZoneChanged();
  }

  input(): void {
    this.service.onUserInput();
  }

  answer(answer: MorningAnswer): void {
    this.service.answer(answer);
  }

  reconfigure(morning: Partial<MorningConfig['schedule']>): void {
    this.config = { ...this.config, schedule: { ...this.config.schedule, ...morning } };
    this.service.reconfigure();
  }

  /** Every offer made so far, across restarts. */
  offers(): Extract<MorningEvent, { type: 'offered' }>[] {
    return this.events.filter((event) => event.type === 'offered');
  }
}

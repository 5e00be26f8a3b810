import type { Clock, Dispose } from '@shared/time/clock';

import type { IdlePort } from '../../src-main/platform/idle-port';
import type { NotificationRequest, NotifierPort } from '../../src-main/platform/notifier-port';
import type { PowerEvent, PowerPort } from '../../src-main/platform/power-port';

/**
 * The user's hands, as the OS idle counter sees them: typing (idle reads `typingReadsS`) or not
 * since some moment (idle grows with the clock). Tests say when the user sits down and gets up;
 * the services read it whenever they choose to sample, as they would read powerMonitor.
 */
export class FakeIdleSource implements IdlePort {
  /** Monotonic time of the last input; null while the user is typing right now. */
  #lastInputMono: number | null = null;
  /** Monotonic times of every reading: each is a call into the OS. */
  readonly readsAt: number[] = [];

  /**
   * @param typingReadsS what a typing user's idle time reads: someone typing is rarely at 0
   *   exactly, which tells a live counter from one stuck at 0. @default 0
   */
  constructor(
    private readonly clock: Pick<Clock, 'monotonic'>,
    private readonly typingReadsS = 0,
  ) {}

  /** How many times the services read the idle time. */
  get reads(): number {
    return this.readsAt.length;
  }

  idleSeconds(): number {
    this.readsAt.push(this.clock.monotonic());
    if (this.#lastInputMono === null) return this.typingReadsS;
    return Math.floor((this.clock.monotonic() - this.#lastInputMono) / 1000);
  }

  /** Whether the user is at the keyboard right now (not since `stopInput`). */
  get typingNow(): boolean {
    return this.#lastInputMono === null;
  }

  /** The user is at the keyboard from now on: every reading is `typingReadsS`. */
  typing(): void {
    this.#lastInputMono = null;
  }

  /** The user's last input is now (they got up, or sit reading): idle grows from here. */
  stopInput(): void {
    this.#lastInputMono = this.clock.monotonic();
  }
}

/** Sleep, wake, lock and unlock, as a test announces them. */
export class FakePowerEvents implements PowerPort {
  readonly #listeners = new Set<(event: PowerEvent) => void>();

  subscribe(listener: (event: PowerEvent) => void): Dispose {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The OS reports `event` now. */
  emit(event: PowerEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }
}

/** One notification as the user would have seen it. */
export interface RecordedNotification extends NotificationRequest {
  /** False once main took it away again. */
  open: boolean;
}

/** Records native notifications instead of showing them; a test can click one. */
export class FakeNotifier implements NotifierPort {
  readonly shown: RecordedNotification[] = [];

  show(notification: NotificationRequest): Dispose {
    const recorded: RecordedNotification = { ...notification, open: true };
    this.shown.push(recorded);
    return () => {
      recorded.open = false;
    };
  }

  /** The notifications still on screen. */
  open(): RecordedNotification[] {
    return this.shown.filter((n) => n.open);
  }
}

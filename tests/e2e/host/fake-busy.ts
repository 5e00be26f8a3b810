import { DETECTED_KINDS, type DetectedKind, type Signal } from '@shared/quiet/signal';

import type { BusyDetector } from '../../../src-main/quiet/quiet-ports';

/**
 * The "Quiet when…" detectors as a test sets them: each kind answers what `set` last said
 * (no by default), at once, on the host's platform. Main's real gate asks them, with its real
 * freshness and deadlines, exactly as it asks the OS detectors in the app.
 */
export class FakeBusy {
  readonly #answers = new Map<DetectedKind, Signal>();
  /** How many times main asked each kind: the gate asks only when it matters. */
  readonly asked = new Map<DetectedKind, number>();

  constructor(initial: Partial<Record<DetectedKind, Signal>> = {}) {
    for (const kind of DETECTED_KINDS) this.#answers.set(kind, initial[kind] ?? { state: 'no' });
  }

  /** From now on, `kind`'s detector answers `signal`. */
  set(kind: DetectedKind, signal: Signal): void {
    this.#answers.set(kind, signal);
  }

  /** What createMainRuntime takes as `busyDetectors`. */
  readonly detectorsFor = (kinds: readonly DetectedKind[]): readonly BusyDetector[] =>
    kinds.map((kind) => ({
      kind,
      platform: 'linux',
      detect: () => {
        this.asked.set(kind, (this.asked.get(kind) ?? 0) + 1);
        return Promise.resolve(this.#answers.get(kind) ?? { state: 'no' });
      },
    }));
}

import type { Answers, DetectedKind, Signal } from '@shared/quiet/signal';
import { unknown } from '@shared/quiet/signal';
import type { Timers } from '@shared/time/clock';

import type { BusyDetector } from './quiet-ports';

export interface DetectAllOptions {
  /** No decision waits longer than this for a detector. @default 2000 */
  timeoutMs?: number;
  timers: Timers;
}

/**
 * Asks every detector at once and answers within `timeoutMs`, whatever they do. A detector that
 * hangs is aborted at the deadline and answers unknown; one that throws answers unknown with its
 * message. Two detectors for one kind (none today) would combine: yes wins, then no.
 */
export async function detectAll(
  detectors: readonly BusyDetector[],
  options: DetectAllOptions,
): Promise<Answers> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const results = await Promise.all(
    detectors.map(
      async (detector) => [detector.kind, await ask(detector, timeoutMs, options.timers)] as const,
    ),
  );
  const answers: Answers = {};
  for (const [kind, signal] of results) answers[kind] = combine(answers[kind], signal);
  return answers;
}

function ask(detector: BusyDetector, timeoutMs: number, timers: Timers): Promise<Signal> {
  const controller = new AbortController();
  return new Promise<Signal>((resolve) => {
    let settled = false;
    const settle = (signal: Signal) => {
      if (settled) return;
      settled = true;
      cancelTimer();
      resolve(signal);
    };
    const cancelTimer = timers.setTimeout(() => {
      controller.abort();
      settle(
        unknown(`${describe(detector.kind)} check did not answer within ${timeoutMs / 1000} s`),
      );
    }, timeoutMs);
    let running: Promise<Signal>;
    try {
      running = detector.detect(controller.signal);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(settle, (error: unknown) =>
      settle(unknown(`${describe(detector.kind)} check failed: ${messageOf(error)}`)),
    );
  });
}

function combine(a: Signal | undefined, b: Signal): Signal {
  if (!a) return b;
  if (a.state === 'yes' || b.state === 'yes') return { state: 'yes' };
  if (a.state === 'no' || b.state === 'no') return { state: 'no' };
  return a;
}

const NAMES: Readonly<Record<DetectedKind, string>> = {
  camera: 'camera',
  microphone: 'microphone',
  screencast: 'screen sharing',
  fullscreen: 'full-screen',
  dnd: 'Do Not Disturb',
};

const describe = (kind: DetectedKind) => NAMES[kind];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { describe, expect, it } from 'vitest';

import { defaultQuietToggles, type QuietToggles } from '@shared/quiet/quiet-settings';
import { type DetectedKind, no, type Signal, yes } from '@shared/quiet/signal';
import type { Instant } from '@shared/sitting/types';

import { createQuietGate } from '../../../../src-main/quiet/quiet-gate';
import type { BusyDetector } from '../../../../src-main/quiet/quiet-ports';
import { FakeClock } from '../../../support/fake-clock';

const MIN = 60_000;
/** Lets the detectors' promises settle: no time passes on the fake clock. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

function gateWith(options: { toggles?: Partial<QuietToggles> } = {}) {
  const clock = new FakeClock();
  const signals: Partial<Record<DetectedKind, Signal | 'hang' | 'throw'>> = {};
  let asked = 0;
  let changes = 0;
  const detector = (kind: DetectedKind): BusyDetector => ({
    kind,
    platform: 'linux',
    detect: (abort) => {
      asked++;
      const answer = signals[kind] ?? no;
      if (answer === 'throw') return Promise.reject(new Error('pw-dump crashed'));
      if (answer === 'hang') {
        return new Promise((_resolve, reject) =>
          abort.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      }
      return Promise.resolve(answer);
    },
  });
  const toggles = { ...defaultQuietToggles, ...options.toggles };
  const gate = createQuietGate({
    clock,
    timers: clock,
    toggles: () => toggles,
    detectorsFor: (kinds) => kinds.map(detector),
    onChange: () => changes++,
  });
  const at = (): Instant => ({ wall: clock.now(), mono: clock.monotonic() });
  /** Asks as the sitting service would: now, and again whenever the gate says to look. */
  async function due(): Promise<'deliver' | 'held'> {
    let answer = gate.nudgeDue(at());
    await flush();
    if (answer === 'held') answer = gate.nudgeDue(at());
    return answer;
  }
  /** Lets `ms` pass, looking whenever the gate asks to, as the service's timer would. */
  async function waitAndLook(ms: number): Promise<'deliver' | 'held'> {
    const end = clock.monotonic() + ms;
    let answer: 'deliver' | 'held' = 'held';
    for (;;) {
      const next = gate.nextCheckAtMono();
      if (next === null || next > end) break;
      clock.advance(Math.max(0, next - clock.monotonic()));
      answer = await due();
      if (answer === 'deliver') return answer;
    }
    clock.advance(Math.max(0, end - clock.monotonic()));
    return answer;
  }
  return { clock, gate, signals, due, waitAndLook, asked: () => asked, changes: () => changes, at };
}

describe('the quiet gate', () => {
  it('with every "Quiet when…" switch off and no meeting, shows a due nudge at once, asking nothing', () => {
    const g = gateWith({
      toggles: {
        camera: false,
        microphone: false,
        screencast: false,
        fullscreen: false,
        dnd: false,
      },
    });
    expect(g.gate.nudgeDue(g.at())).toBe('deliver');
    expect(g.asked()).toBe(0);
  });

  it('holds a nudge through a call and shows it once, about 30 s after the camera goes off', async () => {
    const g = gateWith();
    g.signals.camera = yes;
    expect(await g.due()).toBe('held');
    expect(g.gate.holdText()).toBe('Holding your reminder: camera in use');
    // An hour-long call: looked at about once a minute, never shown.
    expect(await g.waitAndLook(60 * MIN)).toBe('held');
    const askedDuringCall = g.asked();
    expect(askedDuringCall).toBeGreaterThan(50 * 5);
    expect(askedDuringCall).toBeLessThan(70 * 5);
    g.signals.camera = no;
    expect(await g.waitAndLook(20_000)).toBe('held');
    expect(await g.waitAndLook(2 * MIN)).toBe('deliver');
    expect(g.gate.heldReasons()).toEqual(['camera']);
    expect(g.gate.nextCheckAtMono()).toBeNull();
  });

  it('a signal that flaps restarts the wait: one nudge after it calms down, not a burst', async () => {
    const g = gateWith();
    g.signals.screencast = yes;
    expect(await g.due()).toBe('held');
    g.signals.screencast = no;
    expect(await g.waitAndLook(65_000)).toBe('held');
    g.signals.screencast = yes;
    expect(await g.waitAndLook(15_000)).toBe('held');
    g.signals.screencast = no;
    expect(await g.waitAndLook(3 * MIN)).toBe('deliver');
    expect(g.gate.nextCheckAtMono()).toBeNull();
  });

  it('"In a meeting" for 30 minutes holds the nudge until it ends', async () => {
    const g = gateWith({
      toggles: {
        camera: false,
        microphone: false,
        screencast: false,
        fullscreen: false,
        dnd: false,
      },
    });
    g.gate.setMeeting({ minutes: 30 }, g.clock.now());
    expect(await g.due()).toBe('held');
    expect(g.gate.holdText()).toMatch(/meeting/i);
    expect(await g.waitAndLook(29 * MIN)).toBe('held');
    expect(await g.waitAndLook(3 * MIN)).toBe('deliver');
    expect(g.gate.heldReasons()).toEqual(['manual']);
  });

  it('a detector that hangs or throws counts as "no": the nudge comes within seconds', async () => {
    const g = gateWith();
    g.signals.camera = 'hang';
    g.signals.microphone = 'throw';
    expect(g.gate.nudgeDue(g.at())).toBe('held');
    await flush();
    g.clock.advance(2_000);
    await flush();
    expect(g.changes()).toBe(1);
    // Told that answers came, the service looks again: nothing can tell, so the nudge shows.
    expect(g.gate.nudgeDue(g.at())).toBe('deliver');
    expect(g.gate.answers().camera).toMatchObject({ state: 'unknown' });
    expect(g.gate.answers().microphone).toMatchObject({
      state: 'unknown',
      why: expect.stringContaining('pw-dump crashed'),
    });
  });

  it('a silent call is sitting: an absence that would be a break is capped while the microphone is on', async () => {
    const g = gateWith();
    g.signals.microphone = yes;
    const breakMs = 5 * MIN;
    const lastInput = g.clock.monotonic();
    g.clock.advance(6 * MIN);
    // Stale answers: the detectors are asked, and until they answer it counts as sitting.
    expect(g.gate.idleForTracker(360, lastInput, g.at(), breakMs)).toBeLessThan(300);
    expect(g.gate.asking()).toBe(true);
    await flush();
    expect(g.gate.asking()).toBe(false);
    expect(g.gate.idleForTracker(360, lastInput, g.at(), breakMs)).toBe(1);
    g.signals.microphone = no;
    g.clock.advance(10_000);
    g.gate.idleForTracker(370, lastInput, g.at(), breakMs);
    await flush();
    expect(g.gate.idleForTracker(370, lastInput, g.at(), breakMs)).toBe(370);
  });
});

import { describe, expect, it } from 'vitest';

import type { AsyncIdleSource, IdleReading } from '../../../../src-main/platform/wayland-idle';
import { createSittingHarness } from '../support/sitting-harness';

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Time passes a second at a time, with D-Bus replies arriving in between, as they would. */
async function pass(h: ReturnType<typeof createSittingHarness>, minutes: number) {
  for (let s = 0; s < minutes * 60; s++) {
    h.clock.advance(1_000);
    await flush();
  }
}

/** A desktop idle monitor (Mutter over D-Bus) that follows the user as the OS counter should. */
function desktopMonitor(
  h: ReturnType<typeof createSittingHarness>,
  answer?: () => Promise<IdleReading>,
) {
  const calls: number[] = [];
  const source: AsyncIdleSource = {
    name: 'GNOME (Mutter IdleMonitor)',
    read: () => {
      calls.push(h.minutesNow());
      if (answer) return answer();
      const idleS = lastInput === null ? 3 : Math.floor((h.clock.monotonic() - lastInput) / 1000);
      return Promise.resolve({ ok: true, idleS });
    },
  };
  let lastInput: number | null = null;
  return {
    source,
    calls,
    stopInput: () => (lastInput = h.clock.monotonic()),
    typing: () => (lastInput = null),
  };
}

/** Stuck at 0 (XWayland), with the desktop's monitor to fall back on. */
function stuckWith(answer?: () => Promise<IdleReading>) {
  const sources: AsyncIdleSource[] = [];
  const h = createSittingHarness({}, { typingReadsS: 0, idleSources: sources });
  h.user.idleSeconds = () => 0; // whatever the user does
  const monitor = desktopMonitor(h, answer);
  sources.push(monitor.source);
  return { h, monitor };
}

describe('sitting service: idle time from the desktop when the OS counter is stuck', () => {
  it('switches to the desktop monitor, says so, and notices breaks again', async () => {
    const { h, monitor } = stuckWith();
    expect(h.sitting.idleSource()).toBe('the system idle time');
    h.advanceMin(30);
    monitor.stopInput();
    h.power.emit('lock'); // the first lock shows the counter stuck…
    await pass(h, 3);
    expect(h.log.messages('info')).toContain('Idle time now read from GNOME (Mutter IdleMonitor)');
    expect(h.sitting.idleSource()).toBe('GNOME (Mutter IdleMonitor)');
    monitor.typing();
    h.power.emit('unlock');
    await flush();
    expect(h.sitting.status().idleDetection).toBe('ok');
    // …and a 10-minute coffee is a break again, read over D-Bus.
    await pass(h, 20);
    monitor.stopInput();
    await pass(h, 12);
    expect(h.sitting.status()).toMatchObject({ away: true, idleDetection: 'ok' });
    expect(monitor.calls.length).toBeGreaterThan(3);
  });

  it('a monitor that never answers is given up after 2 s: plain intervals, and the log says why', async () => {
    const { h } = stuckWith(() => new Promise<IdleReading>(() => {}));
    h.advanceMin(30);
    h.power.emit('lock');
    await pass(h, 3);
    h.clock.advance(2_000);
    await flush();
    expect(h.log.messages('warn')).toContain(
      'No desktop idle monitor answered (no answer in time): plain intervals',
    );
    expect(h.sitting.idleSource()).toBe('the system idle time');
    h.power.emit('unlock');
    expect(h.sitting.status().idleDetection).toBe('stuck');
  });

  it('a monitor that stops answering is dropped within 2 s, for the OS counter again', async () => {
    let broken = false;
    const { h, monitor } = stuckWith();
    const read = monitor.source.read.bind(monitor.source);
    monitor.source.read = (signal) => (broken ? new Promise<IdleReading>(() => {}) : read(signal));
    h.advanceMin(30);
    h.power.emit('lock');
    await pass(h, 3);
    h.power.emit('unlock');
    await flush();
    expect(h.sitting.idleSource()).toBe('GNOME (Mutter IdleMonitor)');
    broken = true;
    await pass(h, 6);
    expect(h.log.messages('warn')).toContain(
      'Idle time from GNOME (Mutter IdleMonitor) failed (no answer within 2 s); using the system idle time',
    );
    expect(h.sitting.idleSource()).toBe('the system idle time');
    // No decision waited on it for more than the 2 s: a timer is armed, reminders go on.
    expect(h.clock.pendingCount()).toBeGreaterThanOrEqual(1);
    h.advanceMin(45);
    expect(h.notifier.shown.length).toBeGreaterThanOrEqual(1);
  });
});

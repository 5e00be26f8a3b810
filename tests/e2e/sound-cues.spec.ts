import { audioProbeScript, audioStates, cueStarts } from './host/audio-probe';
import { expect, test } from './host/fixture';
import { findStep, justAfterMs, startMorningFromTray } from './host/flows';

test.use({ hostOptions: { initScripts: [audioProbeScript] } });

test('a chime marks each hold start and the switch of sides, until sound cues are turned off', async ({
  page,
  host,
}) => {
  const player = await startMorningFromTray(host, page);
  const firstHold = findStep(host, (s) => s.kind === 'hold' && s.side === 'right');
  const switchSides = findStep(host, (s) => s.kind === 'switch');
  const secondHold = findStep(host, (s) => s.kind === 'hold' && s.side === 'left');
  // Getting into position is quiet: the first chime means "hold now".
  expect(await cueStarts(page)).toBe(0);

  await host.advance(firstHold.startMs + justAfterMs);
  const atHoldStart = await cueStarts(page);
  expect(atHoldStart).toBeGreaterThan(0);
  // Once the chime has faded (on the audio clock, which runs in real time), the audio sleeps.
  await expect.poll(() => audioStates(page), { timeout: 5000 }).toEqual(['suspended']);

  await host.advance(switchSides.startMs - firstHold.startMs);
  // The side shown changes only once the left hold begins: during the switch it is still right.
  await expect(player.sideLabel('Right leg')).toBeVisible();
  const atSwitch = await cueStarts(page);
  expect(atSwitch).toBeGreaterThan(atHoldStart);

  await player.soundOn.click();
  await expect(player.soundOff).toBeVisible();
  await host.settle();
  expect(host.runtime.settings.get().cues.soundEnabled).toBe(false);

  // The left-side hold starts and ends, and the next stretch begins: silence throughout.
  await host.advance(secondHold.startMs + secondHold.durationMs + 20_000 - switchSides.startMs);
  expect(await cueStarts(page)).toBe(atSwitch);

  // And back on, the chimes return.
  await player.soundOff.click();
  await host.settle();
  const next = findStep(
    host,
    (s) => s.kind === 'hold' && s.stretchIndex === 1 && s.side === 'left',
  );
  await host.advance(
    next.startMs + justAfterMs - host.runtime.session.snapshot()!.player.positionMs,
  );
  expect(await cueStarts(page)).toBeGreaterThan(atSwitch);
  // The same context woke for the chime: it is never replaced while it works.
  expect(await audioStates(page)).toHaveLength(1);
});

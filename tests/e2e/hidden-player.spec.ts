import { expect, test } from '@playwright/test';

import { createAppHost } from './host/app-host';
import { findStep, justAfterMs, startMorningFromTray } from './host/flows';
import { timerCalls, timerProbeScript } from './host/timer-probe';
import { launchHideableBrowser, setWindowHidden } from './host/window-visibility';

test('a hidden player asks for no timer or frame, and shows the right step the moment it is shown', async () => {
  const browser = await launchHideableBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 480, height: 640 });
    const host = await createAppHost(page, { initScripts: [timerProbeScript] });
    const player = await startMorningFromTray(host, page);
    const rightHold = findStep(host, (s) => s.kind === 'hold' && s.side === 'right');
    const leftHold = findStep(host, (s) => s.kind === 'hold' && s.side === 'left');
    await host.advance(rightHold.startMs + justAfterMs);
    await expect(player.sideLabel('Right leg')).toBeVisible();

    // Shown and running, the countdown arms a timer for each second: the probe sees them.
    const shown = await timerCalls(page);
    await host.advance(3000);
    expect((await timerCalls(page)).setTimeout).toBeGreaterThan(shown.setTimeout);

    await setWindowHidden(page, true);
    const hidden = await timerCalls(page);
    // Hidden through the rest of the right side, the switch, and into the left side.
    const intoLeftMs = 5000;
    const positionMs = host.runtime.session.snapshot()?.player.positionMs ?? 0;
    await host.advance(leftHold.startMs + intoLeftMs - positionMs);
    expect(await timerCalls(page)).toEqual(hidden);

    // Shown again, without any time passing: already on the left side, at the right second.
    await setWindowHidden(page, false);
    await host.settle();
    await expect(player.sideLabel('Left leg')).toBeVisible();
    expect(await player.secondsLeft()).toBe(Math.ceil((leftHold.durationMs - intoLeftMs) / 1000));
    expect(host.problems, 'page errors, CSP violations or bad events').toEqual([]);
  } finally {
    await browser.close();
  }
});

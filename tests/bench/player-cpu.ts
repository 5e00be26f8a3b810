import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';

import launchConfig from '../../playwright.config';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';
import { type AppHost, createAppHost } from '../e2e/host/app-host';
import { audioProbeScript, audioStates, keepAudioRunningScript } from '../e2e/host/audio-probe';
import { playerUrl, testOrigin } from '../e2e/host/paths';
import { playerPage } from '../e2e/host/player-page';
import { serveStatic } from '../e2e/host/static-server';
import { formatTable, median } from './stats';

const rounds = 3;
/** Real time each figure is averaged over. */
const windowMs = 4000;
/** A chime's notes fade for about 1.3 s: by then the context has gone to sleep, or not. */
const settleMs = 2000;

/** CPU time so far, in ms, of the browser's renderers and of its audio service, by kind. */
interface CpuSample {
  renderer: number;
  audio: number;
  /**
   * The page's main-thread task time, as CDP Performance.getMetrics reports it. It is wall time
   * spent in tasks, so it grows when the machine is busy, and it never sees the audio threads.
   */
  tasks: number;
}

/** Cumulative CPU of one process over all its threads, in ms, from the kernel's ns counters. */
function processCpuMs(pid: number, fallbackS: number): number {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
      ns += Number(fields[0]);
    }
    return ns / 1e6;
  } catch {
    // No /proc (not Linux): CDP's own figure, counted in scheduler ticks.
    return fallbackS * 1000;
  }
}

interface ProcessInfo {
  type: string;
  id: number;
  cpuTime: number;
}

/**
 * Reads CPU the way the operating system would bill it. CDP's SystemInfo names the processes:
 * the renderers (one page is open at a time, so they are all this page's) and the audio
 * service, where a running AudioContext also costs. CDP's task time (main thread only, wall
 * time) misses the audio threads entirely, so it is printed beside, not used for the targets.
 */
async function sample(browserCdp: CDPSession, pageCdp: CDPSession): Promise<CpuSample> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: ProcessInfo[];
  };
  const cpu = (match: (type: string) => boolean) =>
    processInfo
      .filter((p) => match(p.type))
      .reduce((sum, p) => sum + processCpuMs(p.id, p.cpuTime), 0);
  const { metrics } = await pageCdp.send('Performance.getMetrics');
  const taskS = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  return {
    renderer: cpu((type) => type === 'renderer'),
    audio: cpu((type) => type.includes('Audio')),
    tasks: taskS * 1000,
  };
}

type Rate = CpuSample;

/** CPU per second of real time over the next window. */
async function measure(browserCdp: CDPSession, page: Page): Promise<Rate> {
  const pageCdp = await page.context().newCDPSession(page);
  await pageCdp.send('Performance.enable');
  const before = await sample(browserCdp, pageCdp);
  const startedAt = performance.now();
  await page.waitForTimeout(windowMs);
  const after = await sample(browserCdp, pageCdp);
  const seconds = (performance.now() - startedAt) / 1000;
  await pageCdp.detach();
  return {
    renderer: (after.renderer - before.renderer) / seconds,
    audio: (after.audio - before.audio) / seconds,
    tasks: (after.tasks - before.tasks) / seconds,
  };
}

/** The morning routine, in the player, moved on to its first hold (which rings a chime). */
async function playerAtHold(page: Page, keepAudioRunning: boolean): Promise<AppHost> {
  const initScripts = keepAudioRunning ? [keepAudioRunningScript] : [];
  const host = await createAppHost(page, {
    realTime: true,
    initScripts: [audioProbeScript, ...initScripts],
  });
  host.runtime.settings.update({ safetyNoteAcknowledged: true });
  host.runtime.actions.startMorningRoutine();
  // Not host.openPlayer() or host.settle(): those drive Playwright's page clock, whose own
  // 100 ms timer would be measured as the player's.
  host.windows.isOpen = true;
  await page.goto(playerUrl);
  for (let skips = 0; skips < 10 && currentStepKind(host) !== 'hold'; skips++) {
    host.runtime.session.control('next');
  }
  if (currentStepKind(host) !== 'hold') throw new Error('the morning routine reached no hold');
  await page.waitForFunction(() => (window as unknown as Probe).__limberCueStarts > 0);
  return host;
}

interface Probe {
  __limberCueStarts: number;
}

function currentStepKind(host: AppHost): string | undefined {
  const snapshot = host.runtime.session.snapshot();
  const at = snapshot?.player.positionMs ?? 0;
  return snapshot?.timeline.steps.find((s) => at >= s.startMs && at < s.startMs + s.durationMs)
    ?.kind;
}

interface PlayerRates {
  hold: Rate;
  paused: Rate;
  /** What the page's AudioContext was doing while paused, as a check on the setup. */
  audioWhilePaused: string;
}

async function measurePlayer(
  browser: Browser,
  browserCdp: CDPSession,
  keepAudioRunning: boolean,
): Promise<PlayerRates> {
  const context = await browser.newContext({ viewport: { width: 480, height: 640 } });
  try {
    const page = await context.newPage();
    const host = await playerAtHold(page, keepAudioRunning);
    await page.waitForTimeout(settleMs);
    const hold = await measure(browserCdp, page);
    host.runtime.session.control('pause');
    await playerPage(page).resume.waitFor();
    await page.waitForTimeout(settleMs);
    const paused = await measure(browserCdp, page);
    const audioWhilePaused = (await audioStates(page)).join(', ') || 'none';
    return { hold, paused, audioWhilePaused };
  } finally {
    await context.close();
  }
}

async function measureStatic(browser: Browser, browserCdp: CDPSession, dir: string) {
  const context = await browser.newContext({ viewport: { width: 480, height: 640 } });
  try {
    const page = await context.newPage();
    await serveStatic(page, { origin: testOrigin, rootDir: dir, csp: CONTENT_SECURITY_POLICY });
    await page.goto(`${testOrigin}/index.html`);
    await page.waitForTimeout(settleMs);
    return await measure(browserCdp, page);
  } finally {
    await context.close();
  }
}

const perSecond = (value: number): string => `${value.toFixed(1)} ms/s`;

/**
 * The player renderer's CPU time a second during a hold and while paused, beside a static
 * page and beside the player as it was (its AudioContext never suspended), interleaved in
 * one browser so a machine that slows down mid-run slows every series alike.
 */
export async function printPlayerCpu(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-cpu-'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Static</title></head>' +
      '<body><h1>Hip flexor stretch</h1></body></html>',
  );
  const browser = await chromium.launch(launchConfig.use?.launchOptions);
  const series = {
    static: [] as Rate[],
    now: [] as PlayerRates[],
    before: [] as PlayerRates[],
  };
  try {
    const browserCdp = await browser.newBrowserCDPSession();
    for (let round = 0; round < rounds; round++) {
      series.static.push(await measureStatic(browser, browserCdp, dir));
      series.now.push(await measurePlayer(browser, browserCdp, false));
      series.before.push(await measurePlayer(browser, browserCdp, true));
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }

  const row = (label: string, rates: Rate[], audioState = '') => {
    const pick = (key: keyof Rate) => median(rates.map((r) => r[key]));
    return [
      label,
      perSecond(pick('renderer')),
      perSecond(pick('renderer') + pick('audio')),
      perSecond(pick('tasks')),
      audioState,
    ];
  };
  const staticRenderer = median(series.static.map((r) => r.renderer));
  const pausedRenderer = median(series.now.map((r) => r.paused.renderer));
  const holdRenderer = median(series.now.map((r) => r.hold.renderer));
  console.log(
    `\nPlayer renderer CPU, Chromium, median of ${rounds} rounds of ${windowMs / 1000} s` +
      ' (all threads, from /proc; processes named by CDP SystemInfo)\n',
  );
  console.log(
    formatTable([
      ['page', 'renderer', '+ audio service', 'CDP TaskDuration', 'audio while paused'],
      row(
        'player, hold',
        series.now.map((r) => r.hold),
      ),
      row(
        'player, paused',
        series.now.map((r) => r.paused),
        series.now[0]?.audioWhilePaused,
      ),
      row(
        'before: context never suspended, hold',
        series.before.map((r) => r.hold),
      ),
      row(
        'before: context never suspended, paused',
        series.before.map((r) => r.paused),
        series.before[0]?.audioWhilePaused,
      ),
      row('static one-line page', series.static),
    ]),
  );
  const ratio = (pausedRenderer / staticRenderer).toFixed(2);
  const over = perSecond(pausedRenderer - staticRenderer);
  console.log(
    `\nTargets: paused at most 1.2× the static page (now ${ratio}×, ${over} above it),` +
      ` hold at most 10 ms/s (now ${perSecond(holdRenderer)}).`,
  );
}

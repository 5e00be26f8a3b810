import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
} from '@playwright/test';

import launchConfig from '../../playwright.config';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/csp';
import { type AppHost, createAppHost } from '../e2e/host/app-host';
import { audioProbeScript, audioStates, keepAudioRunningScript } from '../e2e/host/audio-probe';
import { playerUrl, rendererDir, testOrigin } from '../e2e/host/paths';
import { playerPage } from '../e2e/host/player-page';
import { serveStatic } from '../e2e/host/static-server';
import { formatTable, median } from './stats';

const rounds = 3;
/** Real time each figure is averaged over. */
const windowMs = 10_000;
/** A chime's notes fade for about 1.3 s; a static page has painted and gone idle by then. */
const loadSettleMs = 2000;
/**
 * After a pause the player's AudioContext sleeps a few seconds later. This stretch is measured
 * on its own ("first 8 s after pause"), so the settling shows instead of being averaged away.
 * V8's memory reducer also collects the hold's garbage once the page has gone idle, about 30 s
 * after it loaded: one or two major GCs of some 30 ms each, which can land in the paused window.
 */
const pauseSettleMs = 8000;
/**
 * By then the memory reducer is done: what a player left paused costs from there on. That clean-up
 * runs once, about 30 s after any page loads, paused or not, so the paused target is read here,
 * over a longer window, because at well under 1 ms/s a single stray wakeup moves a 10 s figure.
 */
const longPauseMs = 40_000;
const steadyWindowMs = 20_000;
/**
 * How old the player's page is when its long pause is measured: settled, one hold window, then
 * the pause. The static pages are measured at the same age. A page's own housekeeping depends
 * on its age: measured here, even a one-line page costs about 0.1 ms/s 2–22 s after loading,
 * 0.7 over the memory reducer near 30 s, and 0.1 to 0.2 after, so a baseline read in its first
 * seconds would be compared with a player read a minute later.
 */
const pausedPageAgeMs = loadSettleMs + windowMs + longPauseMs;

/** CPU time so far, in ms, of the page's renderer process and of the audio service. */
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

interface TraceEvent {
  name: string;
  args?: { data?: { frames?: TraceFrame[] } };
}

interface TraceFrame {
  processId: number;
  url: string;
  parent?: string;
  isOutermostMainFrame?: boolean;
}

/**
 * The pid of the renderer that draws `page`. Chromium runs more renderers than pages (a spare
 * one kept warm, one for its own UI), so counting every renderer counts work that is not the
 * page's. A trace's first event lists the open frames with their processes.
 */
async function rendererPidOf(browser: Browser, page: Page): Promise<number> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  const trace = JSON.parse((await browser.stopTracing()).toString()) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames;
  const main = frames?.find(
    (f) => f.url === page.url() && (f.isOutermostMainFrame ?? f.parent === undefined),
  );
  if (!main) throw new Error(`no renderer process found for ${page.url()}`);
  return main.processId;
}

/**
 * Reads CPU the way the operating system would bill it: the page's own renderer process, and
 * the audio service, where a running AudioContext also costs (named by CDP's SystemInfo).
 * CDP's task time (main thread only, wall time) misses the audio threads entirely, so it is
 * printed beside, not used for the targets.
 */
async function sample(
  browserCdp: CDPSession,
  pageCdp: CDPSession,
  rendererPid: number,
): Promise<CpuSample> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: ProcessInfo[];
  };
  const cpu = (processes: ProcessInfo[]) =>
    processes.reduce((sum, p) => sum + processCpuMs(p.id, p.cpuTime), 0);
  const { metrics } = await pageCdp.send('Performance.getMetrics');
  const taskS = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const renderer = processInfo.find((p) => p.id === rendererPid);
  return {
    renderer: processCpuMs(rendererPid, renderer?.cpuTime ?? Number.NaN),
    audio: cpu(processInfo.filter((p) => p.type.includes('Audio'))),
    tasks: taskS * 1000,
  };
}

type Rate = CpuSample;

/** What a page costs a second of real time over the next `ms`. */
interface Meter {
  measure(ms?: number): Promise<Rate>;
}

async function meterFor(browser: Browser, browserCdp: CDPSession, page: Page): Promise<Meter> {
  const rendererPid = await rendererPidOf(browser, page);
  return {
    async measure(ms = windowMs) {
      const pageCdp = await page.context().newCDPSession(page);
      await pageCdp.send('Performance.enable');
      const before = await sample(browserCdp, pageCdp, rendererPid);
      const startedAt = performance.now();
      await page.waitForTimeout(ms);
      const after = await sample(browserCdp, pageCdp, rendererPid);
      const seconds = (performance.now() - startedAt) / 1000;
      await pageCdp.detach();
      return {
        renderer: (after.renderer - before.renderer) / seconds,
        audio: (after.audio - before.audio) / seconds,
        tasks: (after.tasks - before.tasks) / seconds,
      };
    },
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
  /** The first seconds after the pause, while the chime's AudioContext goes to sleep. */
  settling: Rate;
  paused: Rate;
  /** Paused for a while, once V8 has tidied up after the hold (for the player as it is only). */
  longPaused?: Rate;
  /** What the page's AudioContext was doing while paused, as a check on the setup. */
  audioWhilePaused: string;
  /** The paused player's page with its scripts taken out: the same picture, frozen. */
  frozenHtml: string;
  /** How long the page had been loaded when the long pause was measured. */
  longPausedAgeMs?: number;
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
    const loadedAt = performance.now();
    const meter = await meterFor(browser, browserCdp, page);
    await page.waitForTimeout(loadSettleMs);
    const hold = await meter.measure();
    host.runtime.session.control('pause');
    await playerPage(page).resume.waitFor();
    const pausedAt = performance.now();
    const settling = await meter.measure(pauseSettleMs);
    const paused = await meter.measure();
    let longPaused: Rate | undefined;
    let longPausedAgeMs: number | undefined;
    if (!keepAudioRunning) {
      await page.waitForTimeout(longPauseMs - (performance.now() - pausedAt));
      longPausedAgeMs = performance.now() - loadedAt;
      longPaused = await meter.measure(steadyWindowMs);
    }
    const audioWhilePaused = (await audioStates(page)).join(', ') || 'none';
    const frozenHtml = frozen(await page.content());
    return { hold, settling, paused, longPaused, audioWhilePaused, frozenHtml, longPausedAgeMs };
  } finally {
    await context.close();
  }
}

/**
 * The page without its code: same DOM, styles, fonts and layers, nothing left to run. The one
 * inline style (the progress bar's fill) is refused by the CSP, as it would be for any page
 * served with it, so the bar shows full; a static bar costs the same at any width.
 */
function frozen(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '');
}

/**
 * A page with nothing to do, served with the app's CSP, on its own in the browser, measured at
 * the age the paused player is.
 */
async function measureStatic(
  browser: Browser,
  browserCdp: CDPSession,
  url: string,
  serve: (context: BrowserContext) => Promise<void>,
): Promise<Rate> {
  const context = await browser.newContext({ viewport: { width: 480, height: 640 } });
  try {
    await serve(context);
    const page = await context.newPage();
    await page.goto(url);
    const loadedAt = performance.now();
    const meter = await meterFor(browser, browserCdp, page);
    await page.waitForTimeout(pausedPageAgeMs - (performance.now() - loadedAt));
    return await meter.measure(steadyWindowMs);
  } finally {
    await context.close();
  }
}

/** The paused player's page, frozen, at the player's own address, beside its styles and fonts. */
async function serveFrozenPlayer(context: BrowserContext, html: string): Promise<void> {
  await serveStatic(context, {
    origin: testOrigin,
    rootDir: rendererDir,
    csp: CONTENT_SECURITY_POLICY,
  });
  // Registered last, so it answers before the files do.
  await context.route(playerUrl, (route) =>
    route.fulfill({
      status: 200,
      body: html,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    }),
  );
}

const perSecond = (value: number): string => `${value.toFixed(1)} ms/s`;

/**
 * The player renderer's CPU time a second during a hold and while paused, beside the paused
 * player's own page frozen (no scripts), a one-line static page, and the player as it was (its
 * AudioContext never suspended), interleaved in one browser so a machine that slows down
 * mid-run slows every series alike.
 */
export async function printPlayerCpu(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-cpu-'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Static</title></head>' +
      '<body><h1>Hip flexor stretch</h1></body></html>',
  );
  const serveOneLine = (context: BrowserContext) =>
    serveStatic(context, { origin: testOrigin, rootDir: dir, csp: CONTENT_SECURITY_POLICY });
  const browser = await chromium.launch(launchConfig.use?.launchOptions);
  const series = {
    oneLine: [] as Rate[],
    frozen: [] as Rate[],
    now: [] as PlayerRates[],
    before: [] as PlayerRates[],
  };
  try {
    const browserCdp = await browser.newBrowserCDPSession();
    for (let round = 0; round < rounds; round++) {
      series.oneLine.push(
        await measureStatic(browser, browserCdp, `${testOrigin}/index.html`, serveOneLine),
      );
      const now = await measurePlayer(browser, browserCdp, false);
      series.now.push(now);
      series.frozen.push(
        await measureStatic(browser, browserCdp, playerUrl, (context) =>
          serveFrozenPlayer(context, now.frozenHtml),
        ),
      );
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
  const frozenRenderer = median(series.frozen.map((r) => r.renderer));
  const oneLineRenderer = median(series.oneLine.map((r) => r.renderer));
  const pausedRenderer = median(series.now.map((r) => r.paused.renderer));
  const holdRenderer = median(series.now.map((r) => r.hold.renderer));
  const longPausedRenderer = median(series.now.map((r) => r.longPaused?.renderer ?? Number.NaN));
  console.log(
    `\nPlayer renderer CPU, Chromium, median of ${rounds} rounds of ${windowMs / 1000} s` +
      ` (${steadyWindowMs / 1000} s for the long pause and the static pages, both from` +
      ` ${pausedPageAgeMs / 1000} s after their page loaded)` +
      ` (the page's own renderer process, all threads, from /proc; its pid from a trace)\n`,
  );
  console.log(
    formatTable([
      ['page', 'renderer', '+ audio service', 'CDP TaskDuration', 'audio while paused'],
      row(
        'player, hold',
        series.now.map((r) => r.hold),
      ),
      row(
        `player, first ${pauseSettleMs / 1000} s after pause`,
        series.now.map((r) => r.settling),
      ),
      row(
        `player, paused ${pauseSettleMs / 1000}–${(pauseSettleMs + windowMs) / 1000} s after pause` +
          ' (V8 clean-up)',
        series.now.map((r) => r.paused),
      ),
      row(
        `player, paused ${longPauseMs / 1000}–${(longPauseMs + steadyWindowMs) / 1000} s after pause`,
        series.now.flatMap((r) => (r.longPaused ? [r.longPaused] : [])),
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
      row('static: the paused player, frozen (no scripts)', series.frozen),
      row('static one-line page', series.oneLine),
    ]),
  );
  const ratio = (pausedRenderer / frozenRenderer).toFixed(2);
  const playerAgeS = median(series.now.map((r) => r.longPausedAgeMs ?? Number.NaN)) / 1000;
  const over = perSecond(longPausedRenderer - frozenRenderer);
  const oneLineRatio = (longPausedRenderer / oneLineRenderer).toFixed(2);
  const longRatio = (longPausedRenderer / frozenRenderer).toFixed(2);
  console.log(
    `\nTargets: paused at most 1.2× the static page (now ${longRatio}× the frozen player` +
      ` ${longPauseMs / 1000}–${(longPauseMs + steadyWindowMs) / 1000} s after pause` +
      ` (the player's page ${playerAgeS.toFixed(1)} s old), ${over} above it,` +
      ` ${oneLineRatio}× the one-line page; ${ratio}× the frozen player in the window that` +
      ` V8's one-off clean-up falls in), hold at most 10 ms/s (now ${perSecond(holdRenderer)}).`,
  );
}

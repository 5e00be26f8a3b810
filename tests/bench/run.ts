/**
 * `npm run bench`: how often main wakes up over a scripted workday, how fast a year of history
 * turns into stats and how big its file is, how fast main starts, how heavy each window's code
 * is and how fast the player paints, each next to a comparison measured in the same run on the same machine. Figures
 * only; nothing passes or fails (the wakeup budget has a unit test).
 */
import { chromium } from '@playwright/test';

import launchConfig from '../../playwright.config';
import { bundleBridge } from '../e2e/host/global-setup';
import { rendererDir } from '../e2e/host/paths';
import { printRendererBundle } from './bundle-size';
import { printHistoryBench } from './history-bench';
import { printMainStart } from './main-start';
import { createStaticBaseline, playerPaint } from './paint-time';
import { printPlayerCpu } from './player-cpu';
import { formatTable, median, ms, percentile } from './stats';
import { printWorkdayWakeups } from './workday-wakeups';

const paintRuns = 30;

async function measurePaints() {
  const browser = await chromium.launch(launchConfig.use?.launchOptions);
  const baseline = await createStaticBaseline();
  const firstPaint: number[] = [];
  const routine: number[] = [];
  const floor: number[] = [];
  try {
    // Interleaved, so a machine that slows down mid-run slows both series alike.
    for (let run = 0; run < paintRuns; run++) {
      const paint = await playerPaint(browser);
      firstPaint.push(paint.firstPaint);
      routine.push(paint.routineDrawn);
      floor.push(await baseline.paint(browser));
    }
  } finally {
    await baseline.dispose();
    await browser.close();
  }
  return { firstPaint, routine, floor };
}

async function main(): Promise<void> {
  await printWorkdayWakeups();
  printHistoryBench();
  printMainStart();

  await printRendererBundle(rendererDir);

  await bundleBridge();
  const { firstPaint, routine, floor } = await measurePaints();
  const row = (label: string, samples: number[]) => [
    label,
    ms(median(samples)),
    ms(percentile(samples, 0.9)),
    `${(median(samples) / median(floor)).toFixed(2)}×`,
  ];
  console.log(`\nFrom navigation, Chromium, ${paintRuns} runs each\n`);
  console.log(
    formatTable([
      ['page', 'median', 'p90', 'vs static'],
      row('Limber player: first paint (its Loading… line)', firstPaint),
      row('Limber player: first frame with the routine', routine),
      row('static one-line page: first paint', floor),
    ]),
  );
  await printPlayerCpu();
}

await main();

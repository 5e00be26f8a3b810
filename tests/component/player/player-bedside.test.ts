import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';

import { getRoutine, getStretch } from '@shared/content/catalog';
import { buildTimeline } from '@shared/routine';
import type { TimelineStep } from '@shared/routine/types';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { leaveOutPatch } from '../../../src-renderer/src/player/leave-out';
import { FakeMain } from '../support/fake-main';
import { ChimeRecorder, countdownText, FakeSpeech, renderPlayer } from '../support/render-player';

const piriformis = (kind: TimelineStep['kind'], side?: 'right' | 'left') => (step: TimelineStep) =>
  step.stretchId === 'piriformis' &&
  step.kind === kind &&
  (side === undefined || step.side === side);

const morningSteps = buildTimeline(getRoutine('morning-in-bed'), getStretch).steps;

/** The rest just before `stretchId`'s setup. */
const restBefore = (stretchId: string) => (step: TimelineStep) =>
  step.kind === 'rest' && morningSteps[step.index + 1]?.stretchId === stretchId;

const cues = (overrides: Partial<Settings['cues']>): Partial<Settings> => ({
  cues: { ...defaultSettings.cues, ...overrides },
});

/** Moves the fake clock a second at a time, letting the screen catch up after each. */
async function seconds(main: FakeMain, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    main.clock.advance(1_000);
    await tick();
  }
}

/** The stretch drawing in the player's scene. */
const drawing = () => screen.getByRole('main').querySelector('[role="img"]')!;

describe('PlayerView from a bed: the side', () => {
  it('names the working limb, and changes it only when the new side’s hold begins', async () => {
    const main = new FakeMain();
    main.startSession({
      routineId: 'morning-in-bed',
      at: piriformis('hold', 'right'),
      status: 'running',
    });
    await renderPlayer(main);
    expect(screen.getByText('Right leg')).toBeTruthy();

    await seconds(main, 31); // into the switch
    await screen.findByText('Next: Left leg');
    expect(screen.getByText('Right leg')).toBeTruthy();
    expect(screen.queryByText('Left leg')).toBeNull();
    // The drawing agrees with the label: still the right leg, marked R.
    expect(drawing().textContent?.trim()).toBe('R');

    await seconds(main, 10); // the left hold has begun
    await screen.findByText('Left leg');
    expect(screen.queryByText('Right leg')).toBeNull();
    expect(drawing().textContent?.trim()).toBe('L');
  });

  it('shows the next stretch, and what else it is called, during a rest', async () => {
    const main = new FakeMain();
    // The rest before the prone quad stretch, which has another name.
    main.startSession({
      routineId: 'morning-in-bed',
      at: restBefore('prone-quad'),
    });
    await renderPlayer(main);
    expect(screen.getByText('Up next')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lying quad stretch');
    expect(screen.getByText('also called Prone rectus femoris stretch')).toBeTruthy();
  });
});

describe('PlayerView from a bed: paused', () => {
  it('says "Paused" in large over the dimmed scene, and stops saying it on resume', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'desk-break', status: 'running' });
    await renderPlayer(main);
    expect(screen.queryByRole('status')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect((await screen.findByRole('status')).textContent).toBe('Paused');
    expect(screen.getByRole('main').classList.contains('paused')).toBe(true);

    await fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});

describe('PlayerView count-in and ticks', () => {
  it('counts 3, 2, 1 into a hold and ticks its last three seconds, on the clock', async () => {
    const main = new FakeMain();
    main.startSession({ routineId: 'morning-in-bed', at: piriformis('setup'), status: 'running' });
    // Each chime is written down with the countdown showing as it rings.
    const chimes = new ChimeRecorder(countdownText);
    await renderPlayer(main, { chimes });
    // 20 s setup (10 s, and 10 s more to lie down from standing), 30 s hold, into the switch
    await seconds(main, 51);

    expect(chimes.heard.map(({ cue, at }) => `${at} ${cue}`)).toEqual([
      '0:03 count',
      '0:02 count',
      '0:01 count',
      '0:30 hold-start',
      '0:03 tick',
      '0:02 tick',
      '0:01 tick',
      '0:08 switch', // piriformis takes 8 s to uncross and cross again
    ]);
  });

  it('leaves them out when the settings turn them off', async () => {
    const main = new FakeMain(cues({ countIn: false, ticks: false }));
    main.startSession({ routineId: 'morning-in-bed', at: piriformis('setup'), status: 'running' });
    const chimes = new ChimeRecorder(main.clock.monotonic);
    await renderPlayer(main, { chimes });
    await seconds(main, 51);
    expect(chimes.heard.map(({ cue }) => cue)).toEqual(['hold-start', 'switch']);
  });
});

describe('PlayerView spoken cues', () => {
  it('says the stretch and the side as the hold starts; only start and end by default', async () => {
    const main = new FakeMain(cues({ voice: true }));
    main.startSession({ routineId: 'morning-in-bed', at: piriformis('setup'), status: 'running' });
    const speech = new FakeSpeech();
    await renderPlayer(main, { speech });
    await seconds(main, 41);
    expect(speech.said).toEqual(['Piriformis stretch, right leg. Hold.']);
  });

  it('with every cue, also says to switch sides', async () => {
    const main = new FakeMain(cues({ voice: true, voiceDetail: 'everything' }));
    main.startSession({
      routineId: 'morning-in-bed',
      at: piriformis('hold', 'right'),
      status: 'running',
    });
    const speech = new FakeSpeech();
    await renderPlayer(main, { speech });
    await seconds(main, 41);
    expect(speech.said).toEqual(['Switch sides.', 'Piriformis stretch, left leg. Hold.']);
  });

  it('falls back to the chimes, silently, where the system has no voices', async () => {
    const main = new FakeMain(cues({ voice: true }));
    main.startSession({ routineId: 'morning-in-bed', at: piriformis('setup'), status: 'running' });
    const speech = new FakeSpeech(false);
    const chimes = new ChimeRecorder(main.clock.monotonic);
    await renderPlayer(main, { speech, chimes });
    await seconds(main, 21);
    expect(speech.said).toEqual([]);
    expect(chimes.heard.map(({ cue }) => cue)).toContain('hold-start');
  });
});

describe('PlayerView "This hurts"', () => {
  it('skips the stretch at once and can leave it out of the routine from now on', async () => {
    const main = new FakeMain();
    main.startSession({
      routineId: 'desk-break',
      at: (step) => step.stretchId === 'desk-hip-flexor' && step.kind === 'hold',
      status: 'running',
    });
    await renderPlayer(main);
    await fireEvent.click(screen.getByRole('button', { name: 'This hurts' }));

    const dialog = await screen.findByRole('dialog', { name: /^Skipped / });
    expect(dialog.textContent).toContain('Leave it out of Desk break from now on?');
    const keep = screen.getByRole('button', { name: 'Keep it in' });
    expect(document.activeElement).toBe(keep);
    await fireEvent.click(screen.getByRole('button', { name: 'Leave it out' }));

    await waitFor(() =>
      expect(main.settings.routines.deskBreak.stretchIds).toEqual([
        'desk-figure-four',
        'desk-cat-cow',
      ]),
    );
    await waitFor(() => expect(main.actions().at(-1)).toBe('resume'));
    expect(main.actions()[0]).toBe('pause');
    expect(main.player && 'positionMs' in main.player).toBe(true);
    expect(
      main.timeline?.steps.find((step) => step.startMs === main.player?.positionMs)?.stretchId,
    ).toBe('desk-figure-four');
  });

  it('never empties a routine: the last stretch of one stays', () => {
    const custom: Settings['routines']['custom'] = [
      { id: 'custom-hips', name: 'Hips only', stretchIds: ['piriformis'] },
      { id: 'custom-two', name: 'Two', stretchIds: ['piriformis', 'cat-cow'] },
    ];
    const settings = { ...defaultSettings, routines: { ...defaultSettings.routines, custom } };
    expect(leaveOutPatch(settings, 'custom-hips', 'piriformis')).toBeUndefined();
    expect(leaveOutPatch(settings, 'custom-two', 'piriformis')).toEqual({
      routines: { custom: [custom[0], { ...custom[1], stretchIds: ['cat-cow'] }] },
    });
  });
});

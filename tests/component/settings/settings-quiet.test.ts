import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { ok } from '@shared/ipc/result';
import type { QuietStatus } from '@shared/quiet/quiet-schema';
import { DETECTED_KINDS, type DetectedKind } from '@shared/quiet/signal';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import { QuietCheck, RECHECK_MS } from '../../../src-renderer/src/settings/quiet-check.svelte';
import { FakeTransport } from '../support/fake-transport';
import { ManualClock } from '../support/manual-clock';
import { openSection, renderSettings, SettingsMain } from '../support/settings-main';

type Seen = Omit<QuietStatus['signals'][number], 'kind' | 'enabled'>;

/**
 * Main's settings side plus its "Quiet when…" check: each detector answers what `seen` says,
 * and a switch that is off answers 'unchecked', as main's quietStatusFrom does.
 */
function quietMain(seen: Partial<Record<DetectedKind, Seen>> = {}) {
  const transport = new FakeTransport();
  const main = new SettingsMain(undefined, transport);
  transport.handle('checkQuiet', () => {
    const status: QuietStatus = {
      signals: DETECTED_KINDS.map((kind) => {
        const enabled = main.settings.quiet[kind];
        return {
          kind,
          enabled,
          ...(enabled ? (seen[kind] ?? { state: 'no' }) : { state: 'unchecked' }),
        };
      }),
      meeting: null,
    };
    return ok(status);
  });
  const checks = () => transport.payloadsOf(invokeChannels.checkQuiet).length;
  return { main, seen, checks };
}

/** The row of one switch: its label, and the live state beside it. */
const rowOf = (label: string) => screen.getByLabelText(label).closest('li') as HTMLElement;

describe('Quiet when…', () => {
  it('shows what Limber sees for each signal, and why when it cannot tell', async () => {
    const { main } = quietMain({
      camera: { state: 'yes' },
      screencast: { state: 'unknown', why: 'the screen-sharing portal did not answer' },
    });
    main.settings.quiet.dnd = false;
    await renderSettings(main);
    await openSection('Quiet when…');

    await waitFor(() =>
      expect(within(rowOf('My camera is on')).getByText('In use now')).toBeTruthy(),
    );
    expect(within(rowOf('My microphone is on')).getByText('Not now')).toBeTruthy();
    expect(
      within(rowOf("I'm sharing my screen")).getByText(
        "Can't tell: the screen-sharing portal did not answer",
      ),
    ).toBeTruthy();
    expect(within(rowOf('An app is full screen or presenting')).getByText('Not now')).toBeTruthy();
    expect(within(rowOf('Do Not Disturb or Focus is on')).getByText('Off')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Do Not Disturb or Focus is on').checked).toBe(
      false,
    );
    expect(screen.getByText(/"can't tell" never silences a reminder/)).toBeTruthy();
  });

  it('saves a switch and checks again at once, so the state beside it is current', async () => {
    const { main, checks } = quietMain({ camera: { state: 'yes' } });
    await renderSettings(main);
    await openSection('Quiet when…');
    const camera = screen.getByLabelText('My camera is on');
    await waitFor(() =>
      expect(within(rowOf('My camera is on')).getByText('In use now')).toBeTruthy(),
    );
    expect(checks()).toBe(1);

    await fireEvent.click(camera);
    await waitFor(() => expect(within(rowOf('My camera is on')).getByText('Off')).toBeTruthy());
    expect(main.patches).toEqual([{ quiet: { camera: false } }]);
    expect(checks()).toBe(2);

    await fireEvent.click(camera);
    await waitFor(() =>
      expect(within(rowOf('My camera is on')).getByText('In use now')).toBeTruthy(),
    );
    expect(checks()).toBe(3);
  });
});

describe('the once-a-minute check', () => {
  function checker() {
    const { main, seen, checks } = quietMain();
    const clock = new ManualClock();
    const check = new QuietCheck(rendererApiFrom(main.api), clock);
    return { check, clock, seen, checks };
  }
  const answered = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks again about a minute after each answer, and stops when the window goes', async () => {
    const { check, clock, seen, checks } = checker();
    const stop = check.start();
    await answered();
    expect(checks()).toBe(1);
    expect(check.signal('microphone')?.state).toBe('no');

    seen.microphone = { state: 'yes' };
    clock.advance(RECHECK_MS - 1);
    await answered();
    expect(checks()).toBe(1);
    clock.advance(1);
    await answered();
    expect(checks()).toBe(2);
    expect(check.signal('microphone')?.state).toBe('yes');

    stop();
    clock.advance(10 * RECHECK_MS);
    await answered();
    expect(checks()).toBe(2);
    expect(clock.pendingCount()).toBe(0);
  });

  it('a check asked for mid-answer runs once after it, never two at a time', async () => {
    const { check, clock, checks } = checker();
    check.start();
    void check.check();
    void check.check();
    await answered();
    await answered();
    expect(checks()).toBe(2);
    expect(clock.pendingCount()).toBe(1);
  });
});

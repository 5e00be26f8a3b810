import type { Page } from '@playwright/test';

/**
 * The player as a user finds it: by role and accessible name only, never by CSS class, so a
 * test breaks when what the user perceives changes, not when markup is reshuffled.
 */
export function playerPage(page: Page) {
  return {
    safetyNoteAccept: page.getByRole('button', { name: 'I understand, start' }),
    stretchName: page.getByRole('heading', { level: 1 }),
    illustration: page.getByRole('main').getByRole('img').first(),
    timeLeft: page.getByRole('timer', { name: 'Time left' }),
    pause: page.getByRole('button', { name: 'Pause', exact: true }),
    resume: page.getByRole('button', { name: 'Resume', exact: true }),
    skip: page.getByRole('button', { name: 'Skip', exact: true }),
    end: page.getByRole('button', { name: 'End', exact: true }),
    sideLabel: (side: 'Right leg' | 'Left leg') => page.getByText(side, { exact: true }),
    progress: (n: number, of: number) => page.getByText(`Stretch ${n} of ${of}`, { exact: true }),
    breathe: page.getByText(/^Breathe (in|out)$/),
    confirmEnd: page.getByRole('dialog', { name: 'End this routine?' }),
    keepGoing: page.getByRole('button', { name: 'Keep going' }),
    endRoutine: page.getByRole('button', { name: 'End routine' }),
    timeSpent: page.getByText(/^You stretched for /),
    soundOn: page.getByRole('button', { name: 'Sound cues on', exact: true }),
    soundOff: page.getByRole('button', { name: 'Sound cues off', exact: true }),

    /** The countdown in whole seconds, parsed from its "m:ss" text. */
    async secondsLeft(): Promise<number> {
      const text = (await this.timeLeft.textContent())?.trim() ?? '';
      const match = /^(\d+):(\d{2})$/.exec(text);
      if (!match) throw new Error(`countdown reads "${text}", not m:ss`);
      return Number(match[1]) * 60 + Number(match[2]);
    },
  };
}

export type PlayerPage = ReturnType<typeof playerPage>;

/** "0:30" for 30 000 ms: a whole step's length as the countdown shows it. */
export function countdownText(ms: number): string {
  const totalS = Math.ceil(ms / 1000);
  return `${Math.floor(totalS / 60)}:${String(totalS % 60).padStart(2, '0')}`;
}

import { fireEvent, render, screen } from '@testing-library/svelte';

import type { FieldIssue } from '@shared/errors/issues';
import { issuesFrom } from '@shared/errors/issues';
import type { LimberApi } from '@shared/ipc/build-api';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { fail, ok } from '@shared/ipc/result';
import { DETECTED_KINDS } from '@shared/quiet/signal';
import { SettingsValidationError } from '@shared/settings/issues';
import { cloneData, deepMerge } from '@shared/settings/merge';
import type { SettingsNotice } from '@shared/settings/notice-schema';
import {
  defaultSettings,
  type Settings,
  SettingsPatchSchema,
  SettingsSchema,
} from '@shared/settings/schema';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import SettingsView from '../../../src-renderer/src/settings/SettingsView.svelte';
import { FakeTransport } from './fake-transport';

/**
 * Main's settings side for component tests: real state, every patch judged by the real
 * SettingsPatchSchema (as main's dispatcher does) and the merged result by SettingsSchema (as
 * main's store does), refused in the same words and shape. Tests read `patches` to see exactly
 * what the window sent, and `refuseNext` to make main say no.
 */
export class SettingsMain {
  settings: Settings;
  /** Trouble with the settings file main is keeping for the user; see `raiseNotice`. */
  notices: SettingsNotice[] = [];
  /** When set, the next dismiss fails with this message and the notices stay. */
  failNextDismiss: string | undefined;
  readonly api: LimberApi;
  #refusal: SettingsValidationError | undefined;
  readonly #transport: FakeTransport;

  /** Pass `transport` to answer the settings channels on a fake main that also does more. */
  constructor(initial: Settings = defaultSettings, transport = new FakeTransport()) {
    this.settings = cloneData(initial);
    this.#transport = transport;
    this.api = transport.api;
    transport.handle('getSettingsNotices', () => ok(this.notices));
    transport.handle('dismissSettingsNotices', () => this.#dismiss());
    transport.handle('getSettings', () => ok(this.settings));
    transport.handle('updateSettings', (patch) => this.#update(patch));
    transport.handle('resetSettings', () => this.#replace(cloneData(defaultSettings)));
    transport.handle('getAbout', () => ok(this.about));
    transport.handle('getLoginState', () => ok(this.loginState));
    transport.handle('showSettingsFile', () =>
      this.showFileFails === undefined ? ok(null) : fail('failed', this.showFileFails),
    );
    transport.handle('openLogsFolder', () =>
      this.openLogsFails === undefined ? ok(null) : fail('failed', this.openLogsFails),
    );
    // The "Quiet when…" section asks on opening; with no detectors, main has nothing to say.
    transport.handle('checkQuiet', () =>
      ok({
        signals: DETECTED_KINDS.map((kind) => ({
          kind,
          enabled: this.settings.quiet[kind],
          state: 'unchecked',
        })),
        meeting: null,
      }),
    );
  }

  /** What the About section is told: the app's version and where its log is. */
  about = { version: '1.2.3', logsDir: '/home/ada/.config/Limber/logs' };
  /** When set, opening the logs folder fails with this message. */
  openLogsFails: string | undefined;
  /** Start at login as the OS last reported it; null until main has read it. */
  loginState: { enabled: boolean; note?: string } | null = null;
  /** When set, showing the settings file fails with this message. */
  showFileFails: string | undefined;

  /** Main reads start at login back from the OS and pushes what it found. */
  reportLogin(state: { enabled: boolean; note?: string }): void {
    this.loginState = state;
    this.#transport.emit(eventChannels.loginState, state);
  }

  /** How many times the window asked main to show the settings file. */
  get filesShown(): number {
    return this.#transport.payloadsOf(invokeChannels.showSettingsFile).length;
  }

  /** How many times the window asked main to open the logs folder. */
  get logsOpened(): number {
    return this.#transport.payloadsOf(invokeChannels.openLogsFolder).length;
  }

  /** Every patch the window sent, valid or not, in order. */
  get patches(): unknown[] {
    return this.#transport.payloadsOf(invokeChannels.updateSettings);
  }

  /** How many times the window asked for the defaults back. */
  get resets(): number {
    return this.#transport.payloadsOf(invokeChannels.resetSettings).length;
  }

  /**
   * The next update is refused with this issue, as main's store refuses a change that breaks a
   * rule of the whole settings (say, a morning routine deleted from another window meanwhile).
   */
  refuseNext(issue: FieldIssue): void {
    this.#refusal = new SettingsValidationError([issue]);
  }

  /** Main raises a notice, as its store does, and pushes the list to open windows. */
  raiseNotice(notice: SettingsNotice): void {
    this.notices = [...this.notices, notice];
    this.#transport.emit(eventChannels.settingsNotices, this.notices);
  }

  #dismiss(): unknown {
    const failure = this.failNextDismiss;
    this.failNextDismiss = undefined;
    if (failure !== undefined) return fail('failed', failure);
    this.notices = [];
    this.#transport.emit(eventChannels.settingsNotices, this.notices);
    return ok(this.notices);
  }

  #update(patch: unknown): unknown {
    const parsed = SettingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error);
      return fail(
        'invalid-payload',
        `Invalid payload for ${invokeChannels.updateSettings}`,
        issues,
      );
    }
    const refusal = this.#refusal;
    this.#refusal = undefined;
    if (refusal) return refused(refusal);
    const merged = SettingsSchema.safeParse(deepMerge(this.settings, parsed.data));
    if (!merged.success) return refused(new SettingsValidationError(issuesFrom(merged.error)));
    return this.#replace(merged.data);
  }

  #replace(next: Settings): unknown {
    this.settings = next;
    this.#transport.emit(eventChannels.settings, next);
    return ok(next);
  }
}

/** How main's dispatcher answers when the store throws a SettingsValidationError. */
function refused(error: SettingsValidationError): unknown {
  return fail('invalid-payload', error.message, error.issues);
}

/**
 * Opens the settings window against `main` and waits until its values are on screen. Each
 * test starts on the first section: the one a reload remembers is forgotten first.
 */
export async function renderSettings(main: SettingsMain): Promise<void> {
  localStorage.clear();
  render(SettingsView, { api: rendererApiFrom(main.api) });
  await screen.findByRole('heading', { name: 'Reminders' });
}

/** Opens a section from the sidebar, as a user clicks it, and waits for its heading. */
export async function openSection(tab: string, heading = tab): Promise<void> {
  await fireEvent.click(screen.getByRole('tab', { name: tab }));
  await screen.findByRole('heading', { name: heading, level: 2 });
}

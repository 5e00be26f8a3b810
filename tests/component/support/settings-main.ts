import { render, screen } from '@testing-library/svelte';
import { buildLimberApi, type IpcTransport, type LimberApi } from '../../../shared/ipc/build-api';
import { eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { issuesOf } from '../../../shared/ipc/issues';
import { fail, ok, type IpcIssue } from '../../../shared/ipc/result';
import type { SettingsNotice } from '../../../shared/ipc/schemas';
import { SettingsValidationError } from '../../../shared/settings/issues';
import { cloneData, deepMerge } from '../../../shared/settings/merge';
import {
  defaultSettings,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
} from '../../../shared/settings/schema';
import type { Dispose } from '../../../shared/time/clock';
import { toRendererApi } from '../../../src-renderer/src/lib/api';
import SettingsView from '../../../src-renderer/src/views/SettingsView.svelte';

/**
 * Main's settings side for component tests: real state, every patch judged by the real
 * SettingsPatchSchema (as main's dispatcher does) and the merged result by SettingsSchema (as
 * main's store does), refused in the same words and shape. Tests read `patches` to see exactly
 * what the window sent, and `refuseNext` to make main say no.
 */
export class SettingsMain {
  settings: Settings;
  /** Every patch the window sent, valid or not, in order. */
  readonly patches: unknown[] = [];
  resets = 0;
  /** Trouble with the settings file main is keeping for the user; see `raiseNotice`. */
  notices: SettingsNotice[] = [];
  /** When set, the next dismiss fails with this message and the notices stay. */
  failNextDismiss: string | undefined;
  readonly api: LimberApi;
  #refusal: SettingsValidationError | undefined;
  #listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(initial: Settings = defaultSettings) {
    this.settings = cloneData(initial);
    const transport: IpcTransport = {
      invoke: async (channel, payload) => this.#handle(channel, payload),
      subscribe: (channel, listener): Dispose => {
        const set = this.#listeners.get(channel) ?? new Set();
        set.add(listener);
        this.#listeners.set(channel, set);
        return () => set.delete(listener);
      },
    };
    this.api = buildLimberApi(transport);
  }

  /**
   * The next update is refused with this issue, as main's store refuses a change that breaks a
   * rule of the whole settings (say, a morning routine deleted from another window meanwhile).
   */
  refuseNext(issue: IpcIssue): void {
    this.#refusal = new SettingsValidationError([issue]);
  }

  /** Main raises a notice, as its store does, and pushes the list to open windows. */
  raiseNotice(notice: SettingsNotice): void {
    this.notices = [...this.notices, notice];
    this.#emit(eventChannels.settingsNotices, this.notices);
  }

  #emit(channel: string, payload: unknown): void {
    for (const listener of this.#listeners.get(channel) ?? []) listener(payload);
  }

  #dismiss(): unknown {
    const failure = this.failNextDismiss;
    this.failNextDismiss = undefined;
    if (failure !== undefined) return fail('failed', failure);
    this.notices = [];
    this.#emit(eventChannels.settingsNotices, this.notices);
    return ok(this.notices);
  }

  #handle(channel: string, payload: unknown): unknown {
    switch (channel) {
      case invokeChannels.getSettingsNotices:
        return ok(this.notices);
      case invokeChannels.dismissSettingsNotices:
        return this.#dismiss();
      case invokeChannels.getSettings:
        return ok(this.settings);
      case invokeChannels.updateSettings:
        return this.#update(payload);
      case invokeChannels.resetSettings:
        this.resets += 1;
        return this.#replace(cloneData(defaultSettings));
      default:
        return fail('unknown-channel', `No handler for ${channel}`);
    }
  }

  #update(patch: unknown): unknown {
    this.patches.push(patch);
    const parsed = SettingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
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
    if (!merged.success) return refused(new SettingsValidationError(issuesOf(merged.error)));
    return this.#replace(merged.data);
  }

  #replace(next: Settings): unknown {
    this.settings = next;
    this.#emit(eventChannels.settings, next);
    return ok(next);
  }
}

/** How main's dispatcher answers when the store throws a SettingsValidationError. */
function refused(error: SettingsValidationError): unknown {
  return fail('invalid-payload', error.message, error.issues);
}

/** Opens the settings window against `main` and waits until its values are on screen. */
export async function renderSettings(main: SettingsMain): Promise<void> {
  render(SettingsView, { api: toRendererApi(main.api) });
  await screen.findByRole('heading', { name: 'Reminders' });
}

import { errorMessage } from '@shared/errors/error-message';
import type { Settings, SettingsPatch } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import { IpcCallError, type RendererApi } from '../bridge/api';
import { MainValue, settingsFrom } from '../bridge/main-value.svelte';
import { patchAt, type SettingsPath, type SettingsValue } from './settings-paths';
import { sectionOf, type SettingsSectionId } from './settings-sections';

/** What the status line says after the last change: announced politely, never a popup. */
export type SaveStatus = '' | 'Saving…' | 'Saved' | 'Not saved';

/**
 * The settings as main holds them, and the form's per-field errors. A field commits one value;
 * main validates every patch and answers a refusal with plain words per field path, so this
 * window needs no schema of its own (and no zod: issue 11's size budget). A field may run a
 * quick check first (field-rules.ts) to spare the round trip. The last good settings stay on
 * refusal, and the field keeps what the user typed.
 */
export class SettingsModel {
  /** Errors by field path, shown beside the field. */
  #errors = $state<Partial<Record<SettingsPath, string>>>({});
  #status = $state<SaveStatus>('');

  readonly #api: RendererApi;
  readonly #settings: MainValue<Settings>;
  /** The last reset main refused; like a failed first read, the form may not be main's. */
  #resetError = $state<string | undefined>(undefined);

  constructor(api: RendererApi) {
    this.#api = api;
    this.#settings = new MainValue(settingsFrom(api));
  }

  /** Undefined until main answers. */
  get value(): Settings | undefined {
    return this.#settings.current;
  }

  /** What the status line says about the last change. */
  get status(): SaveStatus {
    return this.#status;
  }

  /** Main could not be reached at all, or refused a reset: the form may not show its values. */
  get loadError(): string | undefined {
    return this.#resetError ?? this.#settings.error;
  }

  /** Subscribes to main's changes (another window, a reset) and fetches the settings. */
  connect(): Dispose {
    return this.#settings.connect();
  }

  /**
   * The sections holding a value main refused. Only the open section is on screen, so its tab
   * is where a refusal left behind in another section still shows.
   */
  get refusedSections(): readonly SettingsSectionId[] {
    return Object.keys(this.#errors).map(sectionOf);
  }

  /** The error shown beside `path`, if any. */
  errorFor(path: SettingsPath): string | undefined {
    return this.#errors[path];
  }

  /**
   * Sets one field. `problem` is the field's own quick check of the value ("Use a whole number
   * from 10 to 180 minutes"): when given, nothing is sent. Resolves to whether it was saved.
   */
  async commit<P extends SettingsPath>(
    path: P,
    value: SettingsValue<P>,
    problem?: string,
  ): Promise<boolean> {
    if (problem !== undefined) {
      this.#setError(path, problem);
      this.#status = 'Not saved';
      return false;
    }
    this.#status = 'Saving…';
    try {
      const patch = patchAt(path, value) as SettingsPatch;
      this.#settings.set(await this.#api.updateSettings(patch));
      this.#setError(path, undefined);
      this.#status = 'Saved';
      return true;
    } catch (error) {
      this.#setError(path, refusalFor(path, error));
      this.#status = 'Not saved';
      return false;
    }
  }

  /** Puts every setting back to its default. The caller asks the user first. */
  async reset(): Promise<void> {
    this.#status = 'Saving…';
    try {
      this.#settings.set(await this.#api.resetSettings());
      this.#errors = {};
      this.#status = 'Saved';
    } catch (error) {
      this.#resetError = errorMessage(error);
      this.#status = 'Not saved';
    }
  }

  #setError(path: SettingsPath, message: string | undefined): void {
    const { [path]: _old, ...rest } = this.#errors;
    this.#errors = message === undefined ? rest : { ...rest, [path]: message };
  }
}

/** Main's words for why it refused this field: its issue for the field, else its message. */
function refusalFor(path: SettingsPath, error: unknown): string {
  if (!(error instanceof IpcCallError)) return errorMessage(error);
  const issue =
    error.issues.find((i) => i.path === path) ??
    error.issues.find((i) => i.path.startsWith(`${path}.`)) ??
    error.issues[0];
  return issue ? issue.message : error.message;
}

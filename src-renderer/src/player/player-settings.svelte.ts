import type { Settings, SettingsPatch } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue, settingsFrom } from '../bridge/main-value.svelte';

/**
 * The settings as the player window sees them, kept in step with main, and the two changes the
 * player makes itself: chimes on or off, and the safety note read. No zod here: main validates
 * every patch, and the player window never loads the settings form's schema.
 */
export class PlayerSettingsModel {
  readonly #api: RendererApi;
  readonly #settings: MainValue<Settings>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#settings = new MainValue(settingsFrom(api));
  }

  /** Undefined until main answers. */
  get value(): Settings | undefined {
    return this.#settings.current;
  }

  /** The last call main refused, in words; cleared by the next success. */
  get error(): string | undefined {
    return this.#settings.error;
  }

  /** Subscribes to changes and fetches the current settings. Returns the undo. */
  connect(): Dispose {
    return this.#settings.connect();
  }

  /** Turns the chimes on or off. */
  async setSoundEnabled(soundEnabled: boolean): Promise<void> {
    await this.#settings.update(() => this.#api.updateSettings({ cues: { soundEnabled } }));
  }

  /** Saves a change the player offered (leaving a stretch out of a routine). */
  async update(patch: SettingsPatch): Promise<void> {
    await this.#settings.update(() => this.#api.updateSettings(patch));
  }

  /** Records that the user read the safety note; main then resumes a waiting routine. */
  async acknowledgeSafetyNote(): Promise<void> {
    await this.#settings.update(() => this.#api.acknowledgeSafetyNote());
  }
}

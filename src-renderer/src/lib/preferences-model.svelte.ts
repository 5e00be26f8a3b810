import type { Settings } from '../../../shared/settings/schema';
import type { Dispose } from '../../../shared/time/clock';
import type { RendererApi } from './api';
import type { CueSettings } from './cue-player';

/** The few settings the player needs: its chimes and whether the safety note was read. */
export type Preferences = CueSettings & { safetyNoteAcknowledged: boolean };

/** The player's view of the settings: volume as 0–1 for the chimes. */
export function preferencesOf(settings: Settings): Preferences {
  return {
    soundCues: settings.cues.soundEnabled,
    cueVolume: settings.cues.volume / 100,
    safetyNoteAcknowledged: settings.safetyNoteAcknowledged,
  };
}

/** The preferences the player needs (sound, safety note), kept in step with main. */
export class PreferencesModel {
  /** Undefined until main answers. */
  value = $state<Preferences | undefined>(undefined);
  error = $state<string | undefined>(undefined);

  readonly #api: RendererApi;
  #pushed = false;

  constructor(api: RendererApi) {
    this.#api = api;
  }

  /** Subscribes to changes and fetches the current preferences. Returns the undo. */
  connect(): Dispose {
    const unsubscribe = this.#api.onSettings((settings) => {
      this.#pushed = true;
      this.value = preferencesOf(settings);
    });
    void this.#guard(async () => {
      const settings = await this.#api.getSettings();
      if (!this.#pushed) this.value = preferencesOf(settings);
    });
    return unsubscribe;
  }

  /** Turns the chimes on or off. */
  setSoundCues(soundCues: boolean): Promise<void> {
    return this.#guard(async () => {
      this.value = preferencesOf(
        await this.#api.updateSettings({ cues: { soundEnabled: soundCues } }),
      );
    });
  }

  /** Records that the user read the safety note; main then resumes a waiting routine. */
  acknowledgeSafetyNote(): Promise<void> {
    return this.#guard(async () => {
      this.value = preferencesOf(await this.#api.acknowledgeSafetyNote());
    });
  }

  async #guard(call: () => Promise<void>): Promise<void> {
    try {
      await call();
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}

import type { Preferences } from '../../../shared/ipc/schemas';
import type { Dispose } from '../../../shared/time/clock';
import type { RendererApi } from './api';

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
    const unsubscribe = this.#api.onPreferences((preferences) => {
      this.#pushed = true;
      this.value = preferences;
    });
    void this.#guard(async () => {
      const preferences = await this.#api.getPreferences();
      if (!this.#pushed) this.value = preferences;
    });
    return unsubscribe;
  }

  /** Turns the chimes on or off. */
  setSoundCues(soundCues: boolean): Promise<void> {
    return this.#guard(async () => {
      this.value = await this.#api.setSoundCues({ soundCues });
    });
  }

  /** Records that the user read the safety note; main then resumes a waiting routine. */
  acknowledgeSafetyNote(): Promise<void> {
    return this.#guard(async () => {
      this.value = await this.#api.acknowledgeSafetyNote();
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

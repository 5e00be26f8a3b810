import type { Settings } from '@shared/settings/schema';
import type { Dispose } from '@shared/time/clock';
import type { RendererApi } from '../bridge/api';
import { errorMessage } from '@shared/errors/error-message';
import { followMain, settingsOf } from '../bridge/follow-main';

/**
 * The settings as the player window sees them, kept in step with main, and the two changes the
 * player makes itself: chimes on or off, and the safety note read. No zod here: main validates
 * every patch, and the player window never loads the settings form's schema.
 */
export class PlayerSettingsModel {
  /** Undefined until main answers. */
  value = $state<Settings | undefined>(undefined);
  /** The last call main refused, in words; cleared by the next success. */
  error = $state<string | undefined>(undefined);

  readonly #api: RendererApi;

  constructor(api: RendererApi) {
    this.#api = api;
  }

  /** Subscribes to changes and fetches the current settings. Returns the undo. */
  connect(): Dispose {
    return followMain(
      settingsOf(this.#api),
      (settings) => (this.value = settings),
      (error) => (this.error = errorMessage(error)),
    );
  }

  /** Turns the chimes on or off. */
  setSoundEnabled(soundEnabled: boolean): Promise<void> {
    return this.#save(() => this.#api.updateSettings({ cues: { soundEnabled } }));
  }

  /** Records that the user read the safety note; main then resumes a waiting routine. */
  acknowledgeSafetyNote(): Promise<void> {
    return this.#save(() => this.#api.acknowledgeSafetyNote());
  }

  async #save(call: () => Promise<Settings>): Promise<void> {
    try {
      this.value = await call();
      this.error = undefined;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

import type { StretchId } from '@shared/content/types';

import { leaveOutPatch } from './leave-out';
import type { PlayerModel } from './player-model.svelte';
import type { PlayerSettingsModel } from './player-settings.svelte';

/** The stretch "This hurts" skipped, while the player asks about leaving it out. */
export interface Hurt {
  stretchId: StretchId;
  name: string;
}

/**
 * The questions the player asks over the routine: the safety note, "End this routine?" and
 * what to do after "This hurts". A question pauses the routine while it is open and resumes it
 * after, if it was running, so no hold runs out while the user reads.
 */
export class PlayerQuestions {
  confirmingEnd = $state(false);
  safetyReopened = $state(false);
  hurting: Hurt | undefined = $state();

  /** The note only matters once a routine is waiting on it: the start screen just starts one. */
  readonly safetyRequired = $derived.by(
    () => this.settings.value?.safetyNoteAcknowledged === false && this.player.view !== undefined,
  );

  /** While any question is open, the player's shortcuts are off. */
  readonly open = $derived.by(
    () =>
      this.confirmingEnd ||
      this.safetyRequired ||
      this.safetyReopened ||
      this.hurting !== undefined,
  );

  /** The settings change "Leave it out" would save; undefined when there is nothing to offer. */
  readonly leaveOut = $derived.by(() => {
    const timeline = this.player.snapshot?.timeline;
    const settings = this.settings.value;
    return this.hurting && settings && timeline
      ? leaveOutPatch(settings, timeline.routineId, this.hurting.stretchId)
      : undefined;
  });

  #resumeAfter = false;

  constructor(
    private readonly player: PlayerModel,
    private readonly settings: PlayerSettingsModel,
  ) {}

  async askToEnd(): Promise<void> {
    this.confirmingEnd = true;
    await this.#pause();
  }

  keepGoing(): void {
    this.confirmingEnd = false;
    this.#resume();
  }

  endRoutine(): void {
    this.confirmingEnd = false;
    this.#resumeAfter = false;
    void this.player.control('end');
  }

  /** Skips the rest of the current stretch at once, then asks about leaving it out. */
  async thisHurts(): Promise<void> {
    const current = this.player.view?.step;
    const timeline = this.player.snapshot?.timeline;
    if (!current || !timeline) return;
    const hurt: Hurt = {
      stretchId: current.stretchId,
      name: this.player.stretch(current.stretchId).name,
    };
    await this.#pause();
    const left = timeline.steps.filter(
      (candidate) =>
        candidate.stretchIndex === current.stretchIndex && candidate.index >= current.index,
    ).length;
    for (let i = 0; i < left; i += 1) await this.player.control('next');
    // Asked once the stretch is behind the user, so no answer can race the skipping.
    this.hurting = hurt;
  }

  closeHurts(leave: boolean): void {
    if (leave && this.leaveOut) void this.settings.update(this.leaveOut);
    this.hurting = undefined;
    if (this.player.view?.status === 'finished') this.#resumeAfter = false;
    this.#resume();
  }

  reopenSafetyNote(): void {
    this.safetyReopened = true;
  }

  closeSafetyNote(): void {
    if (this.safetyRequired) void this.settings.acknowledgeSafetyNote();
    this.safetyReopened = false;
  }

  async #pause(): Promise<void> {
    this.#resumeAfter = this.player.view?.status === 'running';
    if (this.#resumeAfter) await this.player.control('pause');
  }

  #resume(): void {
    if (this.#resumeAfter) void this.player.control('resume');
    this.#resumeAfter = false;
  }
}

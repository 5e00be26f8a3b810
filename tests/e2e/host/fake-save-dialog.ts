import type { SaveDialogPort, SaveResult } from '../../../src-main/platform/save-dialog-port';

/** One file the user "saved" through the fake dialog. */
export interface SavedFile {
  path: string;
  text: string;
}

/**
 * The OS save dialog, answered as a test chooses: by default the user picks a folder and the
 * file is "written" to `saved`; `answerNext` makes the next dialog cancel or fail instead.
 */
export class FakeSaveDialog implements SaveDialogPort {
  readonly saved: SavedFile[] = [];
  #next: SaveResult | undefined;

  /** Where the user's picks land: a plain path, as a Linux dialog would answer. */
  constructor(private readonly folder = '/home/user/Documents') {}

  /** The next dialog answers this (cancelled, or failed) instead of saving. */
  answerNext(result: SaveResult & { saved: false }): void {
    this.#next = result;
  }

  async saveText(request: { defaultName: string; text: string }): Promise<SaveResult> {
    const next = this.#next;
    this.#next = undefined;
    if (next) return next;
    const path = `${this.folder}/${request.defaultName}`;
    this.saved.push({ path, text: request.text });
    return { saved: true, path };
  }
}

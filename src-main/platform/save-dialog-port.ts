/** Where an export went: the user may cancel the dialog, or the write may fail. */
export type SaveResult =
  | { saved: true; path: string }
  | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

/**
 * Saves text to a file the user picks in the OS save dialog. Main opens the dialog and writes:
 * the renderer never touches a file.
 */
export interface SaveDialogPort {
  saveText(request: { defaultName: string; text: string }): Promise<SaveResult>;
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog } from 'electron';

import type { SaveDialogPort } from '../platform/save-dialog-port';

/** The OS save dialog, opened in the Documents folder, and a plain write of the chosen file. */
export function createSaveDialog(): SaveDialogPort {
  return {
    async saveText({ defaultName, text }) {
      const choice = await dialog.showSaveDialog({
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
      try {
        await writeFile(choice.filePath, text, 'utf8');
        return { saved: true, path: choice.filePath };
      } catch (error) {
        return { saved: false, reason: 'failed', message: (error as Error).message };
      }
    },
  };
}

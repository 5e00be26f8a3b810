import { z } from 'zod';

/**
 * What happened to the history file that the user should hear of, as main raises it. A schema,
 * so the notice can cross IPC to the history window as the settings notices do.
 */
export const HistoryNoticeSchema = z.object({
  kind: z.enum([
    /** Lines that could not be read were set aside; every other record was kept. */
    'damaged-lines',
    /** The whole file could not be used (unreadable, not text, far too large): moved aside. */
    'damaged-file',
    /** The file was written by a newer Limber: left alone, this session kept in memory only. */
    'newer-version',
    /** A write failed: what the user did is kept in memory and saved at the next good write. */
    'unwritable',
  ]),
  /** Says what happened, what was kept, and where a set-aside copy went. */
  message: z.string(),
  /** The set-aside copy, when there is one. */
  setAsidePath: z.string().optional(),
  /** Wall-clock ms when main raised it. */
  atMs: z.number(),
});

export type HistoryNotice = z.infer<typeof HistoryNoticeSchema>;

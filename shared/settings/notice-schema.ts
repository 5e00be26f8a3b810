import { z } from 'zod';

/**
 * What happened to the settings file this run (damaged, from a newer Limber, unwritable...),
 * kept until the user dismisses it: a native notification alone can go unseen.
 */
export const SettingsNoticeSchema = z.object({
  kind: z.enum([
    'recovered',
    'unknown-fields',
    'newer-version',
    'unreadable',
    'unwritable',
    // settings.json was written, but its last-good copy was not.
    'backup-unwritable',
  ]),
  /** Says what happened, what is in use now, and where a set-aside file went. */
  message: z.string(),
  /** Wall-clock time main raised it, in ms since the epoch. */
  atMs: z.number(),
});

export type SettingsNotice = z.infer<typeof SettingsNoticeSchema>;

import { z } from 'zod';

/**
 * Whether Limber starts at login as the OS reports it after the last change, for the settings
 * window: not the setting last written. `note` says in plain words why it differs from what
 * the user asked for (a Flatpak sandbox, a macOS approval still pending).
 */
export const LoginStateSchema = z.strictObject({
  enabled: z.boolean(),
  note: z.string().optional(),
});

export type LoginStateView = z.infer<typeof LoginStateSchema>;

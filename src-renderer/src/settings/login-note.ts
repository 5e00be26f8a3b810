import type { LoginStateView } from '@shared/settings/login-state-schema';

/**
 * What to say under "Start Limber when I log in": the OS's own reason when it gave one, else
 * plain words for a state that is not what the user asked for; nothing when they agree.
 */
export function loginNote(os: LoginStateView | null | undefined, wanted: boolean): string {
  if (!os) return '';
  if (os.note) return os.note;
  if (os.enabled === wanted) return '';
  return wanted
    ? 'Your system has not registered Limber to start at login.'
    : 'Your system still starts Limber at login.';
}

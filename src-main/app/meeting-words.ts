import { MEETING_CHOICES, type MeetingChoice } from '@shared/quiet/meeting-mode';

/**
 * "In a meeting" as the tray shows it and the command line spells it (`limber meeting 30m`),
 * so the two offer the same choices.
 */
const WORDS: Record<string, string> = {
  'For 30 minutes': '30m',
  'For 1 hour': '1h',
  'Until I turn it off': 'on',
};

export const MEETING_WORDS: readonly { word: string; label: string; choice: MeetingChoice }[] =
  MEETING_CHOICES.map(({ label, choice }) => ({ word: WORDS[label] ?? label, label, choice }));
